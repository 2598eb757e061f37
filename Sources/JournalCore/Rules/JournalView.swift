internal import GRDB

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

    init(_ caller: Caller, classIds: Set<Int64>, _ db: StoreTransaction) throws {
        try Access.checkCaller(caller, db)
        self.caller = caller
        let ids = Array(classIds)
        let classArguments: StoreArguments = ids
        organizationClasses = Set(
            try db.values(
                Int64.self,
                """
                SELECT c.id FROM schoolClass c JOIN academicYear y ON y.id = c.yearId
                WHERE y.organizationId = ? AND c.id IN (\(StoreTransaction.placeholders(ids.count)))
                """, [caller.organizationId] + classArguments))
        ownClasses = Set(try db.values(Int64.self, "SELECT id FROM schoolClass WHERE classTeacherId = ?", [caller.personId]))
        substitutions = try db.records(
            Substitution.self, "SELECT * FROM substitution WHERE substituteId = ? ORDER BY id", [caller.personId])
        family = Set(
            try db.values(Int64.self, "SELECT studentId FROM guardianship WHERE guardianId = ?", [caller.personId]) + [caller.personId])
        let rows =
            caller.isStaff
            ? []
            : try db.rows(
                "SELECT classId, studentId, startDate, endDate FROM enrolment WHERE classId IN (\(StoreTransaction.placeholders(ids.count)))",
                classArguments)
        enrolments = try Dictionary(grouping: rows, by: { try $0["classId"] as Int64 }).mapValues { rows in
            try rows.map { (student: try $0["studentId"], start: try $0["startDate"], end: try $0["endDate"]) }
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
