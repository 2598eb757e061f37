import CReadline
import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#endif

/// A person at a terminal: GNU readline for line editing, a persistent history file and tab
/// completion of command words; Ctrl-C abandons the current question, Ctrl-D leaves.
public final class TerminalIO: ConsoleIO {
    public let isInteractive = true
    private let historyPath: String?

    public init(historyPath: String?) {
        self.historyPath = historyPath
        ReadlineState.install()
        using_history()
        if let historyPath {
            _ = read_history(historyPath)
        }
    }

    public func readLine(prompt: String) -> InputEvent {
        ReadlineState.read(prompt: prompt)
    }

    public func rememberForSession(_ line: String) {
        add_history(line)
    }

    public func remember(_ line: String) {
        add_history(line)
        guard let historyPath else { return }
        if append_history(1, historyPath) != 0 { _ = write_history(historyPath) }
        _ = history_truncate_file(historyPath, 2000)
        chmod(historyPath, 0o600)
    }

    public func readSecret(prompt: String) -> InputEvent {
        SecretInput.read(prompt: prompt)
    }

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public func setCompletions(_ words: [String]?) {
        ReadlineState.completions.withLock { $0 = words }
    }

    public func setCommandCompleter(_ completer: @escaping (String) -> [String]) {
        ReadlineState.completer = completer
    }

    public var columns: Int? { TerminalSize.columns() }

    public let colours = TerminalSize.colours()

    public func present(_ text: String, pagerHint: String) {
        if !Pager.show(text, rows: TerminalSize.rows(), hint: pagerHint) { write(text) }
    }
}

/// Readline's C callbacks cannot capture context, so what they need lives here.
enum ReadlineState {
    /// A question's words; nil at the command prompt, where `completer` answers.
    static let completions = Mutex<[String]?>(nil)
    nonisolated(unsafe) static var completer: ((String) -> [String])?
    nonisolated(unsafe) static var line: String?
    nonisolated(unsafe) static var finished = false
    nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
    nonisolated(unsafe) static var installed = false

    static func install() {
        guard !installed else { return }
        installed = true
        // Readline handles multibyte (Cyrillic) input only in a UTF-8 character locale.
        let locale = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? ""
        if !locale.uppercased().contains("UTF-8") && !locale.uppercased().contains("UTF8") {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        helpdesk_rl_configure(strdup("helpdesk"), readlineComplete)
        helpdesk_rl_keep_echo_off_between_lines()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in ReadlineState.interrupted = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: poll() returns EINTR at once
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked; Ctrl-C must reach the console.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }

    /// Reads one line with readline's callback interface, so that Ctrl-C can end the question.
    static func read(prompt: String) -> InputEvent {
        line = nil
        finished = false
        interrupted = 0
        rl_callback_handler_install(prompt) { raw in
            ReadlineState.finished = true
            if let raw {
                ReadlineState.line = String(cString: raw)
                free(raw)
            }
            rl_callback_handler_remove()
        }
        while !finished {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, -1)
            if interrupted != 0 {
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_callback_handler_remove()
                FileHandle.standardOutput.write(Data("\n".utf8))
                return .interrupt
            }
            if ready > 0 { rl_callback_read_char() }
            if ready < 0 && errno != EINTR {
                rl_callback_handler_remove()
                return .end
            }
        }
        return line.map(InputEvent.line) ?? .end
    }

    static let matches = Mutex<[String]>([])
}

/// Completes the word under the cursor from the command words.
private func readlineComplete(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    helpdesk_rl_completion_over()
    let prefix = text.map { String(cString: $0) } ?? ""
    // At the prompt the words depend on what comes before the one typed (readline's start is a byte offset).
    let before = String(decoding: Array(String(cString: helpdesk_rl_line()).utf8.prefix(Int(max(0, start)))), as: UTF8.self)
    let offered = ReadlineState.completions.withLock { $0 } ?? ReadlineState.completer?(before) ?? []
    let words = offered.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
    guard !words.isEmpty else { return nil }
    // rl_completion_matches takes a generator called with state 0, 1, 2, …
    ReadlineState.matches.withLock { $0 = words }
    return rl_completion_matches(text) { _, state in
        let words = ReadlineState.matches.withLock { $0 }
        guard Int(state) < words.count else { return nil }
        return strdup(words[Int(state)])
    }
}
