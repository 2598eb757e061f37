internal import GRDB

/// A teaching assignment with the names a list shows.
public struct AssignmentRow: Sendable, Equatable {
    public var assignment: Assignment
    public var teacherName: String
    public var subjectName: String
    public var className: String
    public var subgroupName: String?
    /// The student of an individual assignment.
    public var studentName: String?
}

extension Journal {
    /// The organization's subjects; their names are no secret to anyone of it.
    public func subjects(_ caller: Caller) throws -> [Subject] {
        try read { db in
            try Access.checkCaller(caller, db)
            return try db.records(Subject.self, "SELECT * FROM subject WHERE organizationId = ? ORDER BY name", [caller.organizationId])
        }
    }

    /// A subject of the school; `passFail` for one taught without marks (J-MARK-1).
    public func createSubject(_ caller: Caller, name: String, passFail: Bool = false) throws -> Subject {
        let name = try Validate.text(name, .name, max: 100)
        return try write { db in
            try Access.check(.manageSubjects, caller: caller, organizationId: caller.organizationId, db)
            let existing = try db.records(
                Subject.self, "SELECT * FROM subject WHERE organizationId = ? ORDER BY id", [caller.organizationId])
            if existing.contains(where: { Self.searchKey($0.name) == Self.searchKey(name) }) {
                throw JournalError.invalid(.subject, .alreadyExists(name))
            }
            var subject = Subject(organizationId: caller.organizationId, name: name, passFail: passFail)
            try db.insert(&subject)
            return subject
        }
    }

    /// Finds a subject by its name or the start of it (`матем` finds «Математика»).
    public func findSubject(_ caller: Caller, named name: String) throws -> Subject {
        let key = Self.searchKey(try Validate.text(name, .subject, max: 100))
        let all = try subjects(caller)
        if let exact = all.first(where: { Self.searchKey($0.name) == key }) { return exact }
        let matches = all.filter { Self.searchKey($0.name).hasPrefix(key) }
        guard let first = matches.first else { throw JournalError.invalid(.subject, .unknown(name)) }
        guard matches.count == 1 else { throw JournalError.invalid(.subject, .ambiguous(matches.map(\.name))) }
        return first
    }

    func fetchSubject(_ db: StoreTransaction, _ caller: Caller, _ subjectId: Int64) throws -> Subject {
        guard let subject = try db.record(Subject.self, id: subjectId), subject.organizationId == caller.organizationId else {
            throw JournalError.invalid(.subject, .unknown(String(subjectId)))
        }
        return subject
    }

    // MARK: Assignments

    /// Who teaches what, for a class, a teacher, or the whole year.
    public func assignments(_ caller: Caller, yearId: Int64, classId: Int64? = nil, teacherId: Int64? = nil) throws -> [AssignmentRow] {
        try read { db in
            try checkYearAccess(.viewStructure, caller, yearId, db)
            var query = StoreQuery(
                """
                SELECT a.*, p.fullName AS teacherName, s.name AS subjectName,
                       c.gradeLevel || c.letter AS className, g.name AS subgroupName, st.fullName AS studentName
                FROM assignment a JOIN person p ON p.id = a.teacherId JOIN subject s ON s.id = a.subjectId
                JOIN schoolClass c ON c.id = a.classId LEFT JOIN subgroup g ON g.id = a.subgroupId
                LEFT JOIN person st ON st.id = a.studentId
                WHERE c.yearId = ?
                """, [yearId])
            query.and("a.classId = ?", classId)
            query.and("a.teacherId = ?", teacherId)
            return try db.rows(query.then("ORDER BY c.gradeLevel, c.letter, s.name, g.name"), query.arguments).map {
                AssignmentRow(
                    assignment: try $0.record(), teacherName: try $0["teacherName"], subjectName: try $0["subjectName"],
                    className: try $0["className"], subgroupName: try $0["subgroupName"], studentName: try $0["studentName"])
            }
        }
    }

    /// Assigns a teacher a subject in a class or one of its subgroups; the teacher gets the
    /// subject-teacher role.
    /// With `studentId`, the assignment teaches one student of the class on an individual curriculum.
    public func assign(
        _ caller: Caller, teacherId: Int64, subjectId: Int64, classId: Int64, subgroupId: Int64?, studentId: Int64? = nil
    ) throws -> Assignment {
        try write { db in
            _ = try fetchClass(db, caller, classId, .manageAssignments)
            try requireStaff(db, teacherId, organizationId: caller.organizationId, field: .teacher)
            let subject = try fetchSubject(db, caller, subjectId)
            if let subgroupId {
                guard try db.record(Subgroup.self, id: subgroupId)?.classId == classId else {
                    throw JournalError.invalid(.subgroup, .notInClass)
                }
            }
            if let studentId {
                if subgroupId != nil { throw JournalError.invalid(.student, .notAllowedRole) }
                guard try currentEnrolment(db, studentId: studentId)?.classId == classId else {
                    throw JournalError.invalid(.student, .notInClass)
                }
            }
            // A nil subgroup or student is matched by IS NULL, as the query interface wrote it.
            var sql = "SELECT COUNT(*) FROM assignment WHERE teacherId = ? AND subjectId = ? AND classId = ?"
            var arguments: StoreArguments = [teacherId, subjectId, classId]
            if let subgroupId {
                sql += " AND subgroupId = ?"
                arguments.append(subgroupId)
            } else {
                sql += " AND subgroupId IS NULL"
            }
            if let studentId {
                sql += " AND studentId = ?"
                arguments.append(studentId)
            } else {
                sql += " AND studentId IS NULL"
            }
            let duplicate = try db.value(Int.self, sql, arguments) ?? 0
            if duplicate > 0 { throw JournalError.invalid(.subject, .alreadyExists(subject.name)) }
            var assignment = Assignment(
                teacherId: teacherId, subjectId: subjectId, classId: classId, subgroupId: subgroupId, studentId: studentId)
            try db.insert(&assignment)
            try db.execute(
                "INSERT INTO personRole (personId, role) VALUES (?, ?) ON CONFLICT DO NOTHING", [teacherId, Role.subjectTeacher])
            return assignment
        }
    }

    public func unassign(_ caller: Caller, assignmentId: Int64) throws {
        try write { db in
            _ = try db.delete(fetchAssignment(db, caller, assignmentId, .manageAssignments))
        }
    }

    /// An assignment, once the caller's right to `operation` in its class is checked.
    func fetchAssignment(_ db: StoreTransaction, _ caller: Caller, _ assignmentId: Int64, _ operation: Operation) throws -> Assignment {
        guard let assignment = try db.record(Assignment.self, id: assignmentId) else {
            throw JournalError.invalid(.subject, .unknown(String(assignmentId)))
        }
        _ = try fetchClass(db, caller, assignment.classId, operation)
        return assignment
    }
}
