import JournalCore

/// Whether a timetable's name for a specialist («Полий Т.А.», «администратор ЭЖ») stands for a
/// person: the journal's own name matching (`PersonName`), or the role the line names.
enum SpecialistName {
    static func names(_ responsible: String, fullName: String, roles: Set<Role>) -> Bool {
        if responsible.lowercased().hasPrefix("администратор") { return roles.contains(.journalAdmin) }
        return PersonName.matches(responsible, fullName: fullName)
    }
}
