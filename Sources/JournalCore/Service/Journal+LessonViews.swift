internal import GRDB

/// A lesson with the names a list shows and what is still missing in it.
public struct LessonRow: Sendable, Equatable {
    public var lesson: Lesson
    public var className: String
    public var subjectName: String
    public var subgroupName: String?
    public var teacherName: String
    public var markCount: Int
    public var attendanceCount: Int
    public var studentCount: Int
}

extension Journal {
    /// The lessons of a day: a class's (to whoever may see its journal), or else the caller's own —
    /// their own and those they substitute for on that day (J-SUB-1).
    public func lessons(_ caller: Caller, on date: LocalDate? = nil, classId: Int64? = nil) throws -> [LessonRow] {
        try read { db in
            let day = try date ?? today(db, organizationId: caller.organizationId)
            var condition = "l.date = ?1"
            var arguments: StoreArguments = [day]
            if let classId {
                condition += " AND l.classId = ?2"
                arguments.append(classId)
            } else {
                condition += """
                     AND (l.teacherId = ?2 OR EXISTS (SELECT 1 FROM substitution s WHERE s.substituteId = ?2
                          AND s.absentTeacherId = l.teacherId AND l.date BETWEEN s.fromDate AND s.toDate
                          AND (s.classId IS NULL OR s.classId = l.classId)))
                    """
                arguments.append(caller.personId)
            }
            return try lessonRows(db, caller, where: condition, arguments)
        }
    }

    /// One lesson as a day's list shows it, for the head of its sheet (`lesson show`).
    public func lessonRow(_ caller: Caller, lessonId: Int64) throws -> LessonRow {
        try read { db in
            let lesson = try fetchLesson(db, lessonId)
            try JournalAccess.checkView(caller, lesson, db)
            guard let row = try lessonRows(db, caller, where: "l.id = ?1", [lessonId]).first else {
                throw JournalError.forbidden(.viewJournal)
            }
            return row
        }
    }

    /// The lessons that meet `condition` (on `lesson l`) and that the caller may see, with their
    /// class, subject, teacher and counts.
    private func lessonRows(_ db: StoreTransaction, _ caller: Caller, where condition: String, _ arguments: StoreArguments) throws
        -> [LessonRow]
    {
        let sql = """
            SELECT l.*, c.gradeLevel || c.letter AS className, s.name AS subjectName, g.name AS subgroupName,
                   p.fullName AS teacherName,
                   (SELECT COUNT(*) FROM mark m WHERE m.lessonId = l.id AND m.voidedAt IS NULL) AS markCount,
                   (SELECT COUNT(*) FROM attendance a WHERE a.lessonId = l.id) AS attendanceCount
            FROM lesson l JOIN schoolClass c ON c.id = l.classId JOIN subject s ON s.id = l.subjectId
            JOIN person p ON p.id = l.teacherId LEFT JOIN subgroup g ON g.id = l.subgroupId
            WHERE \(condition) ORDER BY l.startTime
            """
        return try db.rows(sql, arguments).compactMap { row in
            let lesson: Lesson = try row.record()
            guard (try? JournalAccess.checkView(caller, lesson, db)) != nil else { return nil }
            return LessonRow(
                lesson: lesson, className: try row["className"], subjectName: try row["subjectName"],
                subgroupName: try row["subgroupName"], teacherName: try row["teacherName"], markCount: try row["markCount"],
                attendanceCount: try row["attendanceCount"], studentCount: try lessonStudents(db, lesson).count)
        }
    }

    /// The caller's own assignment for a class and subject (and subgroup), to add a lesson to.
    public func ownAssignment(_ caller: Caller, classId: Int64, subjectId: Int64, subgroupId: Int64?) throws -> Assignment {
        try read { db in
            // A subgroup that is none is the assignment of the whole class (`IS NULL`, as `== nil` was).
            var arguments: StoreArguments = [caller.personId, classId, subjectId]
            if let subgroupId { arguments.append(subgroupId) }
            let found = try db.record(
                Assignment.self,
                """
                SELECT * FROM assignment WHERE teacherId = ? AND classId = ? AND subjectId = ?
                AND subgroupId \(subgroupId == nil ? "IS NULL" : "= ?") ORDER BY id LIMIT 1
                """, arguments)
            guard let found else { throw JournalError.forbidden(.editJournal) }
            return found
        }
    }

    /// The students of a lesson with their attendance and marks, as far as the caller may see them.
    public func lessonSheet(_ caller: Caller, lessonId: Int64) throws -> [(student: Person, attendance: Attendance?, marks: [Mark])] {
        try read { db in
            let lesson = try fetchLesson(db, lessonId)
            try JournalAccess.checkView(caller, lesson, db)
            let marks = try db.records(Mark.self, "SELECT * FROM mark WHERE voidedAt IS NULL AND lessonId = ? ORDER BY id", [lessonId])
            let attendance = try db.records(
                Attendance.self, "SELECT * FROM attendance WHERE lessonId = ? ORDER BY lessonId, studentId", [lessonId])
            return try lessonStudents(db, lesson).compactMap { studentId in
                guard try JournalAccess.mayViewStudent(caller, studentId, db),
                    let person = try db.record(Person.self, id: studentId)
                else { return nil }
                return (person, attendance.first { $0.studentId == studentId }, marks.filter { $0.studentId == studentId })
            }
        }
    }
}
