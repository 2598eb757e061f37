import Foundation
internal import GRDB

/// The demo school's first quarter: a timetable without clashes, its lessons with topics and
/// homework, attendance and marks, a few late marks and corrections — the same every time.
struct DemoTerm {
    let journal: Journal
    let db: StoreTransaction
    let organizationId: Int64
    var generator: SeededGenerator
    let size: DemoSize
    var audit: AuditLog.Appender

    static let slots: [(ClockTime, ClockTime)] = [
        (ClockTime(8, 30), ClockTime(9, 15)), (ClockTime(9, 25), ClockTime(10, 10)), (ClockTime(10, 30), ClockTime(11, 15)),
        (ClockTime(11, 30), ClockTime(12, 15)), (ClockTime(12, 25), ClockTime(13, 10)), (ClockTime(13, 20), ClockTime(14, 5)),
    ]
    static let termStart = LocalDate(2026, 9, 1)

    mutating func build(year: AcademicYear) throws {
        try buildTimetable(year: year)
        // As it stands today: today's lessons are there to be marked, the days before are filled.
        let today = LocalDate(journal.clock.now, in: DemoSchool.zone)
        let lessonsTo = min(size.filledTo ?? today, year.endDate)
        let filledTo = min(size.filledTo ?? today.adding(days: -1), year.endDate)
        if Self.termStart <= lessonsTo {
            _ = try journal.createTimetableLessons(db, organizationId: organizationId, classId: nil, from: Self.termStart, to: lessonsTo)
        }
        try fillLessons(to: filledTo)
        try recordVisits(to: filledTo)
        try buildPlans()
        if size.periodMarks { try setPeriodMarks(year: year, filledTo: filledTo) }
        try audit.finish()
    }

    /// A course plan for every assignment: as many topics as the year's weeks give it lessons,
    /// named as the term's lessons were, so that the covered topics match.
    private func buildPlans() throws {
        let weekly = try db.rows(
            "SELECT assignmentId, COUNT(*) AS perWeek FROM timetableEntry GROUP BY assignmentId ORDER BY assignmentId")
        for row in weekly {
            let assignmentId: Int64 = try row["assignmentId"]
            let perWeek: Int = try row["perWeek"]
            for number in 1...(perWeek * 34) {
                try db.execute(
                    "INSERT INTO planItem (assignmentId, position, section, topic, hours, homework) VALUES (?, ?, ?, ?, 1, ?)",
                    [
                        assignmentId, number, "Раздел \((number - 1) / 10 + 1)", "Тема \(number): изучение нового материала",
                        "§ \(number)",
                    ])
            }
        }
    }

    /// Each class gets its subjects in turn, five days a week, 4 to 6 lessons a day by grade;
    /// a slot is left empty rather than give a teacher two classes at once.
    private mutating func buildTimetable(year: AcademicYear) throws {
        var busy = Set<String>()
        let classes = try db.records(
            SchoolClass.self, "SELECT * FROM schoolClass WHERE yearId = ? ORDER BY gradeLevel, letter", [year.savedId])
        for schoolClass in classes {
            let assignments = try db.records(
                Assignment.self, "SELECT * FROM assignment WHERE classId = ? ORDER BY id", [schoolClass.savedId])
            // Subgroups of one subject share their slot.
            let groups = try Dictionary(grouping: assignments, by: \.subjectId).values.sorted { try $0[0].savedId < $1[0].savedId }
            let perDay = schoolClass.gradeLevel <= 4 ? 4 : (schoolClass.gradeLevel <= 8 ? 5 : 6)
            var next = 0
            for weekday in 1...5 {
                for slot in 0..<perDay {
                    for attempt in 0..<groups.count {
                        let group = groups[(next + attempt) % groups.count]
                        let keys = group.map { "\($0.teacherId)-\(weekday)-\(slot)" }
                        guard keys.allSatisfy({ !busy.contains($0) }) else { continue }
                        busy.formUnion(keys)
                        for assignment in group {
                            var entry = try TimetableEntry(
                                id: nil, assignmentId: assignment.savedId, weekday: weekday,
                                startTime: Self.slots[slot].0, endTime: Self.slots[slot].1,
                                room: String(100 + (schoolClass.savedId % 40)), validFrom: year.startDate, validTo: nil)
                            try db.insert(&entry)
                        }
                        next += attempt + 1
                        break
                    }
                }
            }
        }
    }

