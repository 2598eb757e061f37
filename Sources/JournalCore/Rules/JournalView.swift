import GRDB

/// What one caller may see of the journal, read once for a whole page: the same rules as
/// `JournalAccess.checkView` and `mayViewStudent` (J-ACL-1 … J-ACL-3), with a fixed number of
/// queries however many lessons and students the page has.
struct JournalView {
    private let caller: Caller
    private let organizationClasses: Set<Int64>
    private let ownClasses: Set<Int64>
    private let substitutions: [Substitution]
    private let family: Set<Int64>
    /// Students of the page's classes, per class, with their enrolment dates.
    private let enrolments: [Int64: [(student: Int64, start: LocalDate, end: LocalDate?)]]

    init(_ caller: Caller, classIds: Set<Int64>, _ db: Database) throws {
        try Access.checkCaller(caller, db)
        self.caller = caller
        let ids = Array(classIds)
        organizationClasses = Set(
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT c.id FROM schoolClass c JOIN academicYear y ON y.id = c.yearId
                    WHERE y.organizationId = ? AND c.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
                    """, arguments: StatementArguments([caller.organizationId] + ids)))
        ownClasses = Set(try Int64.fetchAll(db, sql: "SELECT id FROM schoolClass WHERE classTeacherId = ?", arguments: [caller.personId]))
        substitutions = try Substitution.filter(sql: "substituteId = ?", arguments: [caller.personId]).fetchAll(db)
        family = Set(
            try Int64.fetchAll(db, sql: "SELECT studentId FROM guardianship WHERE guardianId = ?", arguments: [caller.personId])
                + [caller.personId])
        let rows =
            caller.isStaff
            ? []
            : try Row.fetchAll(
                db,
                sql:
                    "SELECT classId, studentId, startDate, endDate FROM enrolment WHERE classId IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                arguments: StatementArguments(ids))
        enrolments = Dictionary(grouping: rows, by: { $0["classId"] as Int64 }).mapValues { rows in
            rows.map { (student: $0["studentId"], start: $0["startDate"], end: $0["endDate"]) }
        }
    }

    /// `JournalAccess.checkView` without its queries.
    func mayView(_ lesson: Lesson) -> Bool {
        guard organizationClasses.contains(lesson.classId) else { return false }
        if !caller.roles.isDisjoint(with: JournalAccess.overseers) || lesson.teacherId == caller.personId { return true }
        if substitutions.contains(where: {
            $0.absentTeacherId == lesson.teacherId && $0.fromDate <= lesson.date && $0.toDate >= lesson.date
                && ($0.classId == nil || $0.classId == lesson.classId)
        }) {
            return true
        }
        if ownClasses.contains(lesson.classId) { return true }
        return (enrolments[lesson.classId] ?? []).contains { enrolment in
            family.contains(enrolment.student) && enrolment.start <= lesson.date && (enrolment.end.map { $0 >= lesson.date } ?? true)
        }
    }

    /// `JournalAccess.mayViewStudent` without its queries.
    func mayViewStudent(_ studentId: Int64) -> Bool {
        caller.isStaff || family.contains(studentId)
    }
}
