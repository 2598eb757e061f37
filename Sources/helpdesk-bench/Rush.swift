import Foundation
import JournalCore

/// The 16:00 rush (issue 11): many one-shot writers at once, each started as sshd starts the
/// forced command — `helpdesk serve` with the key sshd accepted in `SSH_USER_AUTH` — so no
/// password is hashed; p50, p95, max and errors, beside the same number of `sqlite3` inserts.
enum Rush {
    /// A public key tied to the demo teacher for the run; sshd is not involved, so no private key is needed.
    static let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOOnOnVhRR9yKldZ+1ZvS2qdJr8qmGY07duP1J1j4oKv bench@rush"

    static func run(journal: Journal, path: String, folder: URL, writers: Int = 50) throws {
        let helpdesk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("helpdesk").path
        guard FileManager.default.isExecutableFile(atPath: helpdesk) else {
            print("16:00 rush: no helpdesk beside the benchmark; build it first (swift build -c release)")
            return
        }
        let admin = try journal.authenticate(login: "admin", password: DemoSchool.password)
        let teacher = try journal.account(admin, "teacher").account
        _ = try journal.addKey(admin, account: "teacher", key: key)
        let auth = folder.appendingPathComponent("ssh-user-auth")
        try "publickey \(key)\n".write(to: auth, atomically: true, encoding: .utf8)
        let line =
            "-c ticket new \(DemoSchool.code) teacher \(teacher.identifier) учитель «не сохраняется отметка» «в 16:00 журнал долго думает»"
        let started = ContinuousClock.now
        let all = try burst(writers) { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: helpdesk)
            process.arguments = ["serve", "--db", path]
            process.environment = ["SSH_USER_AUTH": auth.path, "SSH_ORIGINAL_COMMAND": line, "HOME": folder.path, "PATH": "/usr/bin:/bin"]
            return process
        }
        let total = (ContinuousClock.now - started).seconds
        let sorted = all.map(\.0).sorted()
        func percentile(_ p: Double) -> Double { Rush.percentile(sorted, p) }
        let errors = all.filter { $0.1 != 0 }.count
        // Each writer's ticket is in the file, none lost.
        let filed = try Reference.run("/usr/bin/sqlite3", [path, "SELECT COUNT(*) FROM ticket WHERE topic = 'не сохраняется отметка'"])
        // The reference: as many of the system's sqlite3 at once, each inserting one row into the file.
        let referenceStart = ContinuousClock.now
        _ = try burst(writers) { index in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [
                "-cmd", ".timeout 30000", path, "INSERT INTO loginThrottle (loginDigest, failures) VALUES ('rush-\(index)', 0)",
            ]
            return process
        }
        let reference = (ContinuousClock.now - referenceStart).seconds
        print(
            String(
                format:
                    "16:00 rush, %d key-authenticated one-shot writers at once (ticket new): p50 %.2f s, p95 %.2f s, max %.2f s, errors %d, tickets filed %d, all done in %.2f s; %d sqlite3 inserts at once: %.2f s",
                writers, percentile(0.5), percentile(0.95), sorted.last ?? 0, errors,
                Int(filed.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1, total, writers, reference))
    }

    /// The nearest-rank percentile `p` (0…1) of times sorted ascending.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }

    /// Starts `count` processes one right after another, all running at once, and gathers each
    /// one's time from its start to its exit, with its exit status.
    static func burst(_ count: Int, _ make: (Int) -> Process) throws -> [(Double, Int32)] {
        let times = Timings()
        let group = DispatchGroup()
        for index in 0..<count {
            let process = make(index)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let begin = ContinuousClock.now
            group.enter()
            process.terminationHandler = { finished in
                times.add((ContinuousClock.now - begin).seconds, finished.terminationStatus)
                group.leave()
            }
            try process.run()
        }
        group.wait()
        return times.all
    }
}

/// The writers' times and exit statuses, gathered from many threads.
private final class Timings: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(Double, Int32)] = []

    func add(_ seconds: Double, _ status: Int32) { lock.withLock { items.append((seconds, status)) } }
    var all: [(Double, Int32)] { lock.withLock { items } }
}
