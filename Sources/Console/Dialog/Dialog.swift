import JournalCore

/// The conversation behind a command: asks for each required field that is missing, one
/// question at a time, asks again with the reason when an answer is refused, and asks for
/// confirmation before a write. `cancel` (`отмена`), Ctrl-C or Ctrl-D leave with nothing written.
struct Dialog {
    let session: Session

    struct Cancelled: Error {
        var outcome: Outcome = .refused
    }

    /// A required field missing where nobody can be asked (a script or `-c`).
    struct Missing: Error {
        let field: FieldSpec
    }

    static let cancelWords: Set<String> = ["cancel", "отмена", "отменить", "стоп"]
    static let yesWords: Set<String> = ["y", "yes", "д", "да", "ок", "ok"]
    static let noWords: Set<String> = ["n", "no", "н", "нет"]
    /// A «no» typed where a value was asked for.
    static let backingOut: Set<String> = ["no", "нет"]

    private var texts: Texts { session.texts }
    private var io: any ConsoleIO { session.io }

    /// Parses the typed values and asks for what is missing or refused.
    func fill(_ command: CommandSpec, _ arguments: inout Arguments, typed: [(FieldSpec, String)]) throws {
        var hinted = false
        for spec in command.fields where !spec.kind.isFlag {
            if let (_, raw) = typed.first(where: { $0.0.key == spec.key }) {
                do {
                    arguments[spec] = try spec.kind.parse(raw, field: spec.label, session: session, given: arguments)
                    continue
                } catch let error as InputError {
                    guard io.isInteractive else { throw error }
                    session.refuse(.invalidValue(error.label, error.reason), field: spec.label)
                } catch let error as JournalError {
                    guard io.isInteractive else { throw error }
                    session.refuse(.error(error), field: spec.label)
                }
            } else if !spec.required {
                continue
            }
            guard io.isInteractive else { throw Missing(field: spec) }
            if !hinted {
                io.writeLine(texts(.cancelHint))
                hinted = true
            }
            arguments[spec] = try ask(spec, given: arguments)
        }
    }

    /// Asks one field until the answer is accepted or the person cancels.
    func ask(_ spec: FieldSpec, given: Arguments = Arguments()) throws -> Value {
        let hint = spec.kind.hint(texts: texts)
        var prompt = texts(.fieldPrompt(label: texts.label(spec.label), hint: hint))
        // A hint too long for the line is shown above it, wrapped; the prompt keeps the label.
        if let columns = io.columns, TextWidth.of(prompt) > columns - 20, let hint {
            io.write(session.renderer.paragraph("(" + hint + ")") + "\n")
            prompt = texts(.fieldPrompt(label: texts.label(spec.label), hint: nil))
        }
        io.setCompletions(Completion.words(for: spec, session: session, given: given))
        defer { io.setCompletions(nil) }
        while true {
            let answer = try readAnswer(prompt)
            // «нет» asked for a name or a text is a person backing out, not the value (a subject «нет»).
            if Self.backingOut.contains(answer.lowercased()) && !spec.kind.isChoice && !spec.kind.isFlag { throw Cancelled() }
            do {
                return try spec.kind.parse(answer, field: spec.label, session: session, given: given)
            } catch let error as InputError {
                session.refuse(.invalidValue(error.label, error.reason), field: spec.label)
            } catch let error as JournalError {
                // No other answer gives a right the caller lacks.
                if case .forbidden = error { throw error }
                session.refuse(.error(error), field: spec.label)
            }
        }
    }

    /// Shows what will be written and asks yes or no.
    func confirm(_ command: CommandSpec, _ arguments: Arguments) throws -> Bool {
        guard !session.rehearsing else { throw Rehearsal.finished }
        let pairs: [(Label, Cell)] = command.fields.compactMap { spec in
            guard let value = arguments[spec], !spec.kind.isFlag else { return nil }
            return (spec.label, .text(spec.kind.show(value, session: session)))
        }
        return try confirm(pairs)
    }

    /// Shows what will be written, field by field, and asks.
    func confirm(_ pairs: [(Label, Cell)]) throws -> Bool {
        guard !session.rehearsing else { throw Rehearsal.finished }
        io.write(session.renderer.render(.record(pairs)))
        return try yesOrNo(texts(.confirm))
    }

    /// Asks a yes-or-no question until it gets one.
    func yesOrNo(_ question: String) throws -> Bool {
        while true {
            let answer = try readAnswer("\(question) \(texts(.yesNoHint)) ").lowercased()
            if Self.yesWords.contains(answer) { return true }
            if Self.noWords.contains(answer) { return false }
            io.writeLine(texts(.answerYesOrNo))
        }
    }

    /// Reads one answer; cancel words, Ctrl-C and the end of input cancel.
    func readAnswer(_ prompt: String) throws -> String {
        // A rehearsed write stops where the command would ask.
        guard !session.rehearsing else { throw Rehearsal.finished }
        switch io.readLine(prompt: prompt) {
        case .line(let line):
            let answer = line.trimmingCharacters(in: .whitespaces)
            if Self.cancelWords.contains(answer.lowercased()) { throw Cancelled() }
            return answer
        case .interrupt: throw Cancelled()
        case .end: throw Cancelled()
        }
    }

    /// Reads a secret; cancelled like any answer.
    func readSecret(_ prompt: String) throws -> String {
        guard !session.rehearsing else { throw Rehearsal.finished }
        switch io.readSecret(prompt: prompt) {
        case .line(let line):
            if Self.cancelWords.contains(line.lowercased()) { throw Cancelled() }
            return line
        case .interrupt, .end: throw Cancelled()
        }
    }
}
