import JournalCore

extension Session {
    /// What Tab offers at the prompt after `line` (the words before the one being typed), in the
    /// console's language: the nouns; after a noun its verbs; after a command its flags; after a
    /// flag the values from the database the caller may see (classes, logins, pupils of the class
    /// named, subjects, roles).
    func completions(after line: String) -> [String] {
        let words = (try? Tokenizer.split(line)) ?? line.split(separator: " ").map(String.init)
        // The nouns of both languages: the README's commands are English, the console's words Russian.
        guard !words.isEmpty else { return unique(commands.flatMap { $0.nouns.prefix(while: { !$0.contains(" ") }) }) }
        guard let (command, length) = CommandTable.find(words, in: commands) else {
            let noun = words.joined(separator: " ").lowercased()
            let verbs = commands.filter { $0.nouns.contains(noun) }.flatMap(\.verbs)
            // After «class» the English verbs, after «класс» the Russian ones.
            return inScript(of: noun, verbs)
        }
        let typed = Array(words.dropFirst(length))
        if let last = typed.last, last.hasPrefix("-"),
            let field = command.fields.first(where: { $0.matches(String(last.drop { $0 == "-" })) }), !field.kind.isFlag
        {
            return Completion.words(for: field, session: self, given: read(Array(typed.dropLast()), of: command))
        }
        let named = Set(typed.filter { $0.hasPrefix("-") }.map { String($0.drop { $0 == "-" }).lowercased() })
        let flags = command.fields.filter { !named.contains($0.key) && !named.contains($0.ruKey) }
            .map { "--" + (language == .ru ? $0.ruKey : $0.key) }
        // Where the next plain word is a required field's value (`ticket show 12`), its values first.
        let given = read(typed, of: command)
        let next = command.fields.first { $0.required && !$0.kind.isFlag && given[$0] == nil }
        return (next.map { Completion.words(for: $0, session: self, given: given) } ?? []) + flags
    }

    /// The values typed so far, as far as they read (`mark add 12 ` → the lesson 12), so that what
    /// follows is offered in their light (the pupils of lesson 12); a word that does not read is left out.
    private func read(_ typed: [String], of command: CommandSpec) -> Arguments {
        guard let (flags, pending) = try? FlagReader(command: command, texts: texts).parse(typed) else { return Arguments() }
        var given = flags
        for (spec, raw) in pending {
            if let value = try? spec.kind.parse(raw, field: spec.label, session: self, given: given) { given[spec] = value }
        }
        return given
    }

    /// The words among `words` written in the alphabet of `typed` (all of them when none is), each once.
    private func inScript(of typed: String, _ words: [String]) -> [String] {
        let latin = typed.unicodeScalars.allSatisfy(\.isASCII)
        let chosen = words.filter { $0.unicodeScalars.allSatisfy(\.isASCII) == latin }
        return unique(chosen.isEmpty ? words : chosen)
    }

    private func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }.sorted()
    }
}
