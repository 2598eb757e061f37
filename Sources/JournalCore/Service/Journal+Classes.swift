internal import GRDB

/// A class with what a list of classes shows.
public struct ClassRow: Sendable {
    public var schoolClass: SchoolClass
    public var classTeacherName: String?
    public var studentCount: Int

    /// A row of `classes`: the class's columns, its class teacher's name and its pupils' count.
    init(_ row: StoreRow) throws {
        schoolClass = try row.record()
        classTeacherName = try row["classTeacherName"]
        studentCount = try row["studentCount"]
    }
}

extension Journal {
    public func classes(_ caller: Caller, yearId: Int64) throws -> [ClassRow] {
        try read { db in
            try checkYearAccess(.viewStructure, caller, yearId, db)
            return try db.rows(
                """
                SELECT c.*, p.fullName AS classTeacherName,
                       (SELECT COUNT(*) FROM enrolment e WHERE e.classId = c.id AND e.endDate IS NULL) AS studentCount
                FROM schoolClass c LEFT JOIN person p ON p.id = c.classTeacherId
                WHERE c.yearId = ? ORDER BY c.gradeLevel, c.letter
                """, [yearId]
            ).map(ClassRow.init)
        }
    }

    /// Finds a class by the name people use (`5А`, `5 а`, `11Б`) in a year.
    public func findClass(_ caller: Caller, named name: String, yearId: Int64) throws -> SchoolClass {
        guard let (grade, letter) = ClassName.parse(name) else { throw JournalError.invalid(.schoolClass, .badFormat) }
        return try read { db in
            // Class names are no secret: anyone of the organization may name one.
            guard try db.record(AcademicYear.self, id: yearId)?.organizationId == caller.organizationId else {
                throw JournalError.invalid(.schoolClass, .unknown(name))
            }
            guard
                let found = try db.record(
                    SchoolClass.self, "SELECT * FROM schoolClass WHERE yearId = ? AND gradeLevel = ? AND letter = ? LIMIT 1",
                    [yearId, grade, letter])
            else { throw JournalError.invalid(.schoolClass, .unknown(name)) }
            return found
        }
    }

    public func schoolClass(_ caller: Caller, id: Int64) throws -> SchoolClass {
        try read { db in try fetchClass(db, caller, id, .viewStructure) }
    }

    /// Opens a class (J-CLASS-1); its class teacher must be staff of the organization.
    public func createClass(_ caller: Caller, yearId: Int64, gradeLevel: Int, letter: String, classTeacherId: Int64?) throws -> SchoolClass
    {
        guard (1...11).contains(gradeLevel) else { throw JournalError.invalid(.gradeLevel, .outOfRange(min: 1, max: 11)) }
        let letter = try ClassName.normalizedLetter(letter)
        return try write { db in
            try checkYearAccess(.manageClasses, caller, yearId, db)
            if try db.value(
                Int.self, "SELECT COUNT(*) FROM schoolClass WHERE yearId = ? AND gradeLevel = ? AND letter = ?",
                [yearId, gradeLevel, letter]) ?? 0 > 0
            {
                throw JournalError.invalid(.schoolClass, .alreadyExists("\(gradeLevel)\(letter)"))
            }
            var schoolClass = SchoolClass(yearId: yearId, gradeLevel: gradeLevel, letter: letter)
            try db.insert(&schoolClass)
            if let classTeacherId {
                try assignClassTeacher(db, caller, &schoolClass, classTeacherId)
            }
            return schoolClass
        }
    }

    /// Names the class teacher of a class, or removes it with nil.
    public func setClassTeacher(_ caller: Caller, classId: Int64, teacherId: Int64?) throws -> SchoolClass {
        try write { db in
            var schoolClass = try fetchClass(db, caller, classId, .manageClasses)
            if let teacherId {
                try assignClassTeacher(db, caller, &schoolClass, teacherId)
            } else {
                schoolClass.classTeacherId = nil
                try db.update(schoolClass)
            }
            return schoolClass
        }
    }

    /// A class teacher must be staff of the class's organization; they get the class-teacher role.
    func assignClassTeacher(_ db: StoreTransaction, _ caller: Caller, _ schoolClass: inout SchoolClass, _ teacherId: Int64) throws {
        try requireStaff(db, teacherId, organizationId: caller.organizationId, field: .classTeacher)
        schoolClass.classTeacherId = teacherId
        try db.update(schoolClass)
        try db.execute("INSERT INTO personRole (personId, role) VALUES (?, ?) ON CONFLICT DO NOTHING", [teacherId, Role.classTeacher])
    }

