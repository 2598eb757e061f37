import Foundation
@_spi(Benchmark) import JournalCore

#if canImport(Glibc)
    import Glibc
#endif

/// `audit verify` over a real chain of a million entries (half of them the seals of rows that
/// are there, as the product writes them), run as the built `helpdesk` in a process of its own so
/// that its time and peak memory are its own; beside the system's sqlite3 reading the same table.
/// Target: memory flat in the chain's length (a quarter and the whole chain need about the same).
enum AuditBench {
    static func run(folder: URL) throws {
        var peaks: [Int] = []
        for count in [250_000, 1_000_000] {
            peaks.append(try run(folder: folder, entries: count))
        }
        print(
            String(
                format: "peak memory of audit verify, 1,000,000 entries against 250,000: %.2f× (flat: 1×)",
                Double(peaks[1]) / Double(max(1, peaks[0]))))
    }

    /// Builds the chain, verifies it with `helpdesk`, prints the figures; the peak resident KiB.
    static func run(folder: URL, entries: Int) throws -> Int {
        let path = folder.appendingPathComponent("audit-\(entries).sqlite").path
        let password = "bench-password-7"
        // A chain kept from an earlier run (`helpdesk-bench audit FOLDER`) is verified again as it is.
        if !FileManager.default.fileExists(atPath: path) {
            let journal = Journal(database: try AppDatabase.open(path: path), hasher: .fastForTests)
            let (_, account) = try journal.createOrganization(
                code: "bench", name: "Школа", timeZone: "Europe/Moscow", adminName: "Иванов Иван", adminLogin: "benchadmin",
                adminPassword: password)
            try measure("build a chain of \(entries) entries, half of them seals") {
                try journal.appendAuditLoad(organizationId: account.organizationId, count: entries)
            }
        }
        // The chain is built in one transaction: folded into the file first, as SQLite does on its
        // own once the last connection closes, so that verify is not timed reading a
        // write-ahead log as large as the file (it read 117 and 204 MiB peaks that way).
        _ = try Reference.run("/usr/bin/sqlite3", [path], input: "PRAGMA wal_checkpoint(TRUNCATE);\n")
        let helpdesk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("helpdesk").path
        let (verifySeconds, peak, output) = try child(
            helpdesk, ["--db", path, "--user", "benchadmin", "-c", "audit verify"], environment: ["HELPDESK_PASSWORD": password])
        let (readSeconds, _, _) = try child("/usr/bin/sqlite3", [path, "SELECT * FROM auditEntry"], environment: [:])
        print(
            String(
                format: "audit verify, %d entries: %.2f s, peak %d MiB; sqlite3 reading the table: %.2f s; ratio %.1f×; %@",
                entries, verifySeconds, peak / 1024, readSeconds, verifySeconds / max(readSeconds, 1e-9),
                output.split(separator: "\n").last.map(String.init) ?? ""))
        return peak
    }

    /// Runs a program to its end: its wall-clock seconds, its peak resident KiB, its last words.
    /// The peak is GNU time's, which forks the program itself: a program started straight from
    /// here by posix_spawn shares this process's memory until it execs, and the kernel counts
    /// this benchmark's own peak (the chain it just built) as the child's (it read 118 and 204 MiB
    /// where the verify itself peaks at 84).
    static func child(_ program: String, _ arguments: [String], environment: [String: String]) throws -> (Double, Int, String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("bench-child-\(UUID().uuidString)").path
        let peakFile = log + ".peak"
        defer {
            unlink(log)
            unlink(peakFile)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO)
        let timed = ["/usr/bin/time", "-f", "%M", "-o", peakFile, program] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = timed.map { strdup($0) } + [nil]
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let envp: [UnsafeMutablePointer<CChar>?] = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        let start = ContinuousClock.now
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/time", &actions, nil, argv, envp) == 0 else { throw CocoaError(.executableNotLoadable) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let seconds = (ContinuousClock.now - start).seconds
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let peak = (try? String(contentsOfFile: peakFile, encoding: .utf8))?.split(separator: "\n").last.flatMap { Int($0) } ?? 0
        return (seconds, peak, output)
    }
}
