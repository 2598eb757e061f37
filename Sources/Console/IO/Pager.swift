import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Long output for a person goes through a pager, as git and psql run one: `HELPDESK_PAGER`, else
/// `PAGER`, else `less -R -F -X`, started through the shell in the console's own process group —
/// the terminal's foreground group, so the pager reads the keyboard (a pager in a group of its
/// own is stopped by the terminal, or, under sshd where the console leads the session, cannot
/// read at all). The console waits for it and then takes the prompt back. An empty or `cat`
/// pager, output that fits the screen, or a pager that cannot start: the text is written whole.
enum Pager {
    /// Whether the text went through a pager; false means the caller writes it itself.
    static func show(
        _ text: String, rows: Int?, hint: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        guard let rows, isatty(STDOUT_FILENO) == 1, lineCount(text) >= rows - 1, let command = command(environment) else {
            return false
        }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        // The pager gets default signal handling and no blocked signals, whatever the console has.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pagerEnvironment = environment
        pagerEnvironment["LESSCHARSET"] = pagerEnvironment["LESSCHARSET"] ?? "utf-8"
        let arguments: [String] = ["sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = pagerEnvironment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp) == 0
        close(ends[0])
        guard started else {
            close(ends[1])
            return false
        }
        // A pager quit early closes the pipe: the write fails with EPIPE instead of killing the console.
        signal(SIGPIPE, SIG_IGN)
        // less 590 cannot show Cyrillic in its prompt, so the keys are said above the text.
        writeAll(command == defaultCommand ? hint + "\n" + text : text, to: ends[1])
        close(ends[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Ctrl-C pressed inside the pager was the pager's, not a question to abandon.
        ReadlineState.interrupted = 0
        // 127: the shell found no such pager and showed nothing, so the text is written whole.
        let notFound = status & 0x7f == 0 && (status >> 8) & 0xff == 127
        return !notFound
    }

    /// The pager's command, or nil when paging is switched off.
    static func command(_ environment: [String: String]) -> String? {
        let command = environment["HELPDESK_PAGER"] ?? environment["PAGER"] ?? defaultCommand
        let trimmed = command.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "cat" ? nil : command
    }

    static let defaultCommand = "less -R -F -X"

    static func lineCount(_ text: String) -> Int {
        text.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// Writes until done or the reader is gone.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            offset += count
        }
    }
}
