import Foundation
internal import GRDB

extension Journal {
    /// The organization's journal settings; the seeds' values until an administrator changes them.
    func settings(_ db: StoreTransaction, organizationId: Int64) throws -> JournalSettings {
        try db.record(JournalSettings.self, "SELECT * FROM journalSettings WHERE organizationId = ?", [organizationId])
            ?? .defaults(organizationId: organizationId)
    }

    func lessonClock(_ db: StoreTransaction, organizationId: Int64) throws -> LessonClock {
        let zone = try db.record(Organization.self, id: organizationId)?.zone ?? .current
        return LessonClock(now: clock.now, zone: zone, settings: try settings(db, organizationId: organizationId))
    }

    /// The date rule for lessons of a year (J-LESSON-2), the same for every caller.
    func lessonDateRule(_ db: StoreTransaction, _ caller: Caller, yearId: Int64) throws -> LessonDateRule {
        LessonDateRule(
            clock: try lessonClock(db, organizationId: caller.organizationId),
            days: try schoolDays(db, organizationId: caller.organizationId, yearId: yearId),
            periods: try db.records(ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? ORDER BY id", [yearId]))
    }

    /// The marks of a lesson that count.
    func markCount(_ db: StoreTransaction, lessonId: Int64) throws -> Int {
        try db.value(Int.self, "SELECT COUNT(*) FROM mark WHERE lessonId = ? AND voidedAt IS NULL", [lessonId]) ?? 0
    }

    func fetchLesson(_ db: StoreTransaction, _ lessonId: Int64) throws -> Lesson {
        guard let lesson = try db.record(Lesson.self, id: lessonId) else {
            throw JournalError.invalid(.lesson, .unknown(String(lessonId)))
        }
        return lesson
    }

    /// Adds a lesson of one of the caller's teaching assignments (a one-off or extra lesson;
    /// J-TT-1, J-LESSON-1). It must lie in the academic year, on a school day within the entry
    /// window (J-LESSON-2), and not clash with another lesson of the class or the teacher.
    public func createLesson(
        _ caller: Caller, assignmentId: Int64, date: LocalDate, start: ClockTime, end: ClockTime,
        topic: String? = nil, kind: LessonKind = .regular
    ) throws -> Lesson {
        guard start < end else { throw JournalError.invalid(.endDate, .endBeforeStart) }
        let topic = try Validate.optionalText(topic, .topic, max: 500)
        return try write { db in
            guard let assignment = try db.record(Assignment.self, id: assignmentId) else {
                throw JournalError.invalid(.lesson, .unknown(String(assignmentId)))
            }
            let schoolClass = try fetchClass(db, caller, assignment.classId, .viewStructure)
            guard assignment.teacherId == caller.personId else { throw JournalError.forbidden(.editJournal) }
            guard let year = try db.record(AcademicYear.self, id: schoolClass.yearId), year.contains(date) else {
                throw JournalError.invalid(.date, .outsideYear)
            }
            try requireOpenYear(db, year)
            try lessonDateRule(db, caller, yearId: year.savedId).checkDate(date)
            let clashes = try db.records(
                Lesson.self,
                """
                SELECT * FROM lesson WHERE date = ? AND cancelled = 0 AND startTime < ? AND ? < endTime
                AND (teacherId = ? OR (classId = ? AND (subgroupId IS NULL OR CAST(? AS INTEGER) IS NULL OR subgroupId = ?))) ORDER BY id
                """, [date, end, start, caller.personId, assignment.classId, assignment.subgroupId, assignment.subgroupId])
            if let clash = clashes.first {
                throw JournalError.invalid(.time, .overlapsLesson("\(clash.startTime)–\(clash.endTime)"))
            }
            var lesson = Lesson(
                classId: assignment.classId, subgroupId: assignment.subgroupId, studentId: assignment.studentId,
                subjectId: assignment.subjectId,
                teacherId: caller.personId, date: date, startTime: start, endTime: end, topic: topic, kind: kind)
            try db.insert(&lesson)
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
                action: .lessonCreated, entity: .lesson, entityId: lesson.savedId, lessonId: lesson.id,
                after: AuditText.of(["date": date.description, "start": start.description, "topic": topic]))
            return lesson
        }
    }

    /// Records the lesson's topic and kind (J-LESSON-1) on the day, or up to 7 days later (J-LESSON-2).
    public func setTopic(_ caller: Caller, lessonId: Int64, topic: String, kind: LessonKind? = nil) throws -> Lesson {
        let topic = try Validate.text(topic, .topic, max: 500)
        return try write { db in
            var (lesson, _) = try openForEntry(db, caller, lessonId, marksOrHomework: false)
            let before = AuditText.of(["topic": lesson.topic, "kind": lesson.kind.rawValue])
            lesson.topic = topic
            if let kind { lesson.kind = kind }
            try db.update(lesson)
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
                action: .lessonChanged, entity: .lesson, entityId: lessonId, lessonId: lessonId,
                before: before, after: AuditText.of(["topic": lesson.topic, "kind": lesson.kind.rawValue]))
            return lesson
        }
    }

