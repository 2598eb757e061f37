/// One console command: the words that call it in both languages, its fields, and what it does.
struct CommandSpec: Sendable {
    let id: CommandID
    let group: CommandGroup
    /// Noun words (English first) and verb words; an empty verb list makes a one-word command.
    let nouns: [String]
    let verbs: [String]
    let fields: [FieldSpec]
    /// Writes ask for confirmation first (unless `--yes` or non-interactive).
    let writes: Bool
    let needsLogin: Bool
    let example: String
    /// What `--json` holds under `result`, whatever the data (`helpdesk schema COMMAND`).
    let result: ResultShape
    /// The plain words after the command make one value (`help student new`).
    var takesRestOfLine = false
    /// Several pupils by plain words (`attendance set 12 Ильин Гусева н`): after the pupil field
    /// is given, a plain word this does not accept as the value that follows the pupils is one
    /// more pupil, kept in `Arg.morePupils`.
    var endsPupils: (@Sendable (String) -> Bool)? = nil
    /// The command shows what it will write and asks itself, once, after its own questions.
    var confirmsItself = false
    /// The arguments with which a writing command only reads (a look without values to record):
    /// then nothing is confirmed. A dry run (`--dry-run`) always only reads.
    var onlyReadsWith: (@Sendable (Arguments) -> Bool)? = nil
    let run: @Sendable (Session, Arguments) throws -> Output

    init(
        _ id: CommandID, _ group: CommandGroup, nouns: [String], verbs: [String] = [], fields: [any FieldDeclaration] = [],
        writes: Bool = false, needsLogin: Bool = true, example: String = "", result: ResultShape,
        run: @escaping @Sendable (Session, Arguments) throws -> Output
    ) {
        self.id = id
        self.group = group
        self.nouns = nouns
        self.verbs = verbs
        self.fields = fields.map(\.spec)
        self.writes = writes
        self.needsLogin = needsLogin
        self.example = example
        self.result = result
        self.run = run
    }

    /// The English way to call it: `student new`.
    var name: String { ([nouns[0]] + verbs.prefix(1)).joined(separator: " ") }
    /// The Russian way: `ученик создать`.
    var russianName: String {
        let noun = nouns.first { $0.unicodeScalars.first.map { $0.value > 127 } ?? false } ?? nouns[0]
        let verb = verbs.first { $0.unicodeScalars.first.map { $0.value > 127 } ?? false } ?? verbs.first
        return ([noun] + (verb.map { [$0] } ?? [])).joined(separator: " ")
    }

    /// How many leading words of `words` call this command, or nil.
    /// How many words name this command: its noun (one word, or two such as «account key»),
    /// then its verb when it has verbs; nil when the words name another.
    func matchLength(_ words: [String]) -> Int? {
        let typed = words.map { $0.lowercased() }
        let nounLength = nouns.map { $0.split(separator: " ").map(String.init) }
            .filter { typed.starts(with: $0) }.map(\.count).max()
        guard let nounLength else { return nil }
        if verbs.isEmpty { return nounLength }
        guard typed.count > nounLength, verbs.contains(typed[nounLength]) else { return nil }
        return nounLength + 1
    }

    var usage: String {
        let flags = fields.map { field in
            let value = field.kind.isFlag ? field.flag : "\(field.flag) …"
            return field.required ? value : "[\(value)]"
        }
        return ([name] + flags).joined(separator: " ")
    }
}

extension FieldKind {
    var isFlag: Bool {
        if case .flag = self { return true }
        return false
    }

    /// A closed set of answers (where «нет» may be one), not free text or a name.
    var isChoice: Bool {
        if case .choice = self { return true }
        return false
    }
}

extension CommandSpec {
    /// The command with several pupils read from plain words, up to one `ends` accepts.
    func acceptingSeveralPupils(until ends: @escaping @Sendable (String) -> Bool) -> CommandSpec {
        var command = self
        command.endsPupils = ends
        return command
    }

    /// Whether this run writes: a writing command, not a dry run, not a look without values.
    func writes(with arguments: Arguments) -> Bool {
        guard writes else { return false }
        if arguments.isSet(Arg.dryRun) { return false }
        return !(onlyReadsWith?(arguments) ?? false)
    }

    /// Whether its writes may be rehearsed before the confirmation: it writes only to the
    /// database (no file to write, nothing it asks itself) and reads no document (an import
    /// checks its file and says what it would do itself, and would be read twice).
    var rehearsable: Bool {
        writes && !confirmsItself
            && !fields.contains { field in
                [.file, .print, .xlsx, .archive].contains(field.label)
                    || (field.key == Arg.planFile.spec.key && field.label == Arg.planFile.spec.label)
            }
    }

    /// The command that only reads when `condition` holds of its arguments.
    func onlyReading(when condition: @escaping @Sendable (Arguments) -> Bool) -> CommandSpec {
        var command = self
        command.onlyReadsWith = condition
        return command
    }

    /// The command that shows what it will write and asks, itself, once.
    func confirmingItself() -> CommandSpec {
        var command = self
        command.confirmsItself = true
        return command
    }
}
