internal import GRDB

extension Journal {
    /// The students in a class now, by name.
    public func students(_ caller: Caller, classId: Int64) throws -> [PersonRow] {
        try read { db in
            _ = try fetchClass(db, caller, classId, .viewStructure)
            return try personRows(db, organizationId: caller.organizationId, personIds: try ClassMembers.students(db, classId: classId))
        }
    }

    /// Enrols a new student in a class (J-PEOPLE-1, J-PEOPLE-2): full name, date of birth and
    /// sex; an account is created with no credentials issued yet.
    public func createStudent(
        _ caller: Caller, classId: Int64, fullName: String, birthDate: LocalDate, sex: Sex, date: LocalDate? = nil
    ) throws -> PersonRow {
        let name = try Validate.fullName(fullName)
        return try write { db in
            let schoolClass = try fetchClass(db, caller, classId, .manageStudents)
            let birthDate = try checkBirthDate(db, birthDate, caller)
            let id = try insertStudent(db, caller, schoolClass, fullName: name, birthDate: birthDate, sex: sex, date: date)
            return try personRows(db, organizationId: caller.organizationId, personIds: [id])[0]
        }
    }

    /// The new pupil's person, role, account and enrolment; the caller checked the values and rights.
    func insertStudent(
        _ db: StoreTransaction, _ caller: Caller, _ schoolClass: SchoolClass, fullName: String, birthDate: LocalDate, sex: Sex,
        date: LocalDate?
    ) throws -> Int64 {
        var person = Person(organizationId: caller.organizationId, fullName: fullName, birthDate: birthDate, sex: sex)
        try db.insert(&person)
        try db.insert(PersonRole(personId: person.savedId, role: .student))
        _ = try insertAccount(db, person: person)
        try startEnrolment(db, caller, studentId: person.savedId, schoolClass, date: date, kind: .enrolment, note: nil)
        return try person.savedId
    }

    // MARK: Guardians

    public func guardians(_ caller: Caller, studentId: Int64) throws -> [PersonRow] {
        try read { db in
            try Access.checkView(person: studentId, caller: caller, db)
            let ids = try db.values(Int64.self, "SELECT guardianId FROM guardianship WHERE studentId = ?", [studentId])
            return try personRows(db, organizationId: caller.organizationId, personIds: ids)
        }
    }

    public func children(_ caller: Caller, guardianId: Int64) throws -> [PersonRow] {
        try read { db in
            try Access.checkView(person: guardianId, caller: caller, db)
            let ids = try db.values(Int64.self, "SELECT studentId FROM guardianship WHERE guardianId = ?", [guardianId])
            return try personRows(db, organizationId: caller.organizationId, personIds: ids)
        }
    }

    /// Records a guardian of a student (J-PEOPLE-1: full name and e-mail; credentials follow).
    /// A guardian of a pupil; the e-mail is required unless the family declined electronic access
    /// (J-PD-1): then the class teacher prints the week for them instead.
    public func createGuardian(_ caller: Caller, studentId: Int64, fullName: String, email: String?, phone: String?) throws -> PersonRow {
        let name = try Validate.fullName(fullName)
        let email = try Validate.email(email)
        let phone = try Validate.phone(phone)
        return try write { db in
            try requireStudent(db, studentId, caller)
            try checkFamilyAccess(db, caller, studentId, .manageGuardians)
            if email == nil,
                try db.record(FamilyConsent.self, "SELECT * FROM familyConsent WHERE studentId = ?", [studentId])?.access != .declined
            {
                throw JournalError.invalid(.email, .missing)
            }
            let id = try insertGuardian(db, caller, studentId: studentId, fullName: name, email: email, phone: phone)
            return try personRows(db, organizationId: caller.organizationId, personIds: [id])[0]
        }
    }

    /// The new guardian's person, role, link to the child and account; the caller checked the rest.
    func insertGuardian(_ db: StoreTransaction, _ caller: Caller, studentId: Int64, fullName: String, email: String?, phone: String?)
        throws -> Int64
    {
        var person = Person(organizationId: caller.organizationId, fullName: fullName, email: email, phone: phone)
        try db.insert(&person)
        try db.insert(PersonRole(personId: person.savedId, role: .guardian))
        try db.insert(Guardianship(guardianId: person.savedId, studentId: studentId))
        _ = try insertAccount(db, person: person)
        return try person.savedId
    }

    /// Links an existing guardian to one more child (brothers and sisters).
    public func linkGuardian(_ caller: Caller, guardianId: Int64, studentId: Int64) throws {
        try write { db in
            try requireStudent(db, studentId, caller)
            guard try roles(db, guardianId).contains(.guardian) else { throw JournalError.invalid(.guardian, .notAllowedRole) }
            try checkFamilyAccess(db, caller, studentId, .manageGuardians)
            try db.execute(
                "INSERT INTO guardianship (guardianId, studentId) VALUES (?, ?) ON CONFLICT DO NOTHING", [guardianId, studentId])
        }
    }

    func requireStudent(_ db: StoreTransaction, _ personId: Int64, _ caller: Caller) throws {
        guard let person = try db.record(Person.self, id: personId), person.organizationId == caller.organizationId else {
            throw JournalError.invalid(.student, .unknown(String(personId)))
        }
        guard try roles(db, personId).contains(.student) else { throw JournalError.invalid(.student, .notStudent) }
    }
}
