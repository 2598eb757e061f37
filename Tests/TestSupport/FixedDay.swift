import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The day the built binary lives in for a test: Debian's `faketime` starts its clock at a fixed
/// moment (and lets it run on from there), so that a test passes on a Sunday, a holiday or
/// 1 January as on the school day it was written for. Monotonic clocks stay real, so timeouts do.
/// The test runner's own clock plays no part: CI runs the suites again under faketime on a
/// Sunday, on 1 January and on the last day of a period, and they pass alike.
public enum FixedDay {
    /// Wednesday 2 December 2026, 10:00 in Moscow: a school day of the second quarter (UTC here).
    public static let moment = "2026-12-02 07:00:00"

    /// The day as the school sees it, for a test that names "today".
    public static let schoolDate = "2026-12-02"

    /// The wrapper (its preloaded library needs the shared clock the wrapper sets up).
    public static let faketime = "/usr/bin/faketime"

    /// What the wrapper's environment gains: the moment read in UTC, monotonic clocks real.
    public static let environment = ["TZ": "UTC", "FAKETIME_DONT_FAKE_MONOTONIC": "1"]

    /// The variables of a faketime the test runner itself may run under (CI runs the suites on
    /// other days so): the binary's own day must not be stacked on the runner's.
    static let inherited = ["LD_PRELOAD", "FAKETIME", "FAKETIME_SHARED", "FAKETIME_DONT_FAKE_MONOTONIC"]

    /// `base` without a faketime of the runner's, with the wrapper's variables.
    public static func environment(over base: [String: String]) -> [String: String] {
        base.filter { !inherited.contains($0.key) }.merging(environment) { $1 }
    }

    /// The program and arguments that run `path` on the day.
    public static func command(_ path: String, _ arguments: [String]) -> (String, [String]) {
        sweep()
        return (faketime, [moment, path] + arguments)
    }

    /// The wrapper names its shared clock after its own process id and refuses to start when one
    /// of that name is there: a wrapper killed with its terminal leaves its clock behind, and a
    /// later wrapper given the same id by the system fails («sem_open: File exists»). The clocks
    /// of wrappers no longer running are removed.
    public static func sweep() {
        let folder = "/dev/shm"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            guard let match = name.wholeMatch(of: /(?:sem\.)?faketime_(?:sem|shm)_(\d+)/), let pid = Int32(match.output.1) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { try? FileManager.default.removeItem(atPath: folder + "/" + name) }
        }
    }

    /// The same as a prefix for a shell command line (`… helpdesk …`).
    public static let shellPrefix =
        "env " + inherited.map { "-u \($0) " }.joined() + "TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1 \(faketime) '\(moment)'"

    /// For a program at a terminal: the wrapper waits for the program it starts, and Ctrl-C (sent
    /// to the whole foreground group) must not end the wrapper; the console sets its own handler.
    public static let terminalPrefix = "trap '' INT; " + shellPrefix
}
