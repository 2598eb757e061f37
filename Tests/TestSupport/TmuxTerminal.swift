import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real terminal for the built binary: a tmux server of its own, one window of the given size
/// running a shell command line; the test types keys and reads the screen as a person would.
public final class TmuxTerminal {
    public let socket: String
    private let scratch: URL

    /// Starts `command` (a shell line) in a `columns`×`rows` window.
    public init(_ command: String, columns: Int = 80, rows: Int = 24) throws {
        FixedDay.sweep()
        socket = "helpdesk-pty-\(UUID().uuidString.prefix(8))"
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try tmux(["new-session", "-d", "-s", "t", "-x", "\(columns)", "-y", "\(rows)", command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Types text and keys (tmux key names such as `Enter`, `C-c`, `q`).
    public func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "t"] + keys)
    }

    /// Makes the window another size, as a person dragging its corner does (the program gets SIGWINCH).
    public func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "t", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Types text as it is, no key names read into it.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "t", "-l", text])
    }

    /// The visible screen, with `history` lines scrolled off above it; `joined`: each line as the
    /// program wrote it, however the terminal wrapped it (to see a line wider than the screen).
    public func screen(history: Int = 0, joined: Bool = false) -> String {
        (try? tmux(["capture-pane", "-p"] + (joined ? ["-J"] : []) + ["-S", "-\(history)", "-t", "t"])) ?? ""
    }

    /// Clears the screen and what scrolled off it, so that what was shown cannot answer a wait.
    /// The program clears the screen in its own time, and tmux moves a cleared screen into its
    /// history, so the history is cleared only once the screen shows no more than the prompt.
    /// Under load a program may be slow to answer Ctrl-L (CI, the machine busy): it is pressed again.
    public func clear() throws {
        for _ in 0..<3 {
            try send("C-l")
            let cleared = waitUntil(seconds: 15) { screen in
                screen.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count <= 1
            }
            if cleared != nil { break }
        }
        try tmux(["clear-history", "-t", "t"])
    }

    /// Waits until the screen shows `text` (at most `seconds`); returns the screen, or nil.
    public func waitFor(_ text: String, seconds: Double = 10, history: Int = 0) -> String? {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline {
            let screen = screen(history: history)
            if screen.contains(text) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    /// Waits until `check` holds for the screen; returns the screen, or nil.
    public func waitUntil(seconds: Double = 10, _ check: (String) -> Bool) -> String? {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline {
            let screen = screen()
            if check(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    /// Runs a tmux client with posix_spawn and waitpid (Foundation's Process waits for ever on
    /// the client of `new-session`, whose server lives on); its output goes through a file.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outputPath = scratch.appendingPathComponent("out-\(UUID().uuidString)").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let all = ["tmux", "-L", socket] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = all.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // The terminal's programs get default signal handling and no blocked signals, whatever
        // the test runner's threads have.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var every = sigset_t()
        sigemptyset(&none)
        sigfillset(&every)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &every)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ) == 0 else { throw NotInstalled() }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    public struct NotInstalled: Error {}
}
