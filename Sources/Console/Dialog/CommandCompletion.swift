import JournalCore

extension Session {
    /// What Tab offers at the prompt after `line` (the words before the one being typed), in the
    /// console's language: the nouns; after a noun its verbs; after a command its flags; after a
    /// flag the values from the database the caller may see (classes, logins, pupils of the class
    /// named, subjects, roles).
    func completions(after line: String) -> [String] {
        let words = (try? Tokenizer.split(line)) ?? line.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return inLanguage(commands.flatMap { $0.nouns.prefix(while: { !$0.contains(" ") }) }) }
        guard let (command, length) = CommandTable.find(words, in: commands) else {
            let noun = words.joined(separator: " ").lowercased()
            let verbs = commands.filter { $0.nouns.contains(noun) }.flatMap(\.verbs)
            return inLanguage(verbs)
        }
        let typed = Array(words.dropFirst(length))
        if let last = typed.last, last.hasPrefix("-"),
            let field = command.fields.first(where: { $0.matches(String(last.drop { $0 == "-" })) }), !field.kind.isFlag
        {
            let given = (try? FlagReader(command: command, texts: texts).parse(Array(typed.dropLast())).0) ?? Arguments()
            // A login is text to the parser, but the accounts the caller may see to a person.
            if field.label == .account, let caller { return (try? journal.accounts(caller).map(\.account.login)) ?? [] }
            return Completion.words(for: field.kind, session: self, given: given)
        }
        let named = Set(typed.filter { $0.hasPrefix("-") }.map { String($0.drop { $0 == "-" }).lowercased() })
        return command.fields.filter { !named.contains($0.key) && !named.contains($0.ruKey) }
            .map { "--" + (language == .ru ? $0.ruKey : $0.key) }
    }

    /// The words of the console's language among `words` (all of them when it has none), each once.
    private func inLanguage(_ words: [String]) -> [String] {
        let russian = words.filter { $0.unicodeScalars.contains { $0.value > 127 } }
        let english = words.filter { $0.unicodeScalars.allSatisfy(\.isASCII) }
        let chosen = language == .ru ? (russian.isEmpty ? english : russian) : (english.isEmpty ? russian : english)
        var seen = Set<String>()
        return chosen.filter { seen.insert($0).inserted }.sorted()
    }
}
