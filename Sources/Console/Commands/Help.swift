import JournalCore

/// `help` and `help COMMAND`, in the session's language.
struct Help {
    let session: Session

    func text(for query: String?) throws -> String {
        let texts = session.texts
        guard let query, !query.isEmpty else { return overview() }
        let words = try Tokenizer.split(query)
        guard let (command, _) = CommandTable.find(words, in: session.commands) else {
            // `help student`: the noun's commands.
            let noun = words.first?.lowercased() ?? ""
            let commands = session.commands.filter { $0.nouns.contains(noun) }
            if commands.isEmpty { throw JournalError.invalid(.name, .unknown(query)) }
            return list(commands)
        }
        var lines = [
            "\(command.name) (\(command.russianName)) — \(texts(.summary(command.id)))",
            texts(.helpUsage(command.usage)),
        ]
        if !command.fields.isEmpty {
            lines.append(texts(.helpFields))
            for field in command.fields {
                let required = field.required ? " — \(texts(.helpRequired))" : ""
                let hint = field.kind.hint(texts: texts).map { " [\($0)]" } ?? ""
                lines.append("  \(field.flag) (--\(field.ruKey))  \(texts.label(field.label))\(hint)\(required)")
            }
        }
        if !command.example.isEmpty {
            lines.append(texts(.helpExamples))
            lines.append("  \(command.example)")
        }
        return lines.joined(separator: "\n")
    }

    private func overview() -> String {
        let texts = session.texts
        var lines = [texts(.helpHeader)]
        let shown = session.offered
        for group in CommandGroup.allCases {
            let commands = shown.filter { $0.group == group }
            guard !commands.isEmpty else { continue }
            lines.append("")
            lines.append(texts(.helpGroup(group)))
            lines.append(list(commands))
        }
        lines.append("")
        lines.append(texts(.helpFooter))
        return lines.joined(separator: "\n")
    }

    /// Commands a line each, English and Russian names aligned, with their summaries.
    private func list(_ commands: [CommandSpec]) -> String {
        let names = commands.map { "\($0.name) (\($0.russianName))" }
        let width = names.map(TextWidth.of).max() ?? 0
        return zip(commands, names).map { command, name in
            "  " + TextWidth.pad(name, to: width) + "  " + session.texts(.summary(command.id))
        }.joined(separator: "\n")
    }
}
