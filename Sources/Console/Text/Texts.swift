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
    public func reason(_ reason: Reason, of label: Label? = nil) -> String { catalogue.reason(reason, of: label) }
    public func role(_ role: Role) -> String { catalogue.role(role) }
    public func roles(_ roles: some Sequence<Role>) -> String {
        roles.map(role).sorted().joined(separator: ", ")
    }
    public func sex(_ sex: Sex?) -> String {
        guard let sex else { return "" }
        return catalogue.sex(sex)
    }
    public func periodKind(_ kind: PeriodKind) -> String { catalogue.periodKind(kind) }
    public func state(_ state: AccountState) -> String { catalogue.state(state) }
    public func start(_ kind: EnrolmentStart) -> String { catalogue.start(kind) }
    public func end(_ kind: EnrolmentEnd) -> String { catalogue.end(kind) }
    public func workKind(_ kind: WorkKind) -> String { catalogue.workKind(kind) }
    public func attendance(_ status: AttendanceStatus) -> String { catalogue.attendance(status) }
    public func absence(_ reason: AbsenceReason) -> String { catalogue.absence(reason) }
    public func lessonKind(_ kind: LessonKind) -> String { catalogue.lessonKind(kind) }
    public func helpKind(_ kind: HelpKind) -> String { catalogue.helpKind(kind) }
    /// A date as the language writes it: `01.09.2026` in Russian, ISO in English.
    public func date(_ date: LocalDate?) -> String {
        guard let date else { return "" }
        return language == .ru ? date.dotted : date.description
    }

    /// An instant as the organization's local weekday, date and time: `пн 30.11.2026 14:00`.
    public func moment(_ instant: Date, in zone: TimeZone) -> String {
        Moment.text(instant, in: zone, language: language)
    }

    public func audience(_ audience: TrainingAudience) -> String { catalogue.audience(audience) }
    public func readers(_ audience: ArticleAudience) -> String { catalogue.readers(audience) }
    public func format(_ format: TrainingFormat) -> String { catalogue.format(format) }
    public func rolloutState(_ state: RolloutState) -> String { catalogue.rolloutState(state) }
    public func bookingState(_ state: BookingState) -> String { catalogue.bookingState(state) }
    public func ticketState(_ state: TicketState) -> String { catalogue.ticketState(state) }
    public func priority(_ priority: TicketPriority) -> String { catalogue.priority(priority) }
    public func queue(_ queue: TicketQueue) -> String { catalogue.queue(queue) }
    public func ticketKind(_ kind: TicketKind) -> String { catalogue.ticketKind(kind) }
    public func identityMethod(_ method: IdentityMethod) -> String { catalogue.identityMethod(method) }
    public func auditAction(_ action: AuditAction) -> String { catalogue.auditAction(action) }
    func auditKey(_ key: AuditKey) -> String { catalogue.auditKey(key) }
    var databaseFile: String { catalogue.databaseFile }
    public func minutes(_ minutes: Int) -> String { catalogue.minutes(minutes) }
    func ticketEvent(_ kind: TicketEventKind) -> String { catalogue.ticketEvent(kind) }
    func ticketNumber(_ id: Int64) -> String { catalogue.ticketNumber(id) }
    public func yesNo(_ value: Bool) -> String { catalogue.yesNo(value) }
    public func mail(_ sentence: MailSentence) -> String { catalogue.mail(sentence) }
    /// An event of a ticket's history: its kind, and for a change of state, from and to.
    public func ticketEvent(_ event: TicketEvent) -> String {
        guard event.kind == .state, let to = event.toState else {
            return catalogue.ticketEvent(event.kind) + (event.otherTicketId.map { " " + catalogue.ticketNumber($0) } ?? "")
        }
        return event.fromState.map { "\(catalogue.ticketState($0)) → \(catalogue.ticketState(to))" } ?? catalogue.ticketState(to)
    }

}
