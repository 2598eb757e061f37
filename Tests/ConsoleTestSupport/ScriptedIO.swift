import Console

/// Scripted input for tests: answers lines from a list and records everything shown.
public final class ScriptedIO: ConsoleIO {
    public var isInteractive: Bool
    public private(set) var inputs: [InputEvent]
    public private(set) var output = ""
    public private(set) var prompts: [String] = []
    public private(set) var completions: [String] = []
    /// What Tab offered at each prompt, in the order of `prompts`.
    public private(set) var offered: [[String]] = []

    public init(_ lines: [String], interactive: Bool = true) {
        self.inputs = lines.map { .line($0) }
        self.isInteractive = interactive
    }

    public init(events: [InputEvent], interactive: Bool = true) {
        self.inputs = events
        self.isInteractive = interactive
    }

    public private(set) var remembered: [String] = []

    public func remember(_ line: String) { remembered.append(line) }

    public private(set) var rememberedForSession: [String] = []

    public func rememberForSession(_ line: String) { rememberedForSession.append(line) }

    public func readLine(prompt: String) -> InputEvent {
        prompts.append(prompt)
        offered.append(completions)
        if isInteractive { output += prompt }
        guard !inputs.isEmpty else { return .end }
        let event = inputs.removeFirst()
        if case .line(let text) = event, isInteractive { output += text + "\n" }
        return event
    }

    public func readSecret(prompt: String) -> InputEvent {
        prompts.append(prompt)
        offered.append([])
        if isInteractive { output += prompt + "\n" }
        return inputs.isEmpty ? .end : inputs.removeFirst()
    }

    public func write(_ text: String) { output += text }

    public func setCompletions(_ words: [String]?) { completions = words ?? [] }

    private var completer: ((String) -> [String])?

    public func setCommandCompleter(_ completer: @escaping (String) -> [String]) { self.completer = completer }

    /// What Tab would offer at the prompt after `line` (the line before the word being typed).
    public func complete(after line: String) -> [String] { completer?(line) ?? [] }

    /// The width a test gives the screen.
    public var columns: Int?
    /// Whether the test's screen takes colour.
    public var colours = false
}
