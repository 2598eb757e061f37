internal import GRDB

/// One line of a student's movement history (J-PEOPLE-2).
public struct MovementRow: Sendable, Equatable {
    public var enrolment: Enrolment
    public var className: String
    public var yearName: String
}

extension Journal {
    /// A student's classes over time, oldest first.
    public func movements(_ caller: Caller, studentId: Int64) throws -> [MovementRow] {
        try read { db in
            try Access.checkView(person: studentId, caller: caller, db)
            return try db.rows(
                """
                SELECT e.*, c.gradeLevel || c.letter AS className, y.name AS yearName
                FROM enrolment e JOIN schoolClass c ON c.id = e.classId JOIN academicYear y ON y.id = e.yearId
                WHERE e.studentId = ? ORDER BY e.startDate, e.id
                """, [studentId]
            ).map {
                MovementRow(enrolment: try $0.record(Enrolment.self), className: try $0["className"], yearName: try $0["yearName"])
            }
        }
    }

    /// Enrols a student who is in no class of that year (coming back, or from another school).
    public func enrol(_ caller: Caller, studentId: Int64, classId: Int64, date: LocalDate?, note: String?) throws {
        let note = try Validate.optionalText(note, .note)
        try write { db in
            try requireStudent(db, studentId, caller)
            let schoolClass = try fetchClass(db, caller, classId, .recordMovement)
            try startEnrolment(db, caller, studentId: studentId, schoolClass, date: date, kind: .enrolment, note: note)
        }
    }

    /// Moves a student to another class of the same year from `date` on.
    public func transfer(_ caller: Caller, studentId: Int64, toClassId: Int64, date: LocalDate?, note: String?) throws {
        let note = try Validate.optionalText(note, .note)
        try write { db in
            try requireStudent(db, studentId, caller)
            let target = try fetchClass(db, caller, toClassId, .recordMovement)
            try transferStudent(db, caller, studentId: studentId, to: target, date: date, note: note)
        }
    }

    /// Closes the student's enrolment in their class of the target's year and opens one in the
    /// target; they leave the old class's subgroups.
    func transferStudent(
        _ db: StoreTransaction, _ caller: Caller, studentId: Int64, to target: SchoolClass, date: LocalDate?, note: String?
    )
        throws
    {
        let closed = try endEnrolment(
            db, caller, studentId: studentId, yearId: target.yearId, date: date, kind: .transfer,
            note: note, unless: target.id)
        try db.execute(
            "DELETE FROM subgroupMember WHERE studentId = ? AND subgroupId IN (SELECT id FROM subgroup WHERE classId = ?)",
            [studentId, closed.classId])
        try startEnrolment(db, caller, studentId: studentId, target, date: closed.endDate, kind: .transfer, note: note)
    }

    /// Records that a student left the school on `date`.
    public func leave(_ caller: Caller, studentId: Int64, date: LocalDate?, note: String?) throws {
        let note = try Validate.optionalText(note, .note)
        try write { db in
            try requireStudent(db, studentId, caller)
            _ = try endEnrolment(db, caller, studentId: studentId, yearId: nil, date: date, kind: .leaving, note: note, unless: nil)
        }
    }

    /// Closes the student's open enrolment on `date` (today by default), checking the caller's
    /// right over the class they leave; refuses a move into the class they are in.
    private func endEnrolment(
        _ db: StoreTransaction, _ caller: Caller, studentId: Int64, yearId: Int64?, date: LocalDate?, kind: EnrolmentEnd,
        note: String?, unless sameClassId: Int64?
    ) throws -> Enrolment {
        guard var current = try currentEnrolment(db, studentId: studentId, yearId: yearId) else {
            throw JournalError.notEnrolled(student: try studentName(db, studentId))
        }
        if current.classId == sameClassId { throw JournalError.invalid(.schoolClass, .sameAsCurrent) }
        _ = try fetchClass(db, caller, current.classId, .recordMovement)
        let day = try date ?? today(db, organizationId: caller.organizationId)
        if day < current.startDate { throw JournalError.invalid(.date, .endBeforeStart) }
        current.endDate = day
        current.endKind = kind
        current.note = note ?? current.note
        try db.update(current)
        return current
    }

    func startEnrolment(
        _ db: StoreTransaction, _ caller: Caller, studentId: Int64, _ schoolClass: SchoolClass, date: LocalDate?,
        kind: EnrolmentStart, note: String?
    ) throws {
        guard let year = try db.record(AcademicYear.self, id: schoolClass.yearId) else { return }
        let day = try date ?? max(today(db, organizationId: caller.organizationId), year.startDate)
        guard year.contains(day) else { throw JournalError.invalid(.date, .outsideYear) }
        if let current = try currentEnrolment(db, studentId: studentId, yearId: year.savedId),
            let other = try db.record(SchoolClass.self, id: current.classId)
        {
            throw JournalError.alreadyEnrolled(student: try studentName(db, studentId), className: other.name)
        }
        var enrolment = try Enrolment(
            studentId: studentId, classId: schoolClass.savedId, yearId: year.savedId, startDate: day, startKind: kind, note: note)
        try db.insert(&enrolment)
    }

    /// The open enrolment of a student, in a given year or the latest one.
    func currentEnrolment(_ db: StoreTransaction, studentId: Int64, yearId: Int64? = nil) throws -> Enrolment? {
        if let yearId {
            return try db.record(
                Enrolment.self,
                "SELECT * FROM enrolment WHERE studentId = ? AND endDate IS NULL AND yearId = ? ORDER BY startDate DESC LIMIT 1",
                [studentId, yearId])
        }
        return try db.record(
            Enrolment.self, "SELECT * FROM enrolment WHERE studentId = ? AND endDate IS NULL ORDER BY startDate DESC LIMIT 1", [studentId])
    }

    private func studentName(_ db: StoreTransaction, _ studentId: Int64) throws -> String {
        try db.record(Person.self, id: studentId)?.fullName ?? String(studentId)
    }
}
