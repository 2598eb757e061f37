/// What a question got back from the person at the console.
public enum InputEvent: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: abandon the current question.
    case interrupt
    /// Ctrl-D or the end of piped input.
    case end
}

/// The console's input and output, injected so that tests script the lines and read what was shown.
public protocol ConsoleIO: AnyObject {
    /// Whether a person is typing (prompts, questions, confirmations) or a script is piping lines.
    var isInteractive: Bool { get }
    /// Reads one line.
    func readLine(prompt: String) -> InputEvent
    /// Keeps a command line in the persistent history (never a password or a dialog answer).
    func remember(_ line: String)
    /// Keeps a line for ↑ in this session only, never in the history file: a mistyped command to correct.
    func rememberForSession(_ line: String)
    /// Reads a secret without echo; it never reaches the history.
    func readSecret(prompt: String) -> InputEvent
    /// Whether a secret can be asked of a person: a terminal is there, even when the lines are a script's.
    var asksSecrets: Bool { get }
    func write(_ text: String)
    /// Words tab completion offers while a question is asked; nil: back to the command line's own.
    func setCompletions(_ words: [String]?)
    /// What tab completion offers at the command prompt, given the line before the word typed.
    func setCommandCompleter(_ completer: @escaping (String) -> [String])
    /// How many columns a line may take, when known.
    var columns: Int? { get }
    /// Whether headings, warnings and refusals may be coloured.
    var colours: Bool { get }
    /// Writes a whole result already made safe; a terminal pages it when it is long, with
    /// `pagerHint` in the pager's prompt.
    func present(_ text: String, pagerHint: String)
}

extension ConsoleIO {
    public var asksSecrets: Bool { isInteractive }
    public var columns: Int? { nil }
    public var colours: Bool { false }
    public func present(_ text: String, pagerHint: String) { write(text) }
}

extension ConsoleIO {
    func writeLine(_ text: String) { display(text + "\n") }

    /// Writes text for a person: with no control or escape sequence of what users typed.
    func display(_ text: String) { write(TerminalText.safe(text)) }
}
