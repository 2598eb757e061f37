import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Starts a program as a shell or sshd would — posix_spawn, its output to files, waitpid — so
/// that what is timed is the program, not the launcher: Foundation's `Process` adds about 30 ms
/// to each start (it timed `sqlite3 'select 1'` at 36 ms where it takes 2 ms).
enum Launch {
    struct Ended {
        let status: Int32
        let seconds: Double
        /// What the program wrote to standard error.
        let errors: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Ended {
        guard let program = arguments.first else { throw LaunchError.nothingToRun }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("launch-\(UUID().uuidString).err").path
        let inputPath = FileManager.default.temporaryDirectory.appendingPathComponent("launch-\(UUID().uuidString).in").path
        defer {
            try? FileManager.default.removeItem(atPath: errors)
            try? FileManager.default.removeItem(atPath: inputPath)
        }
        try Data((input ?? "").utf8).write(to: URL(fileURLWithPath: inputPath))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        let start = ContinuousClock.now
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw LaunchError.cannotStart(program) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw LaunchError.cannotStart(program) }
        }
        let seconds = (ContinuousClock.now - start).seconds
        let said = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        return Ended(status: status & 0x7f == 0 ? (status >> 8) & 0xff : -1, seconds: seconds, errors: said)
    }

    /// The mean wall-clock seconds of `times` runs.
    static func mean(_ arguments: [String], environment: [String: String] = [:], times: Int) throws -> Double {
        var total = 0.0
        for _ in 0..<times { total += try run(arguments, environment: environment).seconds }
        return total / Double(times)
    }
}

enum LaunchError: Error {
    case nothingToRun
    case cannotStart(String)
}
