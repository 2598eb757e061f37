import Foundation
import HelpDesk
import JournalCore

/// The catalogue of the session's language, with helpers for the words of closed sets.
public struct Texts: Sendable {
    public let language: Language
    /// Values for machines (JSON): ISO dates and the English names of closed sets.
    public let machineValues: Bool
    let catalogue: any Catalogue

    public init(_ language: Language, machineValues: Bool = false) {
        self.language = language
        self.machineValues = machineValues
        self.catalogue = language.catalogue
    }

    public func callAsFunction(_ message: Message) -> String { catalogue.text(message) }
    public func label(_ field: Field) -> String { catalogue.label(field) }
    public func reason(_ reason: Reason) -> String { catalogue.reason(reason) }
    public func role(_ role: Role) -> String { machineValues ? role.rawValue : catalogue.role(role) }
    public func roles(_ roles: some Sequence<Role>) -> String {
        roles.map(role).sorted().joined(separator: ", ")
    }
    public func sex(_ sex: Sex?) -> String {
        guard let sex else { return "" }
        return machineValues ? sex.rawValue : catalogue.sex(sex)
    }
    public func periodKind(_ kind: PeriodKind) -> String { machineValues ? kind.rawValue : catalogue.periodKind(kind) }
    public func state(_ state: AccountState) -> String { machineValues ? state.rawValue : catalogue.state(state) }
    public func start(_ kind: EnrolmentStart) -> String { machineValues ? kind.rawValue : catalogue.start(kind) }
    public func end(_ kind: EnrolmentEnd) -> String { machineValues ? kind.rawValue : catalogue.end(kind) }
    public func workKind(_ kind: WorkKind) -> String { machineValues ? kind.rawValue : catalogue.workKind(kind) }
    public func attendance(_ status: AttendanceStatus) -> String { machineValues ? status.rawValue : catalogue.attendance(status) }
    public func absence(_ reason: AbsenceReason) -> String { machineValues ? reason.rawValue : catalogue.absence(reason) }
    public func lessonKind(_ kind: LessonKind) -> String { machineValues ? kind.rawValue : catalogue.lessonKind(kind) }
    public func helpKind(_ kind: HelpKind) -> String { machineValues ? kind.rawValue : catalogue.helpKind(kind) }
    /// A date as the language writes it: `01.09.2026` in Russian, ISO in English and in JSON.
    public func date(_ date: LocalDate?) -> String {
        guard let date else { return "" }
        return language == .ru && !machineValues ? date.dotted : date.description
    }

    /// An instant as the organization's local weekday, date and time: `пн 30.11.2026 14:00`; ISO 8601 in JSON.
    public func moment(_ instant: Date, in zone: TimeZone) -> String {
        Moment.text(instant, in: zone, language: language, machine: machineValues)
    }

    public func audience(_ audience: TrainingAudience) -> String { machineValues ? audience.rawValue : catalogue.audience(audience) }
    public func format(_ format: TrainingFormat) -> String { machineValues ? format.rawValue : catalogue.format(format) }
    public func rolloutState(_ state: RolloutState) -> String { machineValues ? state.rawValue : catalogue.rolloutState(state) }
    public func bookingState(_ state: BookingState) -> String { machineValues ? state.rawValue : catalogue.bookingState(state) }
    public func ticketState(_ state: TicketState) -> String { machineValues ? state.rawValue : catalogue.ticketState(state) }
    public func priority(_ priority: TicketPriority) -> String { machineValues ? priority.rawValue : catalogue.priority(priority) }
    public func queue(_ queue: TicketQueue) -> String { machineValues ? queue.rawValue : catalogue.queue(queue) }
    public func ticketKind(_ kind: TicketKind) -> String { machineValues ? kind.rawValue : catalogue.ticketKind(kind) }
    public func identityMethod(_ method: IdentityMethod) -> String { machineValues ? method.rawValue : catalogue.identityMethod(method) }
    public func minutes(_ minutes: Int) -> String { machineValues ? String(minutes) : catalogue.minutes(minutes) }
    /// An event of a ticket's history: its kind, and for a change of state, from and to.
    public func ticketEvent(_ event: TicketEvent) -> String {
        if machineValues { return event.kind.rawValue }
        guard event.kind == .state, let to = event.toState else { return catalogue.ticketEvent(event.kind) }
        return event.fromState.map { "\(catalogue.ticketState($0)) → " } .map { $0 + catalogue.ticketState(to) } ?? catalogue.ticketState(to)
    }
}
