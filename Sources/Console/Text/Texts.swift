import Foundation
import HelpDesk
import JournalCore

/// The words of the session's language, picked from the wording tables, with helpers for the
/// words of closed sets.
public struct Texts: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public func callAsFunction(_ message: Message) -> String { message.wording[language] }
    public func label(_ label: Label) -> String { label.wording[language] }
    public func reason(_ reason: Reason, of label: Label? = nil) -> String { reason.wording(of: label)[language] }
    public func role(_ role: Role) -> String { role.wording[language] }
    public func roles(_ roles: some Sequence<Role>) -> String {
        roles.map(role).sorted().joined(separator: ", ")
    }
    public func sex(_ sex: Sex?) -> String {
        guard let sex else { return "" }
        return sex.wording[language]
    }
    public func periodKind(_ kind: PeriodKind) -> String { kind.wording[language] }
    public func state(_ state: AccountState) -> String { state.wording[language] }
    public func start(_ kind: EnrolmentStart) -> String { kind.wording[language] }
    public func end(_ kind: EnrolmentEnd) -> String { kind.wording[language] }
    public func workKind(_ kind: WorkKind) -> String { kind.wording[language] }
    public func attendance(_ status: AttendanceStatus) -> String { status.wording[language] }
    public func absence(_ reason: AbsenceReason) -> String { reason.wording[language] }
    public func lessonKind(_ kind: LessonKind) -> String { kind.wording[language] }
    public func helpKind(_ kind: HelpKind) -> String { kind.wording[language] }
    /// A date as the school writes it, `01.09.2026`, in either language (the documents, the
    /// prompts and every field that asks for a date use this form); JSON keeps ISO.
    public func date(_ date: LocalDate?) -> String {
        date?.dotted ?? ""
    }

    /// A day by its weekday and date: `пн 30.11.2026`.
    public func day(_ date: LocalDate) -> String { Moment.day(date, language: language) }

    /// An instant as the organization's local weekday, date and time: `пн 30.11.2026 14:00`.
    public func moment(_ instant: Date, in zone: TimeZone) -> String {
        Moment.text(instant, in: zone, language: language)
    }

    public func audience(_ audience: TrainingAudience) -> String { audience.wording[language] }
    public func readers(_ audience: ArticleAudience) -> String { audience.wording[language] }
    public func format(_ format: TrainingFormat) -> String { format.wording[language] }
    public func rolloutState(_ state: RolloutState) -> String { state.wording[language] }
    public func bookingState(_ state: BookingState) -> String { state.wording[language] }
    public func ticketState(_ state: TicketState) -> String { state.wording[language] }
    public func priority(_ priority: TicketPriority) -> String { priority.wording[language] }
    public func queue(_ queue: TicketQueue) -> String { queue.wording[language] }
    public func ticketKind(_ kind: TicketKind) -> String { kind.wording[language] }
    public func identityMethod(_ method: IdentityMethod) -> String { method.wording[language] }
    public func auditAction(_ action: AuditAction) -> String { action.wording[language] }
    func auditKey(_ key: AuditKey) -> String { key.wording[language] }
    var databaseFile: String { Wording.databaseFile[language] }
    public func minutes(_ minutes: Int) -> String { Wording.minutes(minutes)[language] }
    func ticketEvent(_ kind: TicketEventKind) -> String { kind.wording[language] }
    func ticketNumber(_ id: Int64) -> String { Wording.ticketNumber(id)[language] }
    public func yesNo(_ value: Bool) -> String { Wording.yesNo(value)[language] }
    public func mail(_ sentence: MailSentence) -> String { sentence.wording[language] }
    func word(_ word: Word) -> String { word.wording[language] }
    /// An event of a ticket's history: its kind, and for a change of state, from and to.
    public func ticketEvent(_ event: TicketEvent) -> String {
        guard event.kind == .state, let to = event.toState else {
            return event.kind.wording[language] + (event.otherTicketId.map { " " + Wording.ticketNumber($0)[language] } ?? "")
        }
        return event.fromState.map { "\($0.wording[language]) → \(to.wording[language])" } ?? to.wording[language]
    }

    /// The text of an event of a ticket's history as people read it: an identity check names its
    /// method in words («лично, по документу: паспорт»), not by the code it is kept under.
    public func ticketEventText(_ event: TicketEvent) -> String? {
        guard event.kind == .identityCheck, let text = event.text,
            let method = IdentityMethod.allCases.first(where: { text.hasPrefix($0.rawValue + ": ") })
        else { return event.text }
        return method.wording[language] + text.dropFirst(method.rawValue.count)
    }

}
