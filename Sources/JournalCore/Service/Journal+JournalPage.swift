internal import GRDB

/// The paper journal's page of a class and subject over a span of days: students down, lesson
/// dates across, marks and absences in the cells, topics and homework below.
public struct JournalPage: Sendable {
    public struct Cell: Sendable, Equatable {
        public var marks: [MarkValue]
        public var attendance: AttendanceStatus?
        /// What the teacher wrote to the marks of this cell (J-DIARY-1).
        public var comments: [String] = []
    }

    /// What the page is: the class, the subject and the days it covers.
    public struct Heading: Sendable, Equatable {
        public var className: String
        public var subjectName: String
        public var from: LocalDate
        public var to: LocalDate
        /// The reporting period the days are, when they are one, and what the year's periods are.
        public var periodNumber: Int?
        public var periodKind: PeriodKind
    }

    public var heading: Heading
    public var lessons: [Lesson]
    public var students: [Person]
    /// `cells[studentIndex][lessonIndex]`.
    public var cells: [[Cell]]
    /// Each pupil's mark for the period shown (`periodMarks[studentIndex]`), as the paper journal's
    /// last column; nil when the page is no period's, or for a pupil or a parent, who see the
    /// period's marks in the diary when they are shown (J-DIARY-3).
    public var periodMarks: [MarkValue?]? = nil
}

/// A cell of the page: one lesson, one student.
private struct CellKey: Hashable {
    let lesson: Int64
    let student: Int64
}

extension Journal {
    /// The page a caller may see: a student or guardian gets only their own rows (J-ACL-3).
    public func journalPage(
        _ caller: Caller, classId: Int64, subjectId: Int64, from: LocalDate, to: LocalDate, subgroupId: Int64? = nil
    ) throws -> JournalPage {
        try read { db in
            guard let schoolClass = try db.record(SchoolClass.self, id: classId) else {
                throw JournalError.invalid(.schoolClass, .unknown(String(classId)))
            }
            guard let subject = try db.record(Subject.self, id: subjectId) else {
                throw JournalError.invalid(.subject, .unknown(String(subjectId)))
            }
            let period = try db.record(
                ReportingPeriod.self,
                "SELECT * FROM reportingPeriod WHERE yearId = ? AND startDate = ? AND endDate = ? ORDER BY id LIMIT 1",
                [schoolClass.yearId, from, to])
            let year = try db.record(AcademicYear.self, id: schoolClass.yearId)
            let heading = JournalPage.Heading(
                className: schoolClass.name, subjectName: subject.name, from: from, to: to, periodNumber: period?.number,
                periodKind: year?.periodKind ?? .quarter)
            let all = try db.records(
                Lesson.self,
                """
                SELECT * FROM lesson WHERE classId = ? AND subjectId = ? AND date BETWEEN ? AND ? AND cancelled = 0
                AND (CAST(? AS INTEGER) IS NULL OR subgroupId = ?) ORDER BY date, startTime
                """, [classId, subjectId, from, to, subgroupId, subgroupId])
            let view = try JournalView(caller, classIds: [classId], db)
            let lessons = all.filter(view.mayView)
            guard !lessons.isEmpty else { return JournalPage(heading: heading, lessons: [], students: [], cells: []) }
            let studentIds = try db.values(
                Int64.self,
                """
                SELECT DISTINCT e.studentId FROM enrolment e WHERE e.classId = ? AND e.startDate <= ? AND (e.endDate IS NULL OR e.endDate >= ?)
                """, [classId, to, from]
            )
            .filter(view.mayViewStudent)
            .filter(try subgroupMembers(db, subgroupId))
            let students = try db.records(
                Person.self, "SELECT * FROM person WHERE id IN (\(StoreTransaction.placeholders(studentIds.count))) ORDER BY fullName, id",
                studentIds)
            let lessonIds = try lessons.map { try $0.savedId }
            let marks = try db.records(
                Mark.self,
                "SELECT * FROM mark WHERE voidedAt IS NULL AND lessonId IN (\(StoreTransaction.placeholders(lessonIds.count))) ORDER BY id",
                lessonIds)
            let attendance = try db.records(
                Attendance.self,
                "SELECT * FROM attendance WHERE lessonId IN (\(StoreTransaction.placeholders(lessonIds.count))) ORDER BY lessonId, studentId",
                lessonIds)
            let marksByCell = Dictionary(grouping: marks) { CellKey(lesson: $0.lessonId, student: $0.studentId) }
            let statusByCell = Dictionary(attendance.map { (CellKey(lesson: $0.lessonId, student: $0.studentId), $0.status) }) { first, _ in
                first
            }
            let cells = try students.map { student in
                try lessons.map { lesson in
                    let key = try CellKey(lesson: lesson.savedId, student: student.savedId)
                    return JournalPage.Cell(
                        marks: (marksByCell[key] ?? []).map(\.value), attendance: statusByCell[key],
                        comments: (marksByCell[key] ?? []).compactMap(\.comment))
                }
            }
            var page = JournalPage(heading: heading, lessons: lessons, students: students, cells: cells)
            if let periodId = period?.id, caller.roles.contains(where: \.isStaff) {
                let given = try db.records(
                    PeriodMark.self,
                    """
                    SELECT * FROM periodMark WHERE subjectId = ? AND periodId = ? AND studentId IN (\(StoreTransaction.placeholders(studentIds.count)))
                    ORDER BY id
                    """, [subjectId, periodId] + studentIds)
                let byStudent = Dictionary(given.map { ($0.studentId, $0.value) }) { first, _ in first }
                page.periodMarks = students.map { student in student.id.flatMap { byStudent[$0] } }
            }
            return page
        }
    }

    /// Who a subgroup's page lists: its members only; the whole class without a subgroup.
    private func subgroupMembers(_ db: StoreTransaction, _ subgroupId: Int64?) throws -> (Int64) -> Bool {
        guard let subgroupId else { return { _ in true } }
        let members = Set(try db.values(Int64.self, "SELECT studentId FROM subgroupMember WHERE subgroupId = ?", [subgroupId]))
        return members.contains
    }

    /// The dates a period covers, for the journal page.
    public func periodSpan(_ caller: Caller, classId: Int64, periodNumber: Int?) throws -> (LocalDate, LocalDate) {
        try read { db in
            guard let schoolClass = try db.record(SchoolClass.self, id: classId) else {
                throw JournalError.invalid(.schoolClass, .unknown(String(classId)))
            }
            guard let year = try db.record(AcademicYear.self, id: schoolClass.yearId) else {
                throw JournalError.invalid(.year, .unknown(String(schoolClass.yearId)))
            }
            guard year.organizationId == caller.organizationId else { throw JournalError.forbidden(.viewJournal) }
            guard let periodNumber else {
                let today = try today(db, organizationId: caller.organizationId)
                let current = try db.records(
                    ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? ORDER BY id", [year.savedId]
                )
                .first { $0.startDate <= today && today <= $0.endDate }
                return (current?.startDate ?? year.startDate, current?.endDate ?? year.endDate)
            }
            guard
                let period = try db.record(
                    ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? AND number = ? ORDER BY id LIMIT 1",
                    [year.savedId, periodNumber])
            else {
                throw JournalError.invalid(.period, .unknown(String(periodNumber)))
            }
            return (period.startDate, period.endDate)
        }
    }
}
