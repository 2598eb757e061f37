import JournalCore

/// Whether a person is the specialist a timetable line names: «Полий Т.А.» is Полий Татьяна
/// Александровна; «Администратор ЭЖ» is whoever holds the journal administrator's role.
enum SpecialistName {
    static func key(_ name: String) -> String {
        let tokens = name.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: { $0.isWhitespace || $0 == "." })
        guard let surname = tokens.first else { return "" }
        return String(surname) + "|" + String(tokens.dropFirst().compactMap(\.first))
    }

    static func names(_ responsible: String, fullName: String, roles: Set<Role>) -> Bool {
        if responsible.lowercased().hasPrefix("администратор") { return roles.contains(.journalAdmin) }
        return key(responsible) == key(fullName)
    }
}
