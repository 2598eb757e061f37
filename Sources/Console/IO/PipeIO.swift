import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lines piped on standard input, run one by one without prompts; everything goes to standard output.
public final class PipeIO: ConsoleIO {
    public let isInteractive = false

    public init() {}

    public func readLine(prompt: String) -> InputEvent {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    /// A one-shot command typed at a terminal asks its password there, without echo.
    public let asksSecrets = isatty(STDIN_FILENO) == 1

    public func readSecret(prompt: String) -> InputEvent {
        asksSecrets ? SecretInput.read(prompt: prompt) : readLine(prompt: prompt)
    }

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public func remember(_ line: String) {}

    public func rememberForSession(_ line: String) {}

    public func setCompletions(_ words: [String]?) {}

    public func setCommandCompleter(_ completer: @escaping (String) -> [String]) {}

    /// `COLUMNS` when a script sets it, else the terminal's width when the output goes to one (a
    /// one-shot `-c` typed at a terminal); otherwise lines are as long as their content.
    public var columns: Int? { TerminalSize.columns() }
}