    /// Topics, homework, attendance and marks for every lesson of the term, entered by its
    /// teacher's account on the day; some late, a few corrected.
    private mutating func fillLessons(to filledTo: LocalDate) throws {
        let zone = DemoSchool.zone
        let accounts = Dictionary(
            uniqueKeysWithValues: try db.rows("SELECT personId, id FROM account WHERE organizationId = ?", [organizationId]).map {
                try ($0["personId"] as Int64, $0["id"] as Int64)
            })
        let grades = Dictionary(
            uniqueKeysWithValues: try db.rows("SELECT id, gradeLevel FROM schoolClass").map {
                try ($0["id"] as Int64, $0["gradeLevel"] as Int)
            })
        var lessonCounter: [String: Int] = [:]
        var studentsCache: [String: [Int64]] = [:]
        // Lessons at the same time in the order they were created: the random numbers go to the
        // same lessons on every engine.
        for var lesson in try db.records(
            Lesson.self, "SELECT * FROM lesson WHERE date <= ? ORDER BY date, startTime, id", [filledTo])
        {
            guard let account = accounts[lesson.teacherId] else { throw UnsavedRecord(table: Account.tableName) }
            let key = "\(lesson.classId)-\(lesson.subjectId)-\(lesson.subgroupId ?? 0)"
            let number = lessonCounter[key, default: 0] + 1
            lessonCounter[key] = number
            lesson.topic = "Тема \(number): изучение нового материала"
            let endOfLesson = lesson.endTime.instant(on: lesson.date, in: zone)
            let grade = grades[lesson.classId] ?? 5
            if grade > 1 {
                lesson.homework = "§ \(number), упр. \(Int.random(in: 1...30, using: &generator))"
                let late = Int.random(in: 0..<20, using: &generator) == 0
                lesson.homeworkEnteredAt = endOfLesson.addingTimeInterval(late ? 5 * 3600 : 600)
                lesson.homeworkLate = late
            }
            try db.execute(
                "UPDATE lesson SET topic = ?, homework = ?, homeworkEnteredAt = ?, homeworkLate = ? WHERE id = ?",
                [lesson.topic, lesson.homework, lesson.homeworkEnteredAt, lesson.homeworkLate, lesson.savedId])
            // The topic on the lesson's day, now and then the next day (what monitoring counts).
            let nextDay = Int.random(in: 0..<15, using: &generator) == 0
            try audit.append(
                at: endOfLesson.addingTimeInterval(nextDay ? 20 * 3600 : 300), accountId: account, action: .lessonChanged, entity: .lesson,
                entityId: lesson.savedId, lessonId: lesson.id, after: AuditText.of(["topic": lesson.topic, "kind": lesson.kind.rawValue]))
            let students = try studentsCache[key] ?? journal.lessonStudents(db, lesson)
            studentsCache[key] = students
            for studentId in students {
                if Int.random(in: 0..<25, using: &generator) == 0 {
                    try db.execute(
                        """
                        INSERT INTO attendance (lessonId, studentId, status, reason, enteredBy, enteredAt) VALUES (?, ?, 'absent', ?, ?, ?)
                        """,
                        [
                            lesson.savedId, studentId, Bool.random(using: &generator) ? AbsenceReason.excused : nil,
                            account, endOfLesson,
                        ])
                    continue
                }
                guard grade > 1, Int.random(in: 0..<size.markOneIn, using: &generator) == 0 else { continue }
                try addMark(lesson, studentId: studentId, account: account, at: endOfLesson, zone: zone)
            }
        }
    }

