import JournalCore

/// Words for the closed sets, in both languages and the usual short forms.
enum Choices {
    static let roleAliases: [String: Role] = [
        "завуч": .deputyAcademic, "увр": .deputyAcademic, "вр": .deputyUpbringing, "админ": .journalAdmin,
        "администратор": .journalAdmin, "учитель": .subjectTeacher, "предметник": .subjectTeacher,
        "классрук": .classTeacher, "кл.рук": .classTeacher, "замена": .substituteTeacher,
        "техподдержка": .supportSpecialist, "admin": .journalAdmin, "teacher": .subjectTeacher,
        "deputy": .deputyAcademic, "it": .itEngineer, "инженер": .itEngineer,
        "родитель": .guardian, "мама": .guardian, "папа": .guardian, "parent": .guardian, "ученик": .student, "ученица": .student,
        "директор": .director, "методист": .methodologist,
    ]

    static func role(_ input: String, field: Label, texts: Texts) throws -> Role {
        let key = input.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { throw InputError(field, .missing) }
        if let role = roleAliases[key] { return role }
        let names: [(String, Role)] = Role.allCases.flatMap { role in
            [(role.rawValue.lowercased(), role), (Texts(.ru).role(role).lowercased(), role), (Texts(.en).role(role).lowercased(), role)]
        }
        if let exact = names.first(where: { $0.0 == key }) { return exact.1 }
        let prefixed = Set(names.filter { $0.0.hasPrefix(key) }.map(\.1))
        if prefixed.count == 1, let role = prefixed.first { return role }
        if prefixed.count > 1 { throw InputError(field, .ambiguous(prefixed.map(texts.role).sorted())) }
        let closest = names.sorted { Levenshtein.distance($0.0, key) < Levenshtein.distance($1.0, key) }.map(\.1)
        var offered: [String] = []
        for role in closest where !offered.contains(texts.role(role)) && offered.count < 3 { offered.append(texts.role(role)) }
        throw InputError(field, .notFound(input, closest: offered))
    }

    static func sex(_ input: String, field: Label) throws -> Sex {
        switch input.lowercased() {
        case "м", "муж", "мужской", "m", "male": .male
        case "ж", "жен", "женский", "f", "female": .female
        case "": throw InputError(field, .missing)
        default: throw InputError(field, .unknown(input))
        }
    }

    static func periodKind(_ input: String, field: Label, texts: Texts) throws -> PeriodKind {
        let key = input.lowercased()
        for kind in PeriodKind.allCases {
            let words = [kind.rawValue.lowercased(), Texts(.ru).periodKind(kind), Texts(.en).periodKind(kind)]
            if words.contains(where: { !key.isEmpty && $0.hasPrefix(key.prefix(5)) && key.count >= 3 }) { return kind }
        }
        throw InputError(field, .unknown(input))
    }
}