    /// Records homework (J-HW-1): never in grade 1 (J-MARK-3); flagged late when entered after
    /// the class's lessons of that day end plus the grace time.
    public func setHomework(_ caller: Caller, lessonId: Int64, homework: String) throws -> Lesson {
        let text = try Validate.text(homework, .homework, max: 2000)
        return try write { db in
            var (lesson, clock) = try openForEntry(db, caller, lessonId, marksOrHomework: true)
            let lastEnd =
                try db.value(
                    ClockTime.self, "SELECT MAX(endTime) FROM lesson WHERE classId = ? AND date = ? AND cancelled = 0",
                    [lesson.classId, lesson.date]) ?? lesson.endTime
            let before = AuditText.of(["homework": lesson.homework])
            lesson.homework = text
            lesson.homeworkEnteredAt = clock.now
            lesson.homeworkLate = clock.isHomeworkLate(lessonsEndAt: lastEnd, on: lesson.date)
            try db.update(lesson)
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
                action: .homeworkSet, entity: .lesson, entityId: lessonId, lessonId: lessonId,
                before: before, after: AuditText.of(["homework": text, "late": lesson.homeworkLate ? "yes" : nil]))
            return lesson
        }
    }

    /// The lesson the caller is about to fill in, checked: their own or a logged substitution
    /// (J-ACL-1, J-SUB-1), not grade 1 for marks and homework (J-MARK-3), begun and within the
    /// entry window (J-LESSON-2); with the organization's clock.
    func openForEntry(
        _ db: StoreTransaction, _ caller: Caller, _ lessonId: Int64, marksOrHomework: Bool, classTeacherMay: Bool = false,
        windowFrom: LocalDate? = nil
    ) throws -> (Lesson, LessonClock) {
        let lesson = try fetchLesson(db, lessonId)
        try JournalAccess.checkEdit(caller, lesson, db, classTeacherMay: classTeacherMay)
        if marksOrHomework { try checkNotGradeOne(db, lesson) }
        let clock = try lessonClock(db, organizationId: caller.organizationId)
        try clock.checkOpen(lesson, windowFrom: windowFrom)
        return (lesson, clock)
    }

    /// J-MARK-3: grade 1 has attendance only.
    func checkNotGradeOne(_ db: StoreTransaction, _ lesson: Lesson) throws {
        if try db.record(SchoolClass.self, id: lesson.classId)?.gradeLevel == 1 { throw JournalError.gradeOneHasNoMarks }
    }

    /// The students who attend a lesson: the class (or its subgroup) on the lesson's day.
    func lessonStudents(_ db: StoreTransaction, _ lesson: Lesson) throws -> [Int64] {
        var query = StoreQuery(
            """
            SELECT e.studentId FROM enrolment e JOIN person p ON p.id = e.studentId
            WHERE e.classId = ? AND e.startDate <= ? AND (e.endDate IS NULL OR e.endDate >= ?)
            """, [lesson.classId, lesson.date, lesson.date])
        query.and("e.studentId IN (SELECT studentId FROM subgroupMember WHERE subgroupId = ?)", lesson.subgroupId)
        query.and("e.studentId = ?", lesson.studentId)
        // Namesakes in the order of their enrolments, as SQLite walks them.
        return try db.values(Int64.self, query.then("ORDER BY p.fullName, e.id"), query.arguments)
    }

    func checkAttends(_ db: StoreTransaction, _ lesson: Lesson, _ studentId: Int64) throws {
        guard try lessonStudents(db, lesson).contains(studentId) else {
            throw JournalError.notInLesson(student: try db.record(Person.self, id: studentId)?.fullName ?? String(studentId))
        }
    }
}

