import Foundation
internal import GRDB

extension Journal {
    /// Loads class lists (J-YEAR-1, J-PEOPLE-1, J-PEOPLE-2, J-PD-1): pupils with date of birth,
    /// sex and class, their guardians with contacts, consent and access answers, into the classes
    /// of `yearId` (the current year by default). A pupil is the same person when name and date
    /// of birth match, a guardian when the name matches among the pupil's guardians (or, for a
    /// brother or sister, among the school's with the same e-mail or telephone): a second import
    /// of the same file adds nobody. One transaction; see `ImportMode` for what is written.
    public func importStudents(
        _ caller: Caller, data: Data, yearId: Int64? = nil, mode: ImportMode, progress: WorkProgress? = nil
    ) throws -> ImportReport {
        let parsed = try StudentListFile.parse(data)
        return try write { db in
            let year = try importYear(db, caller, yearId)
            var school = try StudentImportState(db, organizationId: caller.organizationId, yearId: year.savedId)
            var report = ImportReport(problems: parsed.file.problems, toComplete: parsed.toComplete)
            var plans: [StudentImportPlan] = []
            var seen: [String: Int] = [:]
            for line in parsed.file.lines {
                let key = StudentImportState.key(line.fullName, line.birthDate)
                if let earlier = seen[key] {
                    report.problems.append(
                        ImportProblem(
                            sheet: line.sheet, line: line.line, column: parsed.file.title(.fullName),
                            field: .student,
                            reason: .alreadyExists(String(earlier))))
                    continue
                }
                seen[key] = line.line
                do {
                    plans.append(try plan(db, caller, line, &school, &report))
                } catch JournalError.invalid(let field, let reason) {
                    report.problems.append(
                        ImportProblem(
                            sheet: line.sheet, line: line.line, column: parsed.file.title(column(for: field)),
                            field: field, reason: reason))
                }
            }
            // The class of a row with other problems is checked here; a row that was planned had its class checked then.
            let planned = Set(parsed.file.lines.map { "\($0.sheet ?? "")|\($0.line)" })
            for row in parsed.classNames where !planned.contains("\(row.sheet ?? "")|\(row.line)") && school.schoolClass(row.name) == nil {
                report.problems.append(
                    ImportProblem(
                        sheet: row.sheet, line: row.line, column: parsed.file.title(.schoolClass),
                        field: .schoolClass, reason: .notFound(row.name, closest: Self.closest(row.name, school.classes.keys.sorted()))))
            }
            report.problems.sort { ($0.sheet ?? "", $0.line) < ($1.sheet ?? "", $1.line) }
            guard mode.mayApply(report) else { return report }
            for (index, plan) in plans.enumerated() {
                try apply(db, caller, plan, &school)
                try progress?(Double(index + 1) / Double(plans.count))
            }
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .peopleImported,
                entity: .person, entityId: 0,
                after: AuditText.of([
                    "student": String(report.count(.student).added), "guardian": String(report.count(.guardian).added),
                    "change": String(report.changed.count),
                ]))
            report.applied = true
            return report
        }
    }

    /// What one row will do, its problems thrown as `invalid`.
    private func plan(
        _ db: StoreTransaction, _ caller: Caller, _ line: StudentLine, _ school: inout StudentImportState, _ report: inout ImportReport
    ) throws -> StudentImportPlan {
        guard let target = school.schoolClass(line.className) else {
            throw JournalError.invalid(
                .schoolClass, .notFound(line.className, closest: Self.closest(line.className, school.classes.keys.sorted())))
        }
        _ = try fetchClass(db, caller, target.savedId, .manageStudents)
        _ = try checkBirthDate(db, line.birthDate, caller)
        let existing = school.students[StudentImportState.key(line.fullName, line.birthDate)]
        var plan = StudentImportPlan(line: line, target: target, existing: existing)
        var fields: [Field] = []
        if let existing {
            if existing.sex != line.sex { fields.append(.sex) }
            switch try school.enrolments[existing.savedId] {
            case nil: fields.append(.schoolClass)
            case let classId? where classId != target.id:
                plan.moves = true
                report.moves.append(
                    ClassMove(student: line.fullName, from: school.className(classId), to: target.name))
            default: break
            }
        } else {
            report.added.append(ImportEntry(kind: .student, name: line.fullName, fields: []))
        }
        let known = try existing.map { try school.guardians[$0.savedId] ?? [] } ?? []
        for guardian in line.guardians {
            if let person = known.first(where: { PersonName.fold($0.fullName) == PersonName.fold(guardian.fullName) }) {
                let changes =
                    (guardian.email.map { $0 != person.email } ?? false ? [Field.email] : [])
                    + (guardian.phone.map { $0 != person.phone } ?? false ? [Field.phone] : [])
                if !changes.isEmpty {
                    report.changed.append(ImportEntry(kind: .guardian, name: guardian.fullName, fields: changes))
                    try plan.guardianUpdates.append((person.savedId, guardian))
                }
            } else {
                // A brother's or sister's guardian, in the school or earlier in the file, is linked, not added.
                if school.familyMember(guardian) == nil {
                    report.added.append(ImportEntry(kind: .guardian, name: guardian.fullName, fields: []))
                    school.remember(guardian, id: nil)
                }
                plan.newGuardians.append(guardian)
            }
        }
        let old = try existing.flatMap { try school.consents[$0.savedId] }
        if let consentOn = line.consentOn, consentOn != old?.consentOn {
            plan.consentOn = consentOn
        } else if line.consentGiven && line.consentOn == nil && old?.consentOn == nil {
            plan.consentOn = try today(db, organizationId: caller.organizationId)
        }
        if let access = line.access, access != old?.access { plan.access = access }
        if plan.consentOn != nil && existing != nil { fields.append(.date) }
        if plan.access != nil && existing != nil { fields.append(.status) }
        plan.sexChanges = fields.contains(.sex)
        plan.enrols = fields.contains(.schoolClass)
        if existing != nil {
            if !fields.isEmpty || plan.moves {
                report.changed.append(
                    ImportEntry(kind: .student, name: line.fullName, fields: fields + (plan.moves ? [.schoolClass] : [])))
            } else if plan.newGuardians.isEmpty && plan.guardianUpdates.isEmpty {
                report.unchanged += 1
            }
        }
        return plan
    }

    private func apply(_ db: StoreTransaction, _ caller: Caller, _ plan: StudentImportPlan, _ school: inout StudentImportState) throws {
        let line = plan.line
        let studentId: Int64
        if var person = plan.existing {
            studentId = try person.savedId
            if plan.sexChanges {
                person.sex = line.sex
                try db.update(person)
            }
            if plan.enrols {
                try startEnrolment(db, caller, studentId: studentId, plan.target, date: nil, kind: .enrolment, note: nil)
            }
            if plan.moves {
                // A list for a year that has not begun moves the pupil from its first day.
                let today = try today(db, organizationId: caller.organizationId)
                let day = max(today, try db.record(AcademicYear.self, id: plan.target.yearId)?.startDate ?? today)
                try transferStudent(db, caller, studentId: studentId, to: plan.target, date: day, note: nil)
            }
        } else {
            studentId = try insertStudent(
                db, caller, plan.target, fullName: line.fullName, birthDate: line.birthDate, sex: line.sex, date: nil)
        }
        for (guardianId, guardian) in plan.guardianUpdates {
            guard var person = try db.record(Person.self, id: guardianId) else { continue }
            try db.update(&person) {
                $0.email = guardian.email ?? $0.email
                $0.phone = guardian.phone ?? $0.phone
            }
        }
        for guardian in plan.newGuardians {
            if let sibling = school.familyMember(guardian), sibling != StudentImportState.planned {
                try db.execute(
                    "INSERT INTO guardianship (guardianId, studentId) VALUES (?, ?) ON CONFLICT DO NOTHING", [sibling, studentId])
            } else {
                let id = try insertGuardian(
                    db, caller, studentId: studentId, fullName: guardian.fullName, email: guardian.email, phone: guardian.phone)
                school.remember(guardian, id: id)
            }
        }
        if plan.consentOn != nil || plan.access != nil {
            _ = try saveConsent(db, caller, studentId: studentId, consentOn: plan.consentOn, access: plan.access, accessOn: nil)
        }
    }

    /// The file's column a core refusal of a row is about.
    private func column(for field: Field) -> StudentColumn {
        switch field {
        case .schoolClass: .schoolClass
        case .birthDate: .birthDate
        case .sex: .sex
        case .email: .guardian1Email
        case .phone: .guardian1Phone
        case .guardian: .guardian1Name
        case .date: .consentOn
        default: .fullName
        }
    }
}