    /// The days' first logins monitoring counts (J-REP-2, J-REP-3): each teacher on the days they
    /// filled lessons; most pupils and about half the guardians now and then.
    private mutating func recordVisits(to filledTo: LocalDate) throws {
        let zone = DemoSchool.zone
        func visit(_ accountId: Int64, _ day: LocalDate, at time: ClockTime?) throws {
            try db.execute(
                "INSERT INTO journalVisit (accountId, day, firstAt) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [accountId, day, time?.instant(on: day, in: zone)])
        }
        let teacherDays = try db.rows(
            """
            SELECT DISTINCT a.id, l.date FROM lesson l JOIN account a ON a.personId = l.teacherId
            WHERE l.date <= ? AND l.topic IS NOT NULL ORDER BY a.id, l.date
            """, [filledTo])
        for row in teacherDays { try visit(row["id"], row["date"], at: ClockTime(hour: 8, minute: 40)) }
        let families = try db.rows(
            """
            SELECT a.id, r.role FROM account a JOIN personRole r ON r.personId = a.personId
            WHERE a.organizationId = ? AND r.role IN ('student', 'guardian') ORDER BY a.id
            """, [organizationId])
        var day = Self.termStart
        var days: [LocalDate] = []
        while day <= filledTo {
            if day.weekday <= 5 { days.append(day) }
            day = day.adding(days: 1)
        }
        for family in families {
            let role: String = try family["role"]
            let active = Int.random(in: 0..<10, using: &generator) < (role == "student" ? 7 : 5)
            guard active else { continue }
            for day in days where Int.random(in: 0..<3, using: &generator) == 0 {
                try visit(family["id"], day, at: ClockTime(hour: 18, minute: 30))
            }
        }
    }

    private mutating func addMark(_ lesson: Lesson, studentId: Int64, account: Int64, at endOfLesson: Date, zone: TimeZone) throws {
        let values: [MarkValue] = [.five, .five, .four, .four, .four, .three, .three, .two]
        let works: [WorkKind] = [.answer, .answer, .classwork, .homework, .quiz, .test]
        let lateEntry = Int.random(in: 0..<30, using: &generator) == 0
        let enteredAt = lateEntry ? endOfLesson.addingTimeInterval(26 * 3600) : endOfLesson
        let value = values[Int.random(in: values.indices, using: &generator)]
        let work = works[Int.random(in: works.indices, using: &generator)]
        var mark = try Mark(
            lessonId: lesson.savedId, studentId: studentId, value: value, workKind: work, enteredBy: account, enteredAt: enteredAt,
            late: lateEntry)
        try db.insert(&mark)
        let markId = try mark.savedId
        try audit.append(
            at: enteredAt, accountId: account, action: .markAdded, entity: .mark, entityId: markId, studentId: studentId,
            lessonId: lesson.id, after: AuditText.of(["value": value.rawValue, "work": work.rawValue, "late": lateEntry ? "yes" : nil]))
        guard Int.random(in: 0..<150, using: &generator) == 0 else { return }
        let corrected: MarkValue = value == .five ? .four : .five
        var correction = MarkCorrection(
            id: nil, markId: markId, oldValue: value, newValue: corrected,
            reason: "ошибка при вводе", correctedBy: account, correctedAt: enteredAt.addingTimeInterval(300))
        try db.insert(&correction)
        try audit.append(
            at: correction.correctedAt, accountId: account, action: .markCorrected, entity: .mark, entityId: markId,
            studentId: studentId, lessonId: lesson.id, before: AuditText.of(["value": value.rawValue]),
            after: AuditText.of(["value": corrected.rawValue]), reason: correction.reason)
        try db.execute("UPDATE mark SET value = ? WHERE id = ?", [corrected, markId])
    }

    /// A pupil's subject in a class: what a period mark is set for.
    struct Course: Hashable {
        let studentId: Int64, classId: Int64, subjectId: Int64
    }

    /// Every ended period's marks, and the year's, as the teachers would set them: the weighted
    /// average of the pupil's marks rounded, entered the day after the period ends.
    private mutating func setPeriodMarks(year: AcademicYear, filledTo: LocalDate) throws {
        let zone = DemoSchool.zone
        let periods = try db.records(ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? ORDER BY number", [year.savedId])
            .filter { $0.endDate <= filledTo }
        let weights = try journal.workWeights(db, organizationId: organizationId)
        let teachers = try Dictionary(
            db.rows(
                """
                SELECT a.classId, a.subjectId, ac.id AS accountId FROM assignment a JOIN account ac ON ac.personId = a.teacherId
                ORDER BY a.id
                """
            )
            .map { row in
                let classId: Int64 = try row["classId"]
                let subjectId: Int64 = try row["subjectId"]
                let accountId: Int64 = try row["accountId"]
                return ("\(classId)-\(subjectId)", accountId)
            },
            uniquingKeysWith: { first, _ in first })
        let rows = try db.rows(
            """
            SELECT m.*, l.classId AS lessonClassId, l.subjectId AS lessonSubjectId, l.date AS lessonDate
            FROM mark m JOIN lesson l ON l.id = m.lessonId WHERE m.voidedAt IS NULL ORDER BY m.id
            """)
        var byCourse: [Course: [(Mark, LocalDate)]] = [:]
        for row in rows {
            let mark: Mark = try row.record()
            let lessonDate: LocalDate = try row["lessonDate"]
            try byCourse[Course(studentId: mark.studentId, classId: row["lessonClassId"], subjectId: row["lessonSubjectId"]), default: []]
                .append((mark, lessonDate))
        }
        for (course, marks) in byCourse.sorted(by: { ($0.key.studentId, $0.key.subjectId) < ($1.key.studentId, $1.key.subjectId) }) {
            guard let account = teachers["\(course.classId)-\(course.subjectId)"] else { continue }
            var values: [MarkValue] = []
            for period in periods {
                let inPeriod = marks.filter { period.startDate <= $0.1 && $0.1 <= period.endDate }.map(\.0)
                guard let value = PeriodMarkSuggestion(inPeriod, weights: weights).suggested else { continue }
                values.append(value)
                try insertPeriodMark(
                    course, periodId: period.id, yearId: year.savedId, value: value, account: account,
                    at: ClockTime(15, 0).instant(on: period.endDate.adding(days: 1), in: zone))
            }
            guard periods.count == 4, !values.isEmpty else { continue }
            let average = Double(values.compactMap(\.points).reduce(0, +)) / Double(values.count)
            let yearMark = MarkValue(rawValue: String(Int(average.rounded(.toNearestOrAwayFromZero)))) ?? .two
            try insertPeriodMark(
                course, periodId: nil, yearId: year.savedId, value: yearMark, account: account,
                at: ClockTime(15, 0).instant(on: filledTo.adding(days: 1), in: zone))
        }
    }

    private mutating func insertPeriodMark(
        _ course: Course, periodId: Int64?, yearId: Int64, value: MarkValue, account: Int64, at: Date
    ) throws {
        var periodMark = PeriodMark(
            studentId: course.studentId, subjectId: course.subjectId, classId: course.classId, periodId: periodId, yearId: yearId,
            value: value, setBy: account, setAt: at)
        try db.insert(&periodMark)
        try audit.append(
            at: at, accountId: account, action: .periodMarkSet, entity: .periodMark, entityId: periodMark.savedId,
            studentId: course.studentId, after: AuditText.of(["value": value.rawValue, "period": periodId.map(String.init)]))
    }
}
