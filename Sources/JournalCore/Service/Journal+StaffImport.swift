import Foundation
internal import GRDB

extension Journal {
    /// Loads the staff list (J-PEOPLE-1, J-ACL-1): people with their roles and contacts, and the
    /// class each class teacher leads in the current year. A person is the same when the name (and
    /// the date of birth, where both have one) matches; roles are only added, never taken away —
    /// that stays `staff revoke`, one by one. One transaction; see `ImportMode`.
    public func importStaff(_ caller: Caller, data: Data, mode: ImportMode) throws -> ImportReport {
        let parsed = try StaffListFile.parse(data)
        return try write { db in
            try Access.check(.manageStaff, caller: caller, organizationId: caller.organizationId, db)
            let staff = try personRows(db, organizationId: caller.organizationId).filter { $0.roles.contains(where: \.isStaff) }
            let year = try currentYear(db, organizationId: caller.organizationId)
            let classes =
                try year.map { try db.records(SchoolClass.self, "SELECT * FROM schoolClass WHERE yearId = ? ORDER BY id", [$0.savedId]) }
                ?? []
            var report = ImportReport(problems: parsed.problems)
            var work: [(StaffLine, Person?, SchoolClass?)] = []
            // Which line of the file leads each class, so that two lines for one class are said.
            var leaders: [Int64: String] = [:]
            let lines = parsed.lines.map { ($0, true) } + parsed.linesWithProblems.map { ($0, false) }
            for (line, readWell) in lines.sorted(by: { ($0.0.sheet ?? "", $0.0.line) < ($1.0.sheet ?? "", $1.0.line) }) {
                func problem(_ column: StaffColumn, _ field: Field, _ reason: Reason) {
                    report.problems.append(
                        ImportProblem(
                            sheet: line.sheet, line: line.line, column: parsed.title(column), field: field, reason: reason)
                    )
                }
                // Every problem of a line is said, not only the first.
                var fine = readWell
                if line.roles.contains(.journalAdmin) && !caller.has(.journalAdmin) {
                    problem(.position, .roles, .notAllowedRole)
                    fine = false
                }
                var led: SchoolClass?
                if let name = line.leadsClass {
                    if let (grade, letter) = ClassName.parse(name),
                        let found = classes.first(where: { $0.gradeLevel == grade && $0.letter == letter })
                    {
                        let classId = try found.savedId
                        if let other = leaders[classId], PersonName.fold(other) != PersonName.fold(line.fullName) {
                            problem(.leadsClass, .schoolClass, .ambiguous([other, line.fullName]))
                            fine = false
                        }
                        leaders[classId] = line.fullName
                        led = found
                    } else {
                        problem(.leadsClass, .schoolClass, .notFound(name, closest: Self.closest(name, classes.map(\.name))))
                        fine = false
                    }
                }
                guard fine else { continue }
                let existing = staff.first { row in
                    PersonName.fold(row.person.fullName) == PersonName.fold(line.fullName)
                        && (line.birthDate == nil || row.person.birthDate == nil || row.person.birthDate == line.birthDate)
                }
                // A class led by someone else gets a new class teacher only once that is confirmed.
                if let led, let current = led.classTeacherId, current != existing?.person.id {
                    let holder = staff.first { $0.person.id == current }?.person.fullName ?? ""
                    report.replacements.append(
                        ImportReplacement(post: .classTeacher(schoolClass: led.name), from: holder, to: line.fullName))
                }
                if let existing {
                    var fields: [Field] = []
                    if !line.roles.isSubset(of: Set(existing.roles)) { fields.append(.roles) }
                    if let email = line.email, email != existing.person.email { fields.append(.email) }
                    if let phone = line.phone, phone != existing.person.phone { fields.append(.phone) }
                    if let led, led.classTeacherId != existing.person.id { fields.append(.classTeacher) }
                    if fields.isEmpty {
                        report.unchanged += 1
                    } else {
                        report.changed.append(ImportEntry(kind: .staff, name: line.fullName, fields: fields))
                    }
                } else {
                    report.added.append(ImportEntry(kind: .staff, name: line.fullName, fields: []))
                }
                work.append((line, existing?.person, led))
            }
            report.problems.sort { ($0.sheet ?? "", $0.line) < ($1.sheet ?? "", $1.line) }
            guard mode.mayApply(report) else { return report }
            for (line, existing, led) in work {
                var person =
                    existing
                    ?? Person(
                        organizationId: caller.organizationId, fullName: line.fullName, birthDate: line.birthDate, email: line.email,
                        phone: line.phone)
                if person.id == nil {
                    try db.insert(&person)
                    _ = try insertAccount(db, person: person)
                } else {
                    try db.update(&person) {
                        $0.email = line.email ?? $0.email
                        $0.phone = line.phone ?? $0.phone
                    }
                }
                for role in line.roles {
                    try db.execute("INSERT INTO personRole (personId, role) VALUES (?, ?) ON CONFLICT DO NOTHING", [person.savedId, role])
                }
                if var led {
                    _ = try fetchClass(db, caller, led.savedId, .manageClasses)
                    try assignClassTeacher(db, caller, &led, person.savedId)
                }
            }
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .peopleImported,
                entity: .person, entityId: 0,
                after: AuditText.of(["staff": String(report.count(.staff).added), "change": String(report.changed.count)]))
            report.applied = true
            return report
        }
    }
}