/// One row's work: the pupil (new or found), their class, guardians and consent.
private struct StudentImportPlan {
    var line: StudentLine
    var target: SchoolClass
    var existing: Person?
    var moves = false
    var enrols = false
    var sexChanges = false
    var newGuardians: [GuardianLine] = []
    var guardianUpdates: [(Int64, GuardianLine)] = []
    var consentOn: LocalDate?
    var access: AccessChoice?
}

/// The school as the import matches rows against it, read once.
private struct StudentImportState {
    var classes: [String: SchoolClass] = [:]
    var classNames: [Int64: String] = [:]
    var students: [String: Person] = [:]
    var enrolments: [Int64: Int64] = [:]
    var guardians: [Int64: [Person]] = [:]
    /// The school's guardians by folded name, to link brothers' and sisters' families.
    var guardiansByName: [String: [Person]] = [:]
    var consents: [Int64: FamilyConsent] = [:]

    init(_ db: StoreTransaction, organizationId: Int64, yearId: Int64) throws {
        for schoolClass in try db.records(SchoolClass.self, "SELECT * FROM schoolClass WHERE yearId = ? ORDER BY id", [yearId]) {
            classes[schoolClass.name] = schoolClass
            classNames[try schoolClass.savedId] = schoolClass.name
        }
        let people = try db.records(
            Person.self,
            """
            SELECT * FROM person WHERE organizationId = ?
            AND id IN (SELECT personId FROM personRole WHERE role IN (?, ?))
            """, [organizationId, Role.student.rawValue, Role.guardian.rawValue])
        let roles = try db.rows(
            """
            SELECT r.personId, r.role FROM personRole r JOIN person p ON p.id = r.personId
            WHERE p.organizationId = ? AND r.role IN (?, ?)
            """, [organizationId, Role.student.rawValue, Role.guardian.rawValue])
        let studentIds = Set(try roles.filter { try ($0["role"] as String) == Role.student.rawValue }.map { try $0["personId"] as Int64 })
        var byId: [Int64: Person] = [:]
        for person in people {
            let personId = try person.savedId
            byId[personId] = person
            if studentIds.contains(personId), let birthDate = person.birthDate {
                students[Self.key(person.fullName, birthDate)] = person
            } else if !studentIds.contains(personId) {
                guardiansByName[PersonName.fold(person.fullName), default: []].append(person)
            }
        }
        for enrolment in try db.records(
            Enrolment.self, "SELECT * FROM enrolment WHERE yearId = ? AND endDate IS NULL ORDER BY id", [yearId])
        {
            enrolments[enrolment.studentId] = enrolment.classId
        }
        for link in try db.records(Guardianship.self, "SELECT * FROM guardianship ORDER BY guardianId, studentId")
        where studentIds.contains(link.studentId) {
            if let guardian = byId[link.guardianId] { guardians[link.studentId, default: []].append(guardian) }
        }
        for consent in try db.records(FamilyConsent.self, "SELECT * FROM familyConsent ORDER BY studentId")
        where studentIds.contains(consent.studentId) {
            consents[consent.studentId] = consent
        }
    }

