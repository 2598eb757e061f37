import Foundation
internal import GRDB

/// A student's mark for a reporting period, or for the year when `periodId` is nil (J-MARK-6).
public struct PeriodMark: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var studentId: Int64
    public var subjectId: Int64
    public var classId: Int64
    public var periodId: Int64?
    public var yearId: Int64
    public var value: MarkValue
    public var setBy: Int64
    public var setAt: Date

    public static let tableName = "periodMark"

}

/// The teacher's explanatory note to the director on which a deputy director changes a period
/// mark after its window: the six things seed 004 "Порядок" §1.5 lists (J-MARK-5).
public struct ExplanatoryNote: Codable, Sendable, Equatable {
    /// Фамилия и инициалы обращающегося преподавателя.
    public var teacherName: String
    /// Литера класса.
    public var classLetter: String
    /// Дата, на которую необходимо сделать изменения.
    public var date: LocalDate
    public var subject: String
    /// Перечисление изменений.
    public var changes: String
    /// Причины, приведшие к необходимости изменений.
    public var reasons: String

    public init(teacherName: String, classLetter: String, date: LocalDate, subject: String, changes: String, reasons: String) {
        self.teacherName = teacherName
        self.classLetter = classLetter
        self.date = date
        self.subject = subject
        self.changes = changes
        self.reasons = reasons
    }
}

/// A recorded change of a period mark with its note.
struct ExplanatoryNoteRecord: Codable, StoredRecord, IdentifiedRecord {
    var id: Int64?
    var periodMarkId: Int64
    var teacherName: String
    var classLetter: String
    var date: LocalDate
    var subject: String
    var changes: String
    var reasons: String
    /// The mark before; the new one again when the mark was missing (`missing`).
    var oldValue: MarkValue
    var newValue: MarkValue
    var changedBy: Int64
    var changedAt: Date
    /// The note set a mark that was missing after its window, rather than changing one.
    var missing = false

    static let tableName = "explanatoryNote"

}

/// A substitute filling a colleague's lessons for the logged days (J-SUB-1).
public struct Substitution: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var absentTeacherId: Int64
    public var substituteId: Int64
    public var fromDate: LocalDate
    public var toDate: LocalDate
    /// Only this class's lessons, or all of the absent teacher's when nil.
    public var classId: Int64?
    public var note: String?
    public var recordedBy: Int64
    public var recordedAt: Date

    public static let tableName = "substitution"

}
