import Foundation
internal import GRDB

/// What kind of lesson it was (J-LESSON-1: practical, lab and test work, excursions).
public enum LessonKind: String, CaseIterable, Codable, Sendable {
    case regular, practical, lab, test, excursion
}

/// One lesson of a class or subgroup in a subject, on a day (J-LESSON-1).
public struct Lesson: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var classId: Int64
    public var subgroupId: Int64?
    public var subjectId: Int64
    public var teacherId: Int64
    public var date: LocalDate
    public var startTime: ClockTime
    public var endTime: ClockTime
    public var topic: String?
    public var kind: LessonKind
    public var homework: String?
    public var homeworkEnteredAt: Date?
    /// J-HW-1: entered after the class's lessons ended plus the grace time.
    public var homeworkLate: Bool
    public var cancelled: Bool
    public var room: String?
    /// The timetable line the lesson was generated from, nil for a one-off lesson.
    public var timetableEntryId: Int64?
    /// The one student of an individual lesson.
    public var studentId: Int64?

    public init(
        id: Int64? = nil, classId: Int64, subgroupId: Int64? = nil, studentId: Int64? = nil, subjectId: Int64, teacherId: Int64,
        date: LocalDate,
        startTime: ClockTime, endTime: ClockTime, topic: String? = nil, kind: LessonKind = .regular
    ) {
        self.id = id
        self.classId = classId
        self.subgroupId = subgroupId
        self.subjectId = subjectId
        self.teacherId = teacherId
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.topic = topic
        self.kind = kind
        self.homework = nil
        self.homeworkEnteredAt = nil
        self.homeworkLate = false
        self.cancelled = false
        self.room = nil
        self.timetableEntryId = nil
        self.studentId = studentId
    }

    public static let tableName = "lesson"

}
