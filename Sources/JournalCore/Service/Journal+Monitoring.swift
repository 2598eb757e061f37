import Foundation
internal import GRDB

/// What monitoring counts for one teacher in one class over its days (J-REP-2).
public struct MonitoringFigures: Sendable, Equatable {
    /// Lessons held (not cancelled) by the day the report ends.
    public var lessons = 0
    public var withTopic = 0
    /// Lessons whose topic was recorded on the lesson's own day (seed 004 «Порядок» §2: the
    /// journal is filled on the day of the lesson).
    public var recordedSameDay = 0
    public var withHomework = 0
    /// Homework entered after the grace time (J-HW-1).
    public var homeworkLate = 0
    public var marks = 0
    /// Marks entered after the day's deadline (J-MARK-2).
    public var marksLate = 0
    /// Pupil and subject pairs taught in these days, and of them those with no mark and with one.
    public var pupilSubjects = 0
    public var withoutMarks = 0
    public var withOneMark = 0
    /// Plan topics due by the report's end (J-PLAN-1), and of them those a lesson covered.
    public var planned = 0
    public var covered = 0
    /// Lessons of an absent teacher's days, filled by a substitute (J-SUB-1), and lessons cancelled.
    public var replaced = 0
    public var cancelled = 0

    static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.lessons += rhs.lessons
        sum.withTopic += rhs.withTopic
        sum.recordedSameDay += rhs.recordedSameDay
        sum.withHomework += rhs.withHomework
        sum.homeworkLate += rhs.homeworkLate
        sum.marks += rhs.marks
        sum.marksLate += rhs.marksLate
        sum.pupilSubjects += rhs.pupilSubjects
        sum.withoutMarks += rhs.withoutMarks
        sum.withOneMark += rhs.withOneMark
        sum.planned += rhs.planned
        sum.covered += rhs.covered
        sum.replaced += rhs.replaced
        sum.cancelled += rhs.cancelled
        return sum
    }

    /// A share in per cent, or nil when there is nothing to share.
    public static func percent(_ part: Int, of whole: Int) -> Double? { whole > 0 ? Double(part) * 100 / Double(whole) : nil }

    public var topicPercent: Double? { Self.percent(withTopic, of: lessons) }
    public var sameDayPercent: Double? { Self.percent(recordedSameDay, of: lessons) }
    public var homeworkPercent: Double? { Self.percent(withHomework, of: lessons) }
    public var marksOnTimePercent: Double? { Self.percent(marks - marksLate, of: marks) }
    public var withoutMarksPercent: Double? { Self.percent(withoutMarks, of: pupilSubjects) }
    public var withOneMarkPercent: Double? { Self.percent(withOneMark, of: pupilSubjects) }
    public var coveredPercent: Double? { Self.percent(covered, of: planned) }
}

/// One line of monitoring: a teacher or a class with its figures.
public struct MonitoringLine: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var figures: MonitoringFigures
    /// For a class: its pupils, those who logged in, and those with a guardian who did.
    public var pupils = 0
    public var pupilsVisited = 0
    public var guardiansVisited = 0
}

/// Monitoring of the journal over some days, by teacher and by class (J-REP-2).
public struct Monitoring: Sendable, Equatable {
    public var days: ClosedRange<LocalDate>
    public var byTeacher: [MonitoringLine]
    public var byClass: [MonitoringLine]
    /// Teachers with lessons in these days, and of them those who logged in.
    public var teachers: Int
    public var teachersVisited: Int
}

