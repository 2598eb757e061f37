import JournalCore

/// A command line that cannot be understood as given: a usage error.
struct ArgumentError: Error {
    let message: Message
}

/// Reads the words after a command: `--field value`, `--field=value`, flags, and plain words
/// that fill the fields in order. Values are parsed later, so a bad one can be asked again.
struct FlagReader {
    let command: CommandSpec
    let texts: Texts

    func parse(_ words: [String]) throws -> (Arguments, [(FieldSpec, String)]) {
        if command.takesRestOfLine, let field = command.fields.first {
            return (Arguments(), words.isEmpty ? [] : [(field, words.joined(separator: " "))])
        }
        var arguments = Arguments()
        var typed: [(FieldSpec, String)] = []
        var given = Set<String>()
        var index = 0
        var morePupils: [String] = []
        func record(_ spec: FieldSpec, _ value: String) throws {
            guard given.insert(spec.key).inserted else { throw ArgumentError(message: .duplicateFlag(spec.flag)) }
            typed.append((spec, value))
        }
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "-y" || word == "--yes" || word == "--да" {
                arguments[Arg.yes.spec] = .flag(true)
                continue
            }
            if word.hasPrefix("--") {
                var name = String(word.dropFirst(2))
                var inline: String?
                if let equals = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let spec = command.fields.first(where: { $0.matches(name) }) else {
                    throw ArgumentError(message: .unknownFlag(word))
                }
                if spec.kind.isFlag {
                    guard given.insert(spec.key).inserted else { throw ArgumentError(message: .duplicateFlag(spec.flag)) }
                    arguments[spec] = .flag(true)
                    continue
                }
                if let inline {
                    try record(spec, inline)
                } else {
                    guard index < words.count, !words[index].hasPrefix("--") else {
                        throw ArgumentError(message: .missingField(label: texts.label(spec.label), flag: spec.flag))
                    }
                    try record(spec, words[index])
                    index += 1
                }
                continue
            }
            if let ends = command.endsPupils, given.contains(Arg.lessonStudent.spec.key), !given.contains(Arg.morePupils.spec.key),
                let next = command.fields.first(where: { !$0.kind.isFlag && !given.contains($0.key) }),
                next.key != Arg.morePupils.spec.key, !ends(word)
            {
                morePupils.append(word)
                continue
            }
            // A plain word fills the next field not given yet.
            guard let spec = command.fields.first(where: { !$0.kind.isFlag && !given.contains($0.key) }) else {
                throw ArgumentError(message: .unknownFlag(word))
            }
            try record(spec, word)
        }
        if !morePupils.isEmpty { try record(Arg.morePupils.spec, morePupils.joined(separator: Arg.pupilSeparator)) }
        return (arguments, typed)
    }
}
