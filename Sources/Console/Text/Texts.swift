import Foundation
import HelpDesk
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
    public func label(_ label: Label) -> String { catalogue.label(label) }
    public func reason(_ reason: Reason) -> String { catalogue.reason(reason) }
    public func role(_ role: Role) -> String { word(role, catalogue.role) }
    public func roles(_ roles: some Sequence<Role>) -> String {
        roles.map(role).sorted().joined(separator: ", ")
    }
    public func sex(_ sex: Sex?) -> String {
        guard let sex else { return "" }
        return word(sex, catalogue.sex)
    }
    public func periodKind(_ kind: PeriodKind) -> String { word(kind, catalogue.periodKind) }
    public func state(_ state: AccountState) -> String { word(state, catalogue.state) }
    public func start(_ kind: EnrolmentStart) -> String { word(kind, catalogue.start) }
    public func end(_ kind: EnrolmentEnd) -> String { word(kind, catalogue.end) }
    public func workKind(_ kind: WorkKind) -> String { word(kind, catalogue.workKind) }
    public func attendance(_ status: AttendanceStatus) -> String { word(status, catalogue.attendance) }
    public func absence(_ reason: AbsenceReason) -> String { word(reason, catalogue.absence) }
    public func lessonKind(_ kind: LessonKind) -> String { word(kind, catalogue.lessonKind) }
    public func helpKind(_ kind: HelpKind) -> String { word(kind, catalogue.helpKind) }
    /// A date as the language writes it: `01.09.2026` in Russian, ISO in English.
    public func date(_ date: LocalDate?) -> String {
        guard let date else { return "" }
        return language == .ru ? date.dotted : date.description
    }

    /// An instant as the organization's local weekday, date and time: `пн 30.11.2026 14:00`.
    public func moment(_ instant: Date, in zone: TimeZone) -> String {
        Moment.text(instant, in: zone, language: language)
    }

    public func audience(_ audience: TrainingAudience) -> String { word(audience, catalogue.audience) }
    public func format(_ format: TrainingFormat) -> String { word(format, catalogue.format) }
    public func rolloutState(_ state: RolloutState) -> String { word(state, catalogue.rolloutState) }
    public func bookingState(_ state: BookingState) -> String { word(state, catalogue.bookingState) }
    public func ticketState(_ state: TicketState) -> String { word(state, catalogue.ticketState) }
    public func priority(_ priority: TicketPriority) -> String { word(priority, catalogue.priority) }
    public func queue(_ queue: TicketQueue) -> String { word(queue, catalogue.queue) }
    public func ticketKind(_ kind: TicketKind) -> String { word(kind, catalogue.ticketKind) }
    public func identityMethod(_ method: IdentityMethod) -> String { word(method, catalogue.identityMethod) }
    public func auditAction(_ action: AuditAction) -> String { word(action, catalogue.auditAction) }
    func auditKey(_ key: AuditKey) -> String { catalogue.auditKey(key) }
    var databaseFile: String { catalogue.databaseFile }
    public func minutes(_ minutes: Int) -> String { catalogue.minutes(minutes) }
    public func yesNo(_ value: Bool) -> String { catalogue.yesNo(value) }
    /// An event of a ticket's history: its kind, and for a change of state, from and to.
    public func ticketEvent(_ event: TicketEvent) -> String {
        guard event.kind == .state, let to = event.toState else { return catalogue.ticketEvent(event.kind) }
        return event.fromState.map { "\(catalogue.ticketState($0)) → \(catalogue.ticketState(to))" } ?? catalogue.ticketState(to)
    }

    private func word<Value>(_ value: Value, _ worded: (Value) -> String) -> String { worded(value) }
}