extension Journal {
    /// Monitoring of a year's journal from `from` to `to` (never past today), for those who
    /// oversee the journal — the deputies every two weeks, the director each quarter — and for a
    /// class teacher, of the classes they lead.
    public func monitoring(_ caller: Caller, yearId: Int64, from: LocalDate, to: LocalDate) throws -> Monitoring {
        try Validate.range(from, to)
        return try read { db in
            try checkYearAccess(.viewStructure, caller, yearId, db)
            // A class teacher who oversees nothing else sees the classes they lead.
            let led: Set<Int64>? =
                caller.roles.isDisjoint(with: JournalAccess.overseers)
                ? Set(
                    try db.values(
                        Int64.self, "SELECT id FROM schoolClass WHERE yearId = ? AND classTeacherId = ?", [yearId, caller.personId]))
                : nil
            if let led, led.isEmpty { throw JournalError.forbidden(.viewJournal) }
            let end = min(to, try today(db, organizationId: caller.organizationId))
            let days = from...max(from, end)
            var cells: [Pair: MonitoringFigures] = [:]
            let arguments: StoreArguments = [yearId, days.lowerBound, days.upperBound]
            /// Each row of a statement fills its teacher-and-class cell.
            func fill(_ sql: String, _ body: (inout MonitoringFigures, StoreRow) throws -> Void) throws {
                for row in try db.rows(sql, arguments) { try body(&cells[try Pair(row), default: .init()], row) }
            }
            try fill(MonitoringSQL.lessons) { figures, row in
                figures.lessons = try row["lessons"]
                figures.withTopic = try row["withTopic"]
                figures.withHomework = try row["withHomework"]
                figures.homeworkLate = try row["homeworkLate"]
                figures.cancelled = try row["cancelled"]
                figures.replaced = try row["replaced"]
            }
            let zone = try db.record(Organization.self, id: caller.organizationId)?.zone ?? .current
            for row in try db.rows(MonitoringSQL.topicsEntered, arguments) {
                let first: Int64 = try row["firstAt"]
                let date: LocalDate = try row["date"]
                if LocalDate(Date(timeIntervalSince1970: TimeInterval(first) / 1000), in: zone) == date {
                    cells[try Pair(row), default: .init()].recordedSameDay += 1
                }
            }
            try fill(MonitoringSQL.marks) { figures, row in
                figures.marks = try row["marks"]
                figures.marksLate = try row["late"]
            }
            try fill(MonitoringSQL.pupilMarks) { figures, row in
                figures.pupilSubjects = try row["pupilSubjects"]
                figures.withoutMarks = try row["withoutMarks"]
                figures.withOneMark = try row["withOneMark"]
            }
            for (pair, plan) in try planProgress(db, yearId: yearId, by: days.upperBound) {
                cells[pair, default: .init()].planned = plan.planned
                cells[pair, default: .init()].covered = plan.covered
            }
            if let led { cells = cells.filter { led.contains($0.key.classId) } }
            let classes = try db.records(
                SchoolClass.self, "SELECT * FROM schoolClass WHERE yearId = ? ORDER BY gradeLevel, letter", [yearId]
            )
            .filter { led?.contains($0.id ?? 0) ?? true }
            let teacherNames = try Directory.names(db, personIds: Set(cells.keys.map(\.teacherId)))
            let byTeacher = Dictionary(grouping: cells, by: \.key.teacherId).map { teacherId, pairs in
                MonitoringLine(
                    id: teacherId, name: teacherNames[teacherId] ?? "", figures: pairs.map(\.value).reduce(MonitoringFigures(), +))
            }
            .sorted { $0.name < $1.name }
            var visits: [Int64: StoreRow] = [:]
            for row in try db.rows(MonitoringSQL.classVisits, arguments) { visits[try row["classId"] as Int64] = row }
            let byClass = try classes.map { schoolClass in
                let visit = try visits[schoolClass.savedId]
                return try MonitoringLine(
                    id: schoolClass.savedId, name: schoolClass.name,
                    figures: cells.filter { $0.key.classId == schoolClass.id }.map(\.value).reduce(MonitoringFigures(), +),
                    pupils: visit?["pupils"] ?? 0, pupilsVisited: visit?["pupilsVisited"] ?? 0,
                    guardiansVisited: visit?["guardiansVisited"] ?? 0)
            }
            let teacherIds = byTeacher.filter { $0.figures.lessons > 0 }.map(\.id)
            let visited = try db.value(
                Int.self,
                """
                SELECT COUNT(DISTINCT a.personId) FROM account a JOIN journalVisit v ON v.accountId = a.id
                WHERE v.day BETWEEN ? AND ? AND a.personId IN (\(StoreTransaction.placeholders(teacherIds.count)))
                """, [days.lowerBound, days.upperBound] + (teacherIds as StoreArguments))
            return Monitoring(
                days: days, byTeacher: byTeacher, byClass: byClass, teachers: teacherIds.count, teachersVisited: visited ?? 0)
        }
    }

