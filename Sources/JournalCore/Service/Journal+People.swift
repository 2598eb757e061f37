internal import GRDB

/// A person with their roles and, for a student, the class they are in now.
public struct PersonRow: Sendable, Equatable {
    public var person: Person
    public var roles: [Role]
    public var className: String?
    public var login: String?
    public var identifier: Int64?
}

extension Journal {
    // MARK: Finding people

    /// Finds one person of the caller's organization by login, identifier or a part of the
    /// full name, optionally only among holders of `role`; an ambiguous name lists the candidates.
    /// With `inLesson` (or `inClass`), only the students who attend that lesson (are in that class) are looked at.
    public func findPerson(
        _ caller: Caller, _ query: String, role: Role? = nil, field: Field = .person, inLesson lessonId: Int64? = nil,
        inClass classId: Int64? = nil, staffOnly: Bool = false
    ) throws -> PersonRow {
        let found = try findPeople(caller, [query], role: role, field: field, inLesson: lessonId, inClass: classId, staffOnly: staffOnly)
        guard let person = found.first else { throw JournalError.invalid(field, .unknown(query)) }
        return person
    }

    /// `findPerson` for several names at once (a lesson's whole line), in one read: the person
    /// each name stands for, in their order; the first name not found or ambiguous is refused.
    public func findPeople(
        _ caller: Caller, _ queries: [String], role: Role? = nil, field: Field = .person, inLesson lessonId: Int64? = nil,
        inClass classId: Int64? = nil, staffOnly: Bool = false
    ) throws -> [PersonRow] {
        let queries = try queries.map { try Validate.text($0, field, max: 120) }
        return try read { db in
            // Students and guardians search only among themselves and their children (J-ACL-3),
            // so that not even an ambiguous match names anybody else.
            let visible: [Int64]? =
                caller.isStaff
                ? nil
                : [caller.personId]
                    + (try db.values(Int64.self, "SELECT studentId FROM guardianship WHERE guardianId = ?", [caller.personId]))
            var attending = try lessonId.map { try lessonStudents(db, try fetchLesson(db, $0)) }
            if let classId {
                attending = try ClassMembers.students(db, classId: classId)
            }
            let staff = staffOnly ? Set(try Directory.staff(db, organizationId: caller.organizationId).map(\.id)) : nil
            func allowed(_ id: Int64) -> Bool {
                (visible?.contains(id) ?? true) && (attending?.contains(id) ?? true) && (staff?.contains(id) ?? true)
            }
            return try queries.map { query in
                let found = try candidates(db, organizationId: caller.organizationId, role: role, query: query)
                var ids = found.matches.filter(allowed)
                // Without a lesson or class given, a class teacher's own class comes first.
                if ids.count > 1, attending == nil {
                    let own = Set(try ownClassStudents(db, caller))
                    if ids.contains(where: own.contains) { ids = ids.filter(own.contains) }
                }
                let matches = ids.isEmpty ? [] : try personRows(db, organizationId: caller.organizationId, personIds: ids)
                guard let first = matches.first else {
                    // A beginning of a surname is never taken for a person: it is offered to choose from.
                    let near = found.near.filter(allowed).prefix(5)
                    let offered = near.isEmpty ? [] : try personRows(db, organizationId: caller.organizationId, personIds: Array(near))
                    throw JournalError.invalid(field, offered.isEmpty ? .unknown(query) : .notFound(query, closest: offered.map(describe)))
                }
                guard matches.count == 1 else {
                    throw JournalError.invalid(field, .ambiguous(matches.prefix(8).map { describe($0) }))
                }
                try Access.checkView(person: first.person.savedId, caller: caller, db)
                return first
            }
        }
    }

    /// The people a typed name stands for: by login or identifier; else by surname (through the
    /// folded-name index) with the initials, first name or patronymic given after it; `near` are
    /// those whose surname only begins so, to offer.
    func candidates(
        _ db: StoreTransaction, organizationId: Int64, role: Role?, query: String
    ) throws -> (matches: [Int64], near: [Int64]) {
        let roleFilter = role.map { _ in " AND EXISTS (SELECT 1 FROM personRole r WHERE r.personId = p.id AND r.role = ?)" } ?? ""
        var byAccount: StoreArguments = [organizationId, query, Int64(query) ?? -1]
        if let role { byAccount.append(role) }
        let accounts = try db.values(
            Int64.self,
            """
            SELECT p.id FROM account a JOIN person p ON p.id = a.personId
            WHERE p.organizationId = ? AND (a.login = ? COLLATE NOCASE OR a.identifier = ?)
            """ + roleFilter, byAccount)
        if !accounts.isEmpty { return (accounts, []) }
        let surname = PersonName.surname(query)
        guard !surname.isEmpty else { return ([], []) }
        var arguments: StoreArguments = [organizationId, surname + " ", surname + "!", surname, surname + "\u{10FFFF}"]
        if let role { arguments.append(role) }
        let rows = try db.rows(
            """
            SELECT p.id, p.fullName, p.searchName FROM person p
            WHERE p.organizationId = ? AND ((p.searchName >= ? AND p.searchName < ?) OR (p.searchName >= ? AND p.searchName < ?))
            """ + roleFilter + " ORDER BY p.searchName", arguments)
        let matches = try rows.filter { PersonName.matches(query, fullName: try $0["fullName"]) }.map { try $0["id"] as Int64 }
        return (matches, matches.isEmpty ? try rows.map { try $0["id"] as Int64 } : [])
    }

