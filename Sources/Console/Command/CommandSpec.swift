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
    /// The plain words after the command make one value (`help student new`).
    var takesRestOfLine = false
    let run: @Sendable (Session, Arguments) throws -> Output

    init(
        _ id: CommandID, _ group: CommandGroup, nouns: [String], verbs: [String] = [], fields: [any FieldDeclaration] = [],
        writes: Bool = false, needsLogin: Bool = true, example: String = "", run: @escaping @Sendable (Session, Arguments) throws -> Output
    ) {
        self.id = id
        self.group = group
        self.nouns = nouns
        self.verbs = verbs
        self.fields = fields.map(\.spec)
        self.writes = writes
        self.needsLogin = needsLogin
        self.example = example
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
    func matchLength(_ words: [String]) -> Int? {
        guard let first = words.first?.lowercased(), nouns.contains(first) else { return nil }
        if verbs.isEmpty { return 1 }
        guard words.count > 1, verbs.contains(words[1].lowercased()) else { return nil }
        return 2
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
}
