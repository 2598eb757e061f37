import Foundation
internal import GRDB

/// What a teacher enters for one pupil at a lesson: attendance, marks, or both.
public struct LessonEntry: Sendable, Equatable {
    public var studentId: Int64
    public var attendance: AttendanceStatus?
    public var marks: [(value: MarkValue, work: WorkKind)]

    public init(studentId: Int64, attendance: AttendanceStatus? = nil, marks: [(value: MarkValue, work: WorkKind)] = []) {
        self.studentId = studentId
        self.attendance = attendance
        self.marks = marks
    }

    public static func == (lhs: LessonEntry, rhs: LessonEntry) -> Bool {
        lhs.studentId == rhs.studentId && lhs.attendance == rhs.attendance
            && lhs.marks.map(\.value) == rhs.marks.map(\.value) && lhs.marks.map(\.work) == rhs.marks.map(\.work)
    }
}

/// What a filled lesson wrote.
public struct LessonFill: Sendable, Equatable {
    public var attendance: [Attendance]
    public var marks: [Mark]
}

extension Journal {
    /// A whole lesson in one transaction (J-LESSON-1, J-ATT-1, J-MARK-1): the entries given and,
    /// with `othersPresent`, every other pupil of the roster present. The same rules as one entry
    /// at a time — the teacher's rights, the roster, grade 1 without marks, the deadlines — and one
    /// refusal refuses the whole lesson.
    public func fillLesson(_ caller: Caller, lessonId: Int64, entries: [LessonEntry], othersPresent: Bool) throws -> LessonFill {
        guard !entries.isEmpty || othersPresent else { throw JournalError.invalid(.student, .missing) }
        // An external mark needs its document (J-MARK-1): one at a time, with `mark add`.
        if entries.contains(where: { $0.marks.contains { $0.work == .external } }) { throw JournalError.invalid(.document, .missing) }
        return try write { db in
            let hasMarks = entries.contains { !$0.marks.isEmpty }
            let (lesson, clock) = try openForEntry(db, caller, lessonId, marksOrHomework: hasMarks)
            let roster = try lessonStudents(db, lesson)
            let checkingEnds = try WrittenWork.checkingEnds(db, lessonId: lessonId)
            for entry in entries where !roster.contains(entry.studentId) { try checkAttends(db, lesson, entry.studentId) }
            let scale = try markScale(db, subjectId: lesson.subjectId, settings: clock.settings)
            // «все» marks present those with nothing recorded yet: an absence already entered stays.
            let entered = try db.records(
                Attendance.self, "SELECT * FROM attendance WHERE lessonId = ? ORDER BY lessonId, studentId", [lessonId])
            var recorded = Dictionary(entered.map { ($0.studentId, $0) }, uniquingKeysWith: { $1 })
            let recordedBefore = Set(recorded.keys)
            var fill = LessonFill(attendance: [], marks: [])
            let named = Set(entries.map(\.studentId))
            func save(_ studentId: Int64, _ status: AttendanceStatus) throws {
                let saved = try saveAttendance(db, caller, lesson, clock, studentId: studentId, status: status, old: recorded[studentId])
                recorded[studentId] = saved
                fill.attendance.append(saved)
            }
            for entry in entries {
                if let status = entry.attendance { try save(entry.studentId, status) }
                for mark in entry.marks {
                    fill.marks.append(
                        try insertMark(
                            db, caller, lesson, clock, scale: scale, studentId: entry.studentId, value: mark.value, workKind: mark.work,
                            due: WrittenWork.due(mark.work, checkingEnds: checkingEnds), comment: nil, document: nil))
                }
            }
            if othersPresent {
                for studentId in roster
                where !recordedBefore.contains(studentId)
                    && (!named.contains(studentId) || entries.first(where: { $0.studentId == studentId })?.attendance == nil)
                {
                    try save(studentId, .present)
                }
            }
            return fill
        }
    }

    /// The pupils of a lesson, by name: whom a fill is for.
    public func lessonRoster(_ caller: Caller, lessonId: Int64) throws -> [(id: Int64, name: String)] {
        try read { db in
            let lesson = try fetchLesson(db, lessonId)
            try Access.checkCaller(caller, db)
            guard try JournalView(caller, classIds: [lesson.classId], db).mayView(lesson) else {
                throw JournalError.forbidden(.viewJournal)
            }
            let ids = try lessonStudents(db, lesson)
            let names = try Directory.names(db, personIds: ids)
            return ids.map { ($0, names[$0] ?? "") }.sorted { $0.1 < $1.1 }
        }
    }
}
