import Foundation
internal import GRDB

extension Journal {
    /// Loads subjects and the teaching load (J-CLASS-1, J-ACL-2): who teaches what in which class
    /// or subgroup of `yearId` (the current year by default). Subjects the school lacks are
    /// created; classes, subgroups and teachers must exist (import staff first). An assignment
    /// already there is left as it is; none is removed; a subject another teacher holds passes to
    /// the one named, once confirmed (`ImportReport.replacements`). One transaction; see `ImportMode`.
    public func importAssignments(_ caller: Caller, data: Data, yearId: Int64? = nil, mode: ImportMode) throws -> ImportReport {
        let parsed = try AssignmentListFile.parse(data)
        return try write { db in
            let year = try importYear(db, caller, yearId)
            try Access.check(.manageAssignments, caller: caller, organizationId: caller.organizationId, db)
            let classes = try db.records(SchoolClass.self, "SELECT * FROM schoolClass WHERE yearId = ? ORDER BY id", [year.savedId])
            let teachers = try personRows(db, organizationId: caller.organizationId).filter { $0.roles.contains(where: \.isStaff) }
            var subjects = try db.records(
                Subject.self, "SELECT * FROM subject WHERE organizationId = ? ORDER BY id", [caller.organizationId])
            let existing = try db.records(
                Assignment.self, "SELECT * FROM assignment WHERE classId IN (SELECT id FROM schoolClass WHERE yearId = ?) ORDER BY id",
                [year.savedId])
            var report = ImportReport(problems: parsed.problems)
            var work: [(line: AssignmentLine, classId: Int64, teacherId: Int64, subgroupId: Int64?, held: Assignment?)] = []
            var newSubjects: Set<String> = []
            for line in parsed.lines {
                func problem(_ column: AssignmentColumn, _ reason: Reason) {
                    report.problems.append(
                        ImportProblem(
                            sheet: line.sheet, line: line.line, column: parsed.title(column),
                            field: AssignmentListFile.field(column), reason: reason))
                }
                guard let (grade, letter) = ClassName.parse(line.className),
                    let schoolClass = classes.first(where: { $0.gradeLevel == grade && $0.letter == letter })
                else {
                    problem(.schoolClass, .notFound(line.className, closest: Self.closest(line.className, classes.map(\.name))))
                    continue
                }
                let exact = teachers.filter { Self.searchKey($0.person.fullName) == Self.searchKey(line.teacher) }
                let matching = exact.isEmpty ? teachers.filter { PersonName.matches(line.teacher, fullName: $0.person.fullName) } : exact
                guard matching.count == 1, let teacher = matching.first else {
                    problem(
                        .teacher,
                        matching.isEmpty
                            ? .notFound(line.teacher, closest: Self.closest(line.teacher, teachers.map(\.person.fullName)))
                            : .ambiguous(matching.map(\.person.fullName)))
                    continue
                }
                var subgroupId: Int64?
                if let name = line.subgroup {
                    guard
                        let subgroup = try db.records(
                            Subgroup.self, "SELECT * FROM subgroup WHERE classId = ? ORDER BY id", [schoolClass.savedId]
                        ).first(where: { Self.searchKey($0.name) == Self.searchKey(name) })
                    else {
                        problem(.subgroup, .unknown(name))
                        continue
                    }
                    subgroupId = subgroup.id
                }
                let subjectKey = Self.searchKey(line.subject)
                if !subjects.contains(where: { Self.searchKey($0.name) == subjectKey }) && !newSubjects.contains(subjectKey) {
                    newSubjects.insert(subjectKey)
                    report.added.append(ImportEntry(kind: .subject, name: line.subject, fields: []))
                }
                let subjectId = subjects.first { Self.searchKey($0.name) == subjectKey }?.id
                let already = existing.contains { assignment in
                    assignment.classId == schoolClass.id && assignment.teacherId == teacher.person.id
                        && assignment.subjectId == subjectId && assignment.subgroupId == subgroupId && assignment.studentId == nil
                }
                let earlier = work.first {
                    $0.classId == schoolClass.id && $0.subgroupId == subgroupId && Self.searchKey($0.line.subject) == subjectKey
                }
                if already || earlier?.teacherId == teacher.person.id {
                    report.unchanged += 1
                    continue
                }
                // One teacher a class's subject (or subgroup): two lines naming two are a problem.
                if let earlier {
                    problem(.teacher, .ambiguous([earlier.line.teacher, line.teacher]))
                    continue
                }
                // The subject taught by someone else: the file gives it to another teacher, who takes
                // over the assignment with its timetable and course plan, once that is confirmed.
                let held = existing.first { assignment in
                    assignment.classId == schoolClass.id && assignment.subjectId == subjectId && assignment.subgroupId == subgroupId
                        && assignment.studentId == nil
                }
                if let held {
                    report.replacements.append(
                        ImportReplacement(
                            post: .teacher(schoolClass: schoolClass.name, subject: line.subject, subgroup: line.subgroup),
                            from: teachers.first { $0.person.id == held.teacherId }?.person.fullName ?? "",
                            to: teacher.person.fullName))
                } else {
                    report.added.append(
                        ImportEntry(kind: .assignment, name: "\(schoolClass.name) \(line.subject) — \(teacher.person.fullName)", fields: [])
                    )
                }
                try work.append((line, schoolClass.savedId, teacher.person.savedId, subgroupId, held))
            }
            guard mode.mayApply(report) else { return report }
            if !newSubjects.isEmpty { try Access.check(.manageSubjects, caller: caller, organizationId: caller.organizationId, db) }
            for item in work {
                let key = Self.searchKey(item.line.subject)
                let subject: Subject
                if let found = subjects.first(where: { Self.searchKey($0.name) == key }) {
                    subject = found
                } else {
                    var created = Subject(organizationId: caller.organizationId, name: item.line.subject)
                    try db.insert(&created)
                    subjects.append(created)
                    subject = created
                }
                if var held = item.held {
                    try db.update(&held) { $0.teacherId = item.teacherId }
                } else {
                    var assignment = try Assignment(
                        teacherId: item.teacherId, subjectId: subject.savedId, classId: item.classId, subgroupId: item.subgroupId,
                        studentId: nil)
                    try db.insert(&assignment)
                }
                try db.execute(
                    "INSERT INTO personRole (personId, role) VALUES (?, ?) ON CONFLICT DO NOTHING", [item.teacherId, Role.subjectTeacher])
            }
            report.applied = true
            return report
        }
    }

    /// The year an import loads into: the one named, else the current one; an open one.
    func importYear(_ db: StoreTransaction, _ caller: Caller, _ yearId: Int64?) throws -> AcademicYear {
        guard
            let year = try yearId.map({ try checkYearAccess(.viewStructure, caller, $0, db) })
                ?? currentYear(db, organizationId: caller.organizationId)
        else { throw JournalError.invalid(.year, .missing) }
        try requireOpenYear(db, year)
        return year
    }

    /// The three names nearest to what was written, alphabetical among equals.
    static func closest(_ text: String, _ names: [String]) -> [String] {
        Array(Set(names).map { (Levenshtein.distance($0, text), $0) }.sorted { $0 < $1 }.prefix(3).map(\.1))
    }
}