    /// The students of the classes the caller leads as class teacher now.
    private func ownClassStudents(_ db: StoreTransaction, _ caller: Caller) throws -> [Int64] {
        try db.values(
            Int64.self,
            """
            SELECT e.studentId FROM enrolment e JOIN schoolClass c ON c.id = e.classId
            WHERE c.classTeacherId = ? AND e.endDate IS NULL
            """, [caller.personId])
    }

    /// A candidate as a list to choose from shows them: name, class, date of birth, login.
    private func describe(_ row: PersonRow) -> String {
        [row.person.fullName, row.className, row.person.birthDate?.dotted, row.login].compactMap { $0 }.joined(separator: ", ")
    }

    /// Lower case, `ё` as `е`, spaces folded: how names are compared.
    static func searchKey(_ text: String) -> String { PersonName.fold(text) }

    func personRows(_ db: StoreTransaction, organizationId: Int64, role: Role? = nil, personIds: [Int64]? = nil) throws -> [PersonRow] {
        var sql = """
            SELECT p.*, a.login, a.identifier,
                   (SELECT GROUP_CONCAT(r.role) FROM personRole r WHERE r.personId = p.id) AS roleList,
                   (SELECT c.gradeLevel || c.letter FROM enrolment e JOIN schoolClass c ON c.id = e.classId
                    WHERE e.studentId = p.id AND e.endDate IS NULL ORDER BY e.startDate DESC LIMIT 1) AS className
            FROM person p LEFT JOIN account a ON a.personId = p.id
            WHERE p.organizationId = ?
            """
        var arguments: StoreArguments = [organizationId]
        if let role {
            sql += " AND EXISTS (SELECT 1 FROM personRole r WHERE r.personId = p.id AND r.role = ?)"
            arguments.append(role)
        }
        if let personIds {
            sql += " AND p.id IN (\(StoreTransaction.placeholders(personIds.count)))"
            arguments += personIds as [any StoreValueConvertible]
        }
        sql += " ORDER BY p.fullName, p.id"
        return try db.rows(sql, arguments).map { row in
            let roleList: String = try row["roleList"] as String? ?? ""
            return PersonRow(
                person: try row.record(Person.self),
                roles: roleList.split(separator: ",").compactMap { Role(rawValue: String($0)) }.sorted { $0.rawValue < $1.rawValue },
                className: try row["className"], login: try row["login"], identifier: try row["identifier"])
        }
    }

    public func personRow(_ caller: Caller, id: Int64) throws -> PersonRow {
        try read { db in
            try Access.checkView(person: id, caller: caller, db)
            return try personRows(db, organizationId: caller.organizationId, personIds: [id])[0]
        }
    }

    func requireStaff(_ db: StoreTransaction, _ personId: Int64, organizationId: Int64, field: Field) throws {
        guard let person = try db.record(Person.self, id: personId) else { throw JournalError.invalid(field, .unknown(String(personId))) }
        guard person.organizationId == organizationId else { throw JournalError.invalid(field, .otherOrganization) }
        let roles = try roles(db, personId)
        guard roles.contains(where: \.isStaff) else { throw JournalError.invalid(field, .notStaff) }
    }

    func roles(_ db: StoreTransaction, _ personId: Int64) throws -> Set<Role> {
        Set(try db.values(Role.self, "SELECT role FROM personRole WHERE personId = ?", [personId]))
    }

    // MARK: Staff

    public func staff(_ caller: Caller) throws -> [PersonRow] {
        try read { db in
            try Access.check(.viewStructure, caller: caller, organizationId: caller.organizationId, db)
            return try personRows(db, organizationId: caller.organizationId).filter { $0.roles.contains(where: \.isStaff) }
        }
    }

