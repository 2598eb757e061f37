/// The core's own values, kept in a column as they have always been, for another module's
/// statements to bind and read (issue 25, part 1).
extension LocalDate: StoreValueConvertible {}
extension ClockTime: StoreValueConvertible {}
extension Role: StoreValueConvertible {}
extension Language: StoreValueConvertible {}
extension AccountState: StoreValueConvertible {}
extension LockReason: StoreValueConvertible {}
extension MarkValue: StoreValueConvertible {}
extension WorkKind: StoreValueConvertible {}
extension LessonKind: StoreValueConvertible {}
extension AttendanceStatus: StoreValueConvertible {}
extension AbsenceReason: StoreValueConvertible {}
extension PeriodKind: StoreValueConvertible {}
extension CalendarDayKind: StoreValueConvertible {}
extension AuditAction: StoreValueConvertible {}
extension AuditEntity: StoreValueConvertible {}
extension BreachState: StoreValueConvertible {}
extension AccessChoice: StoreValueConvertible {}
extension Sex: StoreValueConvertible {}
extension EnrolmentStart: StoreValueConvertible {}
extension EnrolmentEnd: StoreValueConvertible {}
