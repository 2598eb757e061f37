internal import GRDB

/// Who may see and fill which journal (J-ACL-1 … J-ACL-3).
enum JournalAccess {
    /// Roles that see every journal of their organization.
    static let overseers: Set<Role> = [.director, .deputyAcademic, .deputyUpbringing, .journalAdmin, .methodologist]

    /// J-ACL-1: only the lesson's own teacher fills it in, or the substitute the substitution
    /// log names for that day (J-SUB-1, J-ACL-2); for attendance, the class teacher too (J-ATT-1).
    static func checkEdit(_ caller: Caller, _ lesson: Lesson, _ db: StoreTransaction, classTeacherMay: Bool = false) throws {
        try Access.checkCaller(caller, db)
        try checkOrganization(caller, lesson, db, .editJournal)
        try ClosedYears.check(db, classId: lesson.classId)
        if lesson.teacherId == caller.personId { return }
        if classTeacherMay, try Access.isClassTeacher(caller, of: lesson.classId, db) { return }
        guard try isSubstitute(caller, for: lesson, db) else { throw JournalError.forbidden(.editJournal) }
    }

    static func isSubstitute(_ caller: Caller, for lesson: Lesson, _ db: StoreTransaction) throws -> Bool {
        try db.value(
            Int.self,
            """
            SELECT COUNT(*) FROM substitution
            WHERE absentTeacherId = ? AND substituteId = ? AND fromDate <= ? AND toDate >= ? AND (classId IS NULL OR classId = ?)
            """, [lesson.teacherId, caller.personId, lesson.date, lesson.date, lesson.classId]) ?? 0 > 0
    }

    /// J-ACL-2, J-ACL-3: overseers see everything; a teacher their own lessons and, as class
    /// teacher, every subject of their class; a student their class; a guardian their children's.
    static func checkView(_ caller: Caller, _ lesson: Lesson, _ db: StoreTransaction) throws {
        try Access.checkCaller(caller, db)
        try checkOrganization(caller, lesson, db, .viewJournal)
        if !caller.roles.isDisjoint(with: overseers) || lesson.teacherId == caller.personId { return }
        if try isSubstitute(caller, for: lesson, db) { return }
        if try Access.isClassTeacher(caller, of: lesson.classId, db) { return }
        let family = try db.values(
            Int64.self, "SELECT studentId FROM enrolment WHERE classId = ? AND startDate <= ? AND (endDate IS NULL OR endDate >= ?)",
            [lesson.classId, lesson.date, lesson.date])
        let own =
            try db.values(Int64.self, "SELECT studentId FROM guardianship WHERE guardianId = ?", [caller.personId])
            + [caller.personId]
        if !Set(family).isDisjoint(with: own) { return }
        throw JournalError.forbidden(.viewJournal)
    }

    /// Whether `caller` may see the records of `studentId` in lessons they can view: staff who
    /// can view the lesson see all of them; students and guardians only their own (J-ACL-3).
    static func mayViewStudent(_ caller: Caller, _ studentId: Int64, _ db: StoreTransaction) throws -> Bool {
        if caller.isStaff || caller.personId == studentId { return true }
        return try db.value(
            Int.self, "SELECT COUNT(*) FROM guardianship WHERE guardianId = ? AND studentId = ?", [caller.personId, studentId]) ?? 0 > 0
    }

    private static func checkOrganization(_ caller: Caller, _ lesson: Lesson, _ db: StoreTransaction, _ operation: Operation) throws {
        let organizationId = try db.value(
            Int64.self, "SELECT y.organizationId FROM schoolClass c JOIN academicYear y ON y.id = c.yearId WHERE c.id = ?", [lesson.classId]
        )
        guard organizationId == caller.organizationId else { throw JournalError.forbidden(operation) }
    }
}
