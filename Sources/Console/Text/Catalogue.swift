import HelpDesk
import JournalCore

/// The words of one language. Each language has one catalogue; the compiler checks that it
/// words every message, field, reason and role.
protocol Catalogue: Sendable {
    func text(_ message: Message) -> String
    func label(_ label: Label) -> String
    /// Why a value was refused; `label`: what was refused, so that the words agree with it.
    func reason(_ reason: Reason, of label: Label?) -> String
    func role(_ role: Role) -> String
    func sex(_ sex: Sex) -> String
    func periodKind(_ kind: PeriodKind) -> String
    func state(_ state: AccountState) -> String
    func start(_ kind: EnrolmentStart) -> String
    func end(_ kind: EnrolmentEnd) -> String
    func operation(_ operation: Operation) -> String
    func workKind(_ kind: WorkKind) -> String
    func attendance(_ status: AttendanceStatus) -> String
    func absence(_ reason: AbsenceReason) -> String
    func lessonKind(_ kind: LessonKind) -> String
    func helpKind(_ kind: HelpKind) -> String
    func desk(_ message: DeskMessage) -> String
    func ticket(_ message: TicketMessage) -> String
    func deskError(_ error: DeskError) -> String
    func audience(_ audience: TrainingAudience) -> String
    func readers(_ audience: ArticleAudience) -> String
    func format(_ format: TrainingFormat) -> String
    func rolloutState(_ state: RolloutState) -> String
    func bookingState(_ state: BookingState) -> String
    func ticketState(_ state: TicketState) -> String
    func ticketKind(_ kind: TicketKind) -> String
    func priority(_ priority: TicketPriority) -> String
    func queue(_ queue: TicketQueue) -> String
    func ticketEvent(_ kind: TicketEventKind) -> String
    /// A ticket's number in a sentence: «№ 12», «12».
    func ticketNumber(_ id: Int64) -> String
    func minutes(_ minutes: Int) -> String
    func yesNo(_ value: Bool) -> String
    func identityMethod(_ method: IdentityMethod) -> String
    func auditAction(_ action: AuditAction) -> String
    func auditKey(_ key: AuditKey) -> String
    func mail(_ sentence: MailSentence) -> String
    func schoolYear(_ sentence: SchoolYearSentence) -> String
    func report(_ sentence: ReportSentence) -> String
    var databaseFile: String { get }
}

extension Language {
    var catalogue: any Catalogue {
        switch self {
        case .ru: RussianCatalogue()
        case .en: EnglishCatalogue()
        }
    }
}
