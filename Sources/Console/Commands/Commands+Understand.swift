import Foundation
import HelpDesk
import JournalCore

extension Commands {
    /// `understand TEXT`: what a sentence would run — the command and the fields it filled —
    /// without running it.
    static var understanding: [CommandSpec] {
        var understand = CommandSpec(
            .understand, .session, nouns: ["understand", "понять", "разобрать"], fields: [Arg.sentence], needsLogin: false,
            example: "understand перенесите мою консультацию на четверг в 14:30",
            // The command meant and its fields, or the closest commands when none is.
            result: .oneOf([.record(understandingFields), .table([.text(.command), .text(.example)])])
        ) { session, arguments in
            let sentence = try arguments.value(Arg.sentence)
            guard let understanding = session.matcher.match(sentence),
                let (command, words) = Commands.command(for: understanding, session: session)
            else {
                return .lines([.message(.desk(.notUnderstood)), closest(to: sentence, session: session)])
            }
            return understandingCard(understanding, command: command, words: words, session: session)
        }
        understand.takesRestOfLine = true
        return [understand]
    }

    /// The keys of `understandingCard`: the intent and the command line, then every field a
    /// sentence can fill (the flags `Commands.command(for:session:)` writes), null when it did not.
    static let understandingFields: [FieldShape] = [
        .code(.action, Intent.self), .text(.command), .text(.topic).optional, .date(.date).optional, .text(.time).optional,
        .number(.booking).optional, .text(.organization).optional, .text(.login).optional, .number(.identifier).optional,
        .code(.role, Role.self).optional, .code(.helpKind, HelpKind.self).optional, .text(.description).optional,
        .moment(.discoveredAt).optional, .text(.schoolClass).optional, .list(.corrections, of: .text).optional,
    ]

    /// The command, then each field the sentence filled, by the field's label.
    static func understandingCard(_ understanding: Understanding, command: CommandSpec, words: [String], session: Session) -> Output {
        let texts = session.texts
        // On screen the line as the person would type it, values in their language; in JSON as the program reads it.
        var pairs: [(Label, Cell)] = [
            (.action, .code(understanding.intent.rawValue, word: texts(.summary(command.id)))),
            (.command, Cell.text(commandLine(command, words)).shown(typedLine(command, words, texts))),
        ]
        var index = 0
        while index + 1 < words.count {
            let flag = String(words[index].drop { $0 == "-" })
            if let field = command.fields.first(where: { $0.matches(flag) }) {
                pairs.append((field.label, value(words[index + 1], of: field, texts, zone: session.zone)))
            }
            index += 2
        }
        if let role = understanding.role, !words.contains("--role") { pairs.append((.role, .choice(role, texts.role))) }
        if let name = understanding.className { pairs.append((.schoolClass, .text(name))) }
        if !understanding.corrections.isEmpty {
            pairs.append(
                (
                    .corrections,
                    Cell.list(understanding.corrections.map { .text("\($0.typed) → \($0.read)") })
                        .shown(understanding.corrections.map { "\($0.typed) → \($0.read)" }.joined(separator: ", "))
                ))
        }
        return .record(pairs)
    }

    /// The command line as the program reads it.
    static func commandLine(_ command: CommandSpec, _ words: [String]) -> String {
        ([command.name] + words.map(Tokenizer.quoted)).joined(separator: " ")
    }

    /// The command line as the person would type it: coded values (a role, a kind of help) in their language.
    static func typedLine(_ command: CommandSpec, _ words: [String], _ texts: Texts) -> String {
        let typed = words.enumerated().map { index, word -> String in
            guard index > 0, let field = command.fields.first(where: { $0.matches(String(words[index - 1].drop { $0 == "-" })) }),
                case .code(_, let spoken) = value(word, of: field, texts)
            else { return word }
            return spoken
        }
        return commandLine(command, typed)
    }

    /// A filled value as the person reads it: a role or a kind of help in words, as a code in JSON;
    /// a day and time as typed, in JSON the instant in the school's zone.
    private static func value(_ word: String, of field: FieldSpec, _ texts: Texts, zone: TimeZone = .moscow) -> Cell {
        if field.label == .role, let role = Role(rawValue: word) { return .choice(role, texts.role) }
        if field.label == .helpKind, let kind = HelpKind(rawValue: word) { return .choice(kind, texts.helpKind) }
        if case .date = field.kind, let date = LocalDate(parsing: word) { return .date(date) }
        if case .moment = field.kind, let instant = moment(word, in: zone) { return Cell.moment(instant, zone).shown(word) }
        if case .integer = field.kind, let number = Int64(word) { return Cell(number) }
        if field.label == .identifier, let number = Int64(word) { return Cell(number) }
        return .text(word)
    }

    /// `23.11.2026 09:00` in the school's zone, as the `moment` field reads it.
    private static func moment(_ word: String, in zone: TimeZone) -> Date? {
        let parts = word.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2, let day = LocalDate(parsing: String(parts[0])), let time = ClockTime(parsing: String(parts[1])) else {
            return nil
        }
        return time.instant(on: day, in: zone)
    }

    /// The three commands whose words and descriptions (in either language) share the most stems
    /// with the sentence, each with an example; the knowledge base, a ticket and help when none does.
    static func closest(to sentence: String, session: Session) -> Output {
        let stems = Set(WordStems.stems(sentence).filter { $0.count >= 4 })
        let described = [Texts(.ru), Texts(.en)]
        let scored = session.offered.filter { $0.id != .understand }.compactMap { command -> (Int, CommandSpec)? in
            let words = command.nouns + command.verbs + described.map { $0(.summary(command.id)) }
            let score = stems.intersection(Set(words.flatMap(WordStems.stems))).count
            return score > 0 ? (score, command) : nil
        }
        var chosen = scored.sorted { $0.0 > $1.0 }.map(\.1).prefix(3).map { $0 }
        for id in [CommandID.kbSearch, .ticketNew, .help] where chosen.count < 3 && !chosen.contains(where: { $0.id == id }) {
            if let command = session.commands.first(where: { $0.id == id }) { chosen.append(command) }
        }
        let example = { (command: CommandSpec) in command.example.isEmpty ? command.name : command.example }
        let screen = chosen.map { command in
            session.texts(
                .desk(.closestCommand(name: command.name, summary: session.texts(.summary(command.id)), example: example(command))))
        }
        // JSON: each command and its example, the same in either language.
        return .shown(
            screen.joined(separator: "\n"),
            data: .table(columns: [.command, .example], rows: chosen.map { [.text($0.name), .text(example($0))] }))
    }
}