    /// Per teacher and class: the plan's topics due by `date` — by their planned date, or for a
    /// plan without dates by the hours the lessons held so far have used — and of them those a
    /// lesson's topic covered by then (J-PLAN-1, compared as `planCoverage` compares them).
    private func planProgress(_ db: StoreTransaction, yearId: Int64, by date: LocalDate) throws -> [Pair: (planned: Int, covered: Int)] {
        let items = try db.rows(
            """
            SELECT a.id AS assignmentId, a.teacherId, a.classId, a.subjectId, COALESCE(a.subgroupId, 0) AS subgroupId,
                   p.topic, p.hours, p.plannedDate
            FROM planItem p JOIN assignment a ON a.id = p.assignmentId JOIN schoolClass c ON c.id = a.classId
            WHERE c.yearId = ? ORDER BY a.id, p.position
            """, [yearId])
        guard !items.isEmpty else { return [:] }
        let lessons = try db.rows(
            """
            SELECT l.classId, l.subjectId, COALESCE(l.subgroupId, 0) AS subgroupId, COALESCE(l.topic, '') AS topic
            FROM lesson l JOIN schoolClass c ON c.id = l.classId
            WHERE c.yearId = ? AND l.date <= ? AND l.cancelled = 0
            """, [yearId, date])
        struct Course: Hashable {
            let classId: Int64, subjectId: Int64, subgroupId: Int64
            init(_ row: StoreRow) throws {
                (classId, subjectId, subgroupId) = (try row["classId"], try row["subjectId"], try row["subgroupId"])
            }
        }
        struct Topic: Hashable {
            let course: Course, key: String
        }
        func key(_ topic: String) -> String { PersonName.fold(topic) }
        let held = try Dictionary(grouping: lessons, by: Course.init).mapValues(\.count)
        let given = Set(try lessons.map { Topic(course: try Course($0), key: key(try $0["topic"])) })
        var progress: [Pair: (planned: Int, covered: Int)] = [:]
        var hoursSoFar: [Int64: Int] = [:]
        for item in items {
            let course = try Course(item)
            let assignmentId: Int64 = try item["assignmentId"]
            let hours = hoursSoFar[assignmentId, default: 0] + (try item["hours"] as Int)
            hoursSoFar[assignmentId] = hours
            let plannedDate: LocalDate? = try item["plannedDate"]
            let due = plannedDate.map { $0 <= date } ?? (hours <= held[course] ?? 0)
            guard due else { continue }
            let pair = try Pair(item)
            progress[pair, default: (0, 0)].planned += 1
            if given.contains(Topic(course: course, key: key(try item["topic"]))) { progress[pair, default: (0, 0)].covered += 1 }
        }
        return progress
    }
}

/// A teacher in a class: what monitoring counts by.
struct Pair: Hashable {
    let teacherId: Int64
    let classId: Int64

    init(_ row: StoreRow) throws {
        teacherId = try row["teacherId"]
        classId = try row["classId"]
    }
}

/// The statements monitoring runs; each takes the year, the first and the last day.
enum MonitoringSQL {
    static let lessons = """
        SELECT l.teacherId, l.classId,
               COUNT(*) FILTER (WHERE l.cancelled = 0) AS lessons,
               COUNT(*) FILTER (WHERE l.cancelled = 0 AND TRIM(COALESCE(l.topic, '')) <> '') AS withTopic,
               COUNT(*) FILTER (WHERE l.cancelled = 0 AND TRIM(COALESCE(l.homework, '')) <> '') AS withHomework,
               COUNT(*) FILTER (WHERE l.cancelled = 0 AND l.homeworkLate = 1) AS homeworkLate,
               SUM(l.cancelled) AS cancelled,
               COUNT(*) FILTER (WHERE l.cancelled = 0 AND EXISTS (
                   SELECT 1 FROM substitution s WHERE s.absentTeacherId = l.teacherId
                   AND l.date BETWEEN s.fromDate AND s.toDate AND (s.classId IS NULL OR s.classId = l.classId))) AS replaced
        FROM lesson l JOIN schoolClass c ON c.id = l.classId
        WHERE c.yearId = ?1 AND l.date BETWEEN ?2 AND ?3
        GROUP BY l.teacherId, l.classId
        """