    static func key(_ fullName: String, _ birthDate: LocalDate) -> String {
        PersonName.fold(fullName) + "|" + birthDate.description
    }

    func className(_ classId: Int64) -> String { classNames[classId] ?? String(classId) }

    /// The class of the year a row names, written as people write it (`5 а`, `5-А`).
    func schoolClass(_ written: String) -> SchoolClass? {
        ClassName.parse(written).flatMap { classes["\($0.0)\($0.1)"] }
    }

    /// A guardian of the school with the same name and the same e-mail or telephone.
    func familyMember(_ guardian: GuardianLine) -> Int64? {
        guardiansByName[PersonName.fold(guardian.fullName)]?.first { person in
            (guardian.email != nil && person.email?.lowercased() == guardian.email?.lowercased())
                || (guardian.phone != nil && person.phone == guardian.phone)
        }?.id
    }

    /// The id a guardian the plan will add stands under until it is written.
    static let planned: Int64 = -1

    /// A guardian added by this import (`id` nil while planning), for the next rows to link.
    mutating func remember(_ guardian: GuardianLine, id: Int64?) {
        let name = PersonName.fold(guardian.fullName)
        guardiansByName[name]?.removeAll { $0.id == Self.planned && $0.email == guardian.email && $0.phone == guardian.phone }
        let person = Person(
            id: id ?? Self.planned, organizationId: 0, fullName: guardian.fullName, email: guardian.email, phone: guardian.phone)
        guardiansByName[PersonName.fold(guardian.fullName), default: []].append(person)
    }
}