    func fetchClass(_ db: StoreTransaction, _ caller: Caller, _ classId: Int64, _ operation: Operation) throws -> SchoolClass {
        guard let schoolClass = try db.record(SchoolClass.self, id: classId),
            let year = try db.record(AcademicYear.self, id: schoolClass.yearId)
        else { throw JournalError.invalid(.schoolClass, .unknown(String(classId))) }
        try Access.check(operation, caller: caller, organizationId: year.organizationId, classId: classId, db)
        if !operation.onlyReads { try requireOpenYear(db, year) }
        return schoolClass
    }

    // MARK: Subgroups

    public func subgroups(_ caller: Caller, classId: Int64) throws -> [Subgroup] {
        try read { db in
            _ = try fetchClass(db, caller, classId, .viewStructure)
            return try db.records(Subgroup.self, "SELECT * FROM subgroup WHERE classId = ? ORDER BY name", [classId])
        }
    }

    public func createSubgroup(_ caller: Caller, classId: Int64, subjectId: Int64?, name: String) throws -> Subgroup {
        let name = try Validate.text(name, .name, max: 60)
        return try write { db in
            _ = try fetchClass(db, caller, classId, .manageClasses)
            if let subjectId { _ = try fetchSubject(db, caller, subjectId) }
            if try db.value(Int.self, "SELECT COUNT(*) FROM subgroup WHERE classId = ? AND name = ?", [classId, name]) ?? 0 > 0 {
                throw JournalError.invalid(.subgroup, .alreadyExists(name))
            }
            var subgroup = Subgroup(classId: classId, subjectId: subjectId, name: name)
            try db.insert(&subgroup)
            return subgroup
        }
    }

    public func findSubgroup(_ caller: Caller, classId: Int64, named name: String) throws -> Subgroup {
        try read { db in
            _ = try fetchClass(db, caller, classId, .viewStructure)
            guard
                let found = try db.record(
                    Subgroup.self, "SELECT * FROM subgroup WHERE classId = ? AND name = ? LIMIT 1",
                    [classId, name.trimmingCharacters(in: .whitespaces)])
            else { throw JournalError.invalid(.subgroup, .unknown(name)) }
            return found
        }
    }

    /// Puts a student of the class into one of its subgroups.
    public func addToSubgroup(_ caller: Caller, subgroupId: Int64, studentId: Int64) throws {
        try write { db in
            guard let subgroup = try db.record(Subgroup.self, id: subgroupId) else {
                throw JournalError.invalid(.subgroup, .unknown(String(subgroupId)))
            }
            _ = try fetchClass(db, caller, subgroup.classId, .manageClasses)
            guard try currentEnrolment(db, studentId: studentId)?.classId == subgroup.classId else {
                throw JournalError.invalid(.student, .notInClass)
            }
            try db.execute(
                "INSERT INTO subgroupMember (subgroupId, studentId) VALUES (?, ?) ON CONFLICT DO NOTHING", [subgroupId, studentId])
        }
    }

    public func subgroupMembers(_ caller: Caller, subgroupId: Int64) throws -> [Person] {
        try read { db in
            guard let subgroup = try db.record(Subgroup.self, id: subgroupId) else {
                throw JournalError.invalid(.subgroup, .unknown(String(subgroupId)))
            }
            _ = try fetchClass(db, caller, subgroup.classId, .viewStructure)
            return try db.records(
                Person.self,
                """
                SELECT p.* FROM person p JOIN subgroupMember m ON m.studentId = p.id
                WHERE m.subgroupId = ? ORDER BY p.fullName
                """, [subgroupId])
        }
    }
}

/// Class names as people write them: a grade and a letter, `5А`, `5 а`, `10-Б`.
public enum ClassName {
    public static func parse(_ text: String) -> (Int, String)? {
        let compact = text.filter { !$0.isWhitespace && $0 != "-" }
        let digits = compact.prefix(while: \.isNumber)
        guard let grade = Int(digits), (1...11).contains(grade) else { return nil }
        let rest = String(compact.dropFirst(digits.count))
        guard let letter = try? normalizedLetter(rest) else { return nil }
        return (grade, letter)
    }

    /// Upper-cases the letter; a single Latin letter typed on an English keyboard is transliterated (B → Б).
    public static func normalizedLetter(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard !trimmed.isEmpty else { throw JournalError.invalid(.letter, .missing) }
        guard trimmed.count <= 8, trimmed.allSatisfy(\.isLetter) else { throw JournalError.invalid(.letter, .badFormat) }
        let transliterated: [Character: Character] = ["A": "А", "B": "Б", "V": "В", "G": "Г", "D": "Д", "E": "Е"]
        if trimmed.count == 1, let latin = trimmed.first, let cyrillic = transliterated[latin] { return String(cyrillic) }
        return trimmed
    }
}