    /// Adds a member of staff with their roles; their account is created with no credentials issued.
    public func createStaff(_ caller: Caller, fullName: String, roles: Set<Role>, email: String?, phone: String?) throws -> PersonRow {
        let name = try Validate.fullName(fullName)
        guard !roles.isEmpty else { throw JournalError.invalid(.roles, .missing) }
        guard roles.allSatisfy(\.isStaff) else { throw JournalError.invalid(.roles, .notAllowedRole) }
        let email = try Validate.email(email)
        let phone = try Validate.phone(phone)
        return try write { db in
            try Access.check(.manageStaff, caller: caller, organizationId: caller.organizationId, db)
            if roles.contains(.journalAdmin) && !caller.has(.journalAdmin) { throw JournalError.forbidden(.manageStaff) }
            var person = Person(organizationId: caller.organizationId, fullName: name, email: email, phone: phone)
            try db.insert(&person)
            for role in roles { try db.insert(PersonRole(personId: person.savedId, role: role)) }
            _ = try insertAccount(db, person: person)
            return try personRows(db, organizationId: caller.organizationId, personIds: [person.savedId])[0]
        }
    }

    /// Gives a member of staff one more role, or takes one away; the last journal
    /// administrator keeps theirs.
    public func setRole(_ caller: Caller, personId: Int64, role: Role, granted: Bool) throws -> PersonRow {
        guard role.isStaff else { throw JournalError.invalid(.role, .notAllowedRole) }
        return try write { db in
            try Access.check(.manageStaff, caller: caller, organizationId: caller.organizationId, db)
            if role == .journalAdmin && !caller.has(.journalAdmin) { throw JournalError.forbidden(.manageStaff) }
            try requireStaff(db, personId, organizationId: caller.organizationId, field: .staff)
            if granted {
                try db.execute("INSERT INTO personRole (personId, role) VALUES (?, ?) ON CONFLICT DO NOTHING", [personId, role])
            } else {
                if role == .journalAdmin {
                    let admins = try personRows(db, organizationId: caller.organizationId, role: .journalAdmin)
                    if admins.count == 1 && admins[0].person.id == personId {
                        throw JournalError.invalid(.role, .lastAdministrator)
                    }
                }
                let current = try roles(db, personId)
                if current == [role] { throw JournalError.invalid(.roles, .missing) }
                try db.delete(PersonRole(personId: personId, role: role))
            }
            return try personRows(db, organizationId: caller.organizationId, personIds: [personId])[0]
        }
    }

    /// Changes a person's details; what is nil stays as it was.
    public func updatePerson(
        _ caller: Caller, personId: Int64, fullName: String? = nil, birthDate: LocalDate? = nil,
        sex: Sex? = nil, email: String? = nil, phone: String? = nil
    ) throws -> PersonRow {
        let name = try fullName.map(Validate.fullName)
        let email = try email.map { try Validate.email($0) }
        let phone = try phone.map { try Validate.phone($0) }
        return try write { db in
            guard var person = try db.record(Person.self, id: personId), person.organizationId == caller.organizationId else {
                throw JournalError.invalid(.person, .unknown(String(personId)))
            }
            let roles = try roles(db, personId)
            if roles.contains(where: \.isStaff) {
                try Access.check(.manageStaff, caller: caller, organizationId: caller.organizationId, db)
            } else {
                try checkFamilyAccess(db, caller, personId, .manageStudents)
            }
            if let birthDate { person.birthDate = try checkBirthDate(db, birthDate, caller) }
            if let name { person.fullName = name }
            if let sex { person.sex = sex }
            if let email { person.email = email }
            if let phone { person.phone = phone }
            try db.update(person)
            return try personRows(db, organizationId: caller.organizationId, personIds: [personId])[0]
        }
    }

    /// A student's or guardian's record may be changed organization-wide by the administration,
    /// or by the class teacher of the student's class (of a guardian's child's class).
    func checkFamilyAccess(_ db: StoreTransaction, _ caller: Caller, _ personId: Int64, _ operation: Operation) throws {
        let classIds = try familyClassIds(db, personId)
        if classIds.isEmpty {
            try Access.check(operation, caller: caller, organizationId: caller.organizationId, db)
            return
        }
        var lastError: Error = JournalError.forbidden(operation)
        for classId in classIds {
            do {
                try Access.check(operation, caller: caller, organizationId: caller.organizationId, classId: classId, db)
                return
            } catch { lastError = error }
        }
        throw lastError
    }

    /// The current classes of a student, or of a guardian's children.
    func familyClassIds(_ db: StoreTransaction, _ personId: Int64) throws -> [Int64] {
        try db.values(
            Int64.self,
            """
            SELECT e.classId FROM enrolment e
            WHERE e.endDate IS NULL AND (e.studentId = ?
               OR e.studentId IN (SELECT g.studentId FROM guardianship g WHERE g.guardianId = ?))
            """, [personId, personId])
    }

    func checkBirthDate(_ db: StoreTransaction, _ date: LocalDate, _ caller: Caller) throws -> LocalDate {
        let today = try today(db, organizationId: caller.organizationId)
        if date >= today { throw JournalError.invalid(.birthDate, .inFuture) }
        if date < today.adding(days: -120 * 366) { throw JournalError.invalid(.birthDate, .outOfRange(min: 0, max: 120)) }
        return date
    }
}
