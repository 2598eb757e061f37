internal import GRDB

/// One lesson of a student's diary (ЭД): what the teacher entered appears here at once (J-DIARY-1).
public struct DiaryLine: Sendable, Equatable {
    public var lesson: Lesson
    public var subjectName: String
    public var marks: [MarkValue]
    public var attendance: AttendanceStatus?
    /// What the teacher wrote to these marks.
    public var comments: [String] = []
}

extension Journal {
    /// A student's lessons from `from` to `to` with topics, homework, their marks and absences;
    /// for the student, their guardians, and staff who may see the class (J-ACL-2, J-ACL-3).
    public func diary(_ caller: Caller, studentId: Int64, from: LocalDate, to: LocalDate) throws -> [DiaryLine] {
        try Validate.range(from, to)
        return try read { db in
            try Access.checkView(person: studentId, caller: caller, db)
            guard try JournalAccess.mayViewStudent(caller, studentId, db) else { throw JournalError.forbidden(.viewJournal) }
            let lessons = try diaryLessons(db, studentId: studentId, from: from, to: to)
            let view = try JournalView(caller, classIds: Set(lessons.map(\.lesson.classId)), db)
            return try diaryLines(db, studentId: studentId, lessons: lessons.filter { view.mayView($0.lesson) })
        }
    }

    /// A student's week for the weekly digest and the paper report (J-DIARY-2): the whole diary,
    /// read by the service itself for a guardian it writes to or the class teacher it prints for.
    public func weekOfStudent(studentId: Int64, from: LocalDate, to: LocalDate) throws -> [DiaryLine] {
        try Validate.range(from, to)
        return try read { db in
            try diaryLines(db, studentId: studentId, lessons: try diaryLessons(db, studentId: studentId, from: from, to: to))
        }
    }

    private func diaryLessons(_ db: StoreTransaction, studentId: Int64, from: LocalDate, to: LocalDate) throws -> [(
        lesson: Lesson, subject: String
    )] {
        try db.rows(
            """
            SELECT l.*, s.name AS subjectName FROM lesson l JOIN subject s ON s.id = l.subjectId
            JOIN enrolment e ON e.classId = l.classId AND e.studentId = ? AND e.startDate <= l.date AND (e.endDate IS NULL OR e.endDate >= l.date)
            WHERE l.date BETWEEN ? AND ? AND l.cancelled = 0
              AND (l.subgroupId IS NULL OR l.subgroupId IN (SELECT subgroupId FROM subgroupMember WHERE studentId = ?))
              AND (l.studentId IS NULL OR l.studentId = e.studentId)
            ORDER BY l.date, l.startTime
            """, [studentId, from, to, studentId]
        ).map { row in (lesson: try row.record(Lesson.self), subject: try row["subjectName"] as String) }
    }

    /// The lines of these lessons: the marks and absences of the whole span in one query each (issue 10, part 6).
    private func diaryLines(_ db: StoreTransaction, studentId: Int64, lessons shown: [(lesson: Lesson, subject: String)]) throws
        -> [DiaryLine]
    {
        let ids = shown.compactMap(\.lesson.id)
        let arguments: StoreArguments = [studentId] + ids
        let marks = Dictionary(
            grouping: try db.rows(
                """
                SELECT lessonId, value, comment FROM mark WHERE studentId = ? AND voidedAt IS NULL
                AND lessonId IN (\(StoreTransaction.placeholders(ids.count))) ORDER BY id
                """, arguments
            ).map { row in
                (lessonId: try row["lessonId"] as Int64, value: try row["value"] as MarkValue, comment: try row["comment"] as String?)
            },
            by: \.lessonId)
        let attendance = Dictionary(
            try db.rows(
                "SELECT lessonId, status FROM attendance WHERE studentId = ? AND lessonId IN (\(StoreTransaction.placeholders(ids.count)))",
                arguments
            ).map { row in (try row["lessonId"] as Int64, try row["status"] as AttendanceStatus) }
        ) { first, _ in first }
        return shown.map { lesson, subject in
            let own = lesson.id.flatMap { marks[$0] } ?? []
            return DiaryLine(
                lesson: lesson, subjectName: subject, marks: own.map(\.value), attendance: lesson.id.flatMap { attendance[$0] },
                comments: own.compactMap(\.comment))
        }
    }

    /// The children a guardian may look at, or the student themselves.
    public func diaryStudents(_ caller: Caller) throws -> [PersonRow] {
        try read { db in
            var ids = try db.values(Int64.self, "SELECT studentId FROM guardianship WHERE guardianId = ?", [caller.personId])
            if caller.has(.student) { ids.append(caller.personId) }
            return try personRows(db, organizationId: caller.organizationId, personIds: ids)
        }
    }
}
