import JournalCore

/// The chat-style loop: a prompt, a line, a command, until `quit` or Ctrl-D.
public struct REPL {
    public let session: Session

    public init(session: Session) {
        self.session = session
    }

    /// Runs lines until the input ends; returns the outcome of the last command that was not
    /// done, so that a piped script fails when one of its lines was refused.
    @discardableResult
    public func run() -> Outcome {
        let io = session.io
        var worst = Outcome.done
        while true {
            let prompt = io.isInteractive ? promptText() : ""
            switch io.readLine(prompt: prompt) {
            case .line(let line):
                // Known commands go to the history file; a mistyped line stays for ↑ in this session only.
                if session.mayRemember(line) {
                    io.remember(line)
                } else if !line.trimmingCharacters(in: .whitespaces).isEmpty && !session.isSecretCommand(line) {
                    io.rememberForSession(line)
                }
                let outcome = session.execute(line)
                if outcome == .quit {
                    if io.isInteractive { session.say(.goodbye) }
                    return ending(worst)
                }
                if outcome.rawValue > worst.rawValue { worst = outcome }
            case .interrupt:
                continue
            case .end:
                if io.isInteractive {
                    io.display("\n")
                    session.say(.goodbye)
                }
                return ending(worst)
            }
        }
    }

    /// How the console ends: a script with the worst of its lines (README: 0 done, 1 refused,
    /// 2 usage); a person who leaves after a refused line has still ended well.
    private func ending(_ worst: Outcome) -> Outcome {
        session.io.isInteractive ? .done : worst
    }

    private func promptText() -> String {
        guard let caller = session.caller else { return "helpdesk> " }
        return "\(caller.login)> "
    }
}
