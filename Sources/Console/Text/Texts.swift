import JournalCore

/// The catalogue of the session's language, with helpers for the words of closed sets.
public struct Texts: Sendable {
    public let language: Language
    let catalogue: any Catalogue

    public init(_ language: Language) {
        self.language = language
        self.catalogue = language.catalogue
    }

    public func callAsFunction(_ message: Message) -> String { catalogue.text(message) }
    public func label(_ field: Field) -> String { catalogue.label(field) }
    public func role(_ role: Role) -> String { catalogue.role(role) }
    public func roles(_ roles: some Sequence<Role>) -> String {
        roles.map(catalogue.role).sorted().joined(separator: ", ")
    }
    public func sex(_ sex: Sex?) -> String { sex.map(catalogue.sex) ?? "" }
    public func periodKind(_ kind: PeriodKind) -> String { catalogue.periodKind(kind) }
    public func state(_ state: AccountState) -> String { catalogue.state(state) }
    public func start(_ kind: EnrolmentStart) -> String { catalogue.start(kind) }
    public func end(_ kind: EnrolmentEnd) -> String { catalogue.end(kind) }
    /// A date as the language writes it: `01.09.2026` in Russian, ISO in English.
    public func date(_ date: LocalDate?) -> String {
        guard let date else { return "" }
        return language == .ru ? date.dotted : date.description
    }
}