    /// Each lesson held whose topic was entered, with the first moment its topic was (the audit log).
    static let topicsEntered = """
        SELECT l.teacherId, l.classId, l.date, MIN(e.at) AS firstAt
        FROM lesson l JOIN schoolClass c ON c.id = l.classId
        JOIN auditEntry e ON e.lessonId = l.id AND e.action = 'lessonChanged' AND e.after LIKE '%"topic"%'
        WHERE c.yearId = ?1 AND l.date BETWEEN ?2 AND ?3 AND l.cancelled = 0
        GROUP BY l.id
        """

    static let marks = """
        SELECT l.teacherId, l.classId, COUNT(*) AS marks, SUM(m.late) AS late
        FROM mark m JOIN lesson l ON l.id = m.lessonId JOIN schoolClass c ON c.id = l.classId
        WHERE c.yearId = ?1 AND l.date BETWEEN ?2 AND ?3 AND m.voidedAt IS NULL
        GROUP BY l.teacherId, l.classId
        """

    /// Each pupil of each assignment that had lessons in these days, with their marks counted
    /// (never in grade 1, which has none: J-MARK-3).
    static let pupilMarks = """
        SELECT teacherId, classId, COUNT(*) AS pupilSubjects, COUNT(*) FILTER (WHERE n = 0) AS withoutMarks, COUNT(*) FILTER (WHERE n = 1) AS withOneMark
        FROM (
            SELECT a.teacherId, a.classId,
                   (SELECT COUNT(*) FROM mark m JOIN lesson l ON l.id = m.lessonId
                    WHERE m.studentId = e.studentId AND l.classId = a.classId AND l.subjectId = a.subjectId
                      AND l.teacherId = a.teacherId AND l.date BETWEEN ?2 AND ?3 AND m.voidedAt IS NULL) AS n
            FROM assignment a JOIN schoolClass c ON c.id = a.classId
            JOIN enrolment e ON e.classId = a.classId AND e.startDate <= ?3 AND (e.endDate IS NULL OR e.endDate > ?2)
            WHERE c.yearId = ?1 AND c.gradeLevel > 1
              AND (a.studentId IS NULL OR a.studentId = e.studentId)
              AND (a.subgroupId IS NULL OR EXISTS (
                   SELECT 1 FROM subgroupMember g WHERE g.subgroupId = a.subgroupId AND g.studentId = e.studentId))
              AND EXISTS (
                   SELECT 1 FROM lesson l WHERE l.classId = a.classId AND l.subjectId = a.subjectId AND l.teacherId = a.teacherId
                   AND l.cancelled = 0 AND l.date BETWEEN ?2 AND ?3)
        ) AS s
        GROUP BY teacherId, classId
        """

    /// Per class: its pupils in these days, those who logged in, those with a guardian who did.
    static let classVisits = """
        SELECT e.classId, COUNT(DISTINCT e.studentId) AS pupils,
               COUNT(DISTINCT CASE WHEN EXISTS (
                   SELECT 1 FROM account a JOIN journalVisit v ON v.accountId = a.id
                   WHERE a.personId = e.studentId AND v.day BETWEEN ?2 AND ?3) THEN e.studentId END) AS pupilsVisited,
               COUNT(DISTINCT CASE WHEN EXISTS (
                   SELECT 1 FROM guardianship g JOIN account a ON a.personId = g.guardianId JOIN journalVisit v ON v.accountId = a.id
                   WHERE g.studentId = e.studentId AND v.day BETWEEN ?2 AND ?3) THEN e.studentId END) AS guardiansVisited
        FROM enrolment e JOIN schoolClass c ON c.id = e.classId
        WHERE c.yearId = ?1 AND e.startDate <= ?3 AND (e.endDate IS NULL OR e.endDate > ?2)
        GROUP BY e.classId
        """
}
