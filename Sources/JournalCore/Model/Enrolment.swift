internal import GRDB

/// A student's stay in one class, from the day they came to the day they left; the rows of a
/// student are their movement history (J-PEOPLE-2).
public struct Enrolment: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var studentId: Int64
    public var classId: Int64
    public var yearId: Int64
    public var startDate: LocalDate
    public var startKind: EnrolmentStart
    public var endDate: LocalDate?
    public var endKind: EnrolmentEnd?
    public var note: String?

    public init(
        id: Int64? = nil, studentId: Int64, classId: Int64, yearId: Int64, startDate: LocalDate,
        startKind: EnrolmentStart, endDate: LocalDate? = nil, endKind: EnrolmentEnd? = nil, note: String? = nil
    ) {
        self.id = id
        self.studentId = studentId
        self.classId = classId
        self.yearId = yearId
        self.startDate = startDate
        self.startKind = startKind
        self.endDate = endDate
        self.endKind = endKind
        self.note = note
    }

    public static let tableName = "enrolment"

}