/// The before and after of an audit entry: a small JSON object (RFC 8259) with sorted keys.
enum AuditText {
    static func of(_ fields: [String: String?]) -> String {
        let members = fields.compactMap { key, value in value.map { (key, $0) } }.sorted { $0.0 < $1.0 }
        return "{" + members.map { "\(quoted($0.0)):\(quoted($0.1))" }.joined(separator: ",") + "}"
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension Journal {
    /// The organization's journal settings as they are now.
    public func journalSettings(_ caller: Caller) throws -> JournalSettings {
        try read { db in try settings(db, organizationId: caller.organizationId) }
    }

    /// The settings as the audit chain keeps them.
    static func auditText(_ settings: JournalSettings) -> String {
        AuditText.of([
            "markDeadline": settings.markDeadline.description, "homeworkGraceMinutes": String(settings.homeworkGraceMinutes),
            "allowsMarkOne": String(settings.allowsMarkOne), "saturdayLessons": String(settings.saturdayLessons),
            "temporaryPasswordHours": String(settings.temporaryPasswordHours), "backupMaxAgeDays": String(settings.backupMaxAgeDays),
        ])
    }

    /// Changes the configurable rules (REQUIREMENTS.md: "configurable"): the marks' deadline,
    /// the homework grace time, the mark 1. The journal administrator only; the change is in the
    /// audit chain with what was before. The entry window is the regulation's and not among them.
    public func updateJournalSettings(
        _ caller: Caller, markDeadline: ClockTime? = nil, homeworkGraceMinutes: Int? = nil,
        allowsMarkOne: Bool? = nil, saturdayLessons: Bool? = nil, temporaryPasswordHours: Int? = nil,
        backupMaxAgeDays: Int? = nil
    ) throws -> JournalSettings {
        if let days = backupMaxAgeDays, !(1...90).contains(days) {
            throw JournalError.invalid(.backupMaxAgeDays, .outOfRange(min: 1, max: 90))
        }
        if let hours = temporaryPasswordHours, !(1...720).contains(hours) {
            throw JournalError.invalid(.temporaryPasswordHours, .outOfRange(min: 1, max: 720))
        }
        if let minutes = homeworkGraceMinutes, !(0...720).contains(minutes) {
            throw JournalError.invalid(.time, .outOfRange(min: 0, max: 720))
        }
        return try write { db in
            try Access.check(.editOrganization, caller: caller, organizationId: caller.organizationId, db)
            var settings = try settings(db, organizationId: caller.organizationId)
            let before = settings
            if let markDeadline { settings.markDeadline = markDeadline }
            if let homeworkGraceMinutes { settings.homeworkGraceMinutes = homeworkGraceMinutes }
            if let allowsMarkOne { settings.allowsMarkOne = allowsMarkOne }
            if let saturdayLessons { settings.saturdayLessons = saturdayLessons }
            if let temporaryPasswordHours { settings.temporaryPasswordHours = temporaryPasswordHours }
            if let backupMaxAgeDays { settings.backupMaxAgeDays = backupMaxAgeDays }
            try db.save(settings)
            if settings != before {
                try AuditLog.append(
                    db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .settingsChanged,
                    entity: .journalSettings, entityId: caller.organizationId, before: Self.auditText(before),
                    after: Self.auditText(settings))
            }
            return settings
        }
    }
}
