internal import GRDB

extension Journal {
    /// Adds a weekly lesson to the timetable (J-TT-1), refusing a clash with the class (or the
    /// same subgroup) or the teacher at that time.
    public func addTimetableEntry(
        _ caller: Caller, assignmentId: Int64, weekday: Int, start: ClockTime, end: ClockTime, room: String?, from: LocalDate
    ) throws -> TimetableEntry {
        guard (1...7).contains(weekday) else { throw JournalError.invalid(.date, .outOfRange(min: 1, max: 7)) }
        guard start < end else { throw JournalError.invalid(.endDate, .endBeforeStart) }
        let room = try Validate.optionalText(room, .name, max: 40)
        return try write { db in
            let assignment = try fetchAssignment(db, caller, assignmentId, .manageAssignments)
            var entry = TimetableEntry(
                id: nil, assignmentId: assignmentId, weekday: weekday, startTime: start, endTime: end,
                room: room, validFrom: from, validTo: nil)
            try checkClash(db, entry, assignment)
            try db.insert(&entry)
            return entry
        }
    }

    /// Changes a timetable line from a day on: the old line ends the day before, a new one begins.
    public func changeTimetableEntry(
        _ caller: Caller, entryId: Int64, from: LocalDate, weekday: Int?, start: ClockTime?, end: ClockTime?, room: String?
    ) throws -> TimetableEntry {
        try write { db in
            guard var old = try db.record(TimetableEntry.self, id: entryId) else {
                throw JournalError.invalid(.lesson, .unknown(String(entryId)))
            }
            let assignment = try fetchAssignment(db, caller, old.assignmentId, .manageAssignments)
            guard old.validFrom < from, old.validTo.map({ from <= $0 }) ?? true else {
                throw JournalError.invalid(.startDate, .outsideYear)
            }
            var new = old
            new.id = nil
            new.validFrom = from
            if let weekday { new.weekday = weekday }
            if let start { new.startTime = start }
            if let end { new.endTime = end }
            if let room { new.room = try Validate.optionalText(room, .name, max: 40) }
            guard new.startTime < new.endTime else { throw JournalError.invalid(.endDate, .endBeforeStart) }
            old.validTo = from.adding(days: -1)
            try db.update(old)
            try checkClash(db, new, assignment)
            try db.insert(&new)
            return new
        }
    }

    /// Ends a timetable line: no lessons from `from` on.
    public func endTimetableEntry(_ caller: Caller, entryId: Int64, from: LocalDate) throws {
        try write { db in
            guard var entry = try db.record(TimetableEntry.self, id: entryId) else {
                throw JournalError.invalid(.lesson, .unknown(String(entryId)))
            }
            _ = try fetchAssignment(db, caller, entry.assignmentId, .manageAssignments)
            guard entry.validFrom < from else { throw JournalError.invalid(.startDate, .endBeforeStart) }
            entry.validTo = from.adding(days: -1)
            try db.update(entry)
        }
    }

    /// The timetable valid on a day, of a class or of the caller as teacher, by weekday and time.
    public func timetable(_ caller: Caller, on date: LocalDate, classId: Int64? = nil) throws -> [TimetableRow] {
        try read { db in
            // A pupil or a parent sees the timetable of their own class, or their children's.
            var familyClasses: Set<Int64>?
            if !caller.roles.contains(where: \.isStaff) {
                let classes =
                    caller.roles.contains(.student)
                    ? Set([try Directory.classId(db, studentId: caller.personId, on: date)].compactMap { $0 })
                    : Set(try Directory.children(db, guardianId: caller.personId, on: date).compactMap(\.classId))
                if let classId, !classes.contains(classId) { throw JournalError.forbidden(.viewStructure) }
                familyClasses = classes
            } else {
                try Access.check(.viewStructure, caller: caller, organizationId: caller.organizationId, db)
            }
            var sql = """
                SELECT t.*, c.gradeLevel || c.letter AS className, s.name AS subjectName, g.name AS subgroupName, p.fullName AS teacherName
                FROM timetableEntry t JOIN assignment a ON a.id = t.assignmentId JOIN schoolClass c ON c.id = a.classId
                JOIN subject s ON s.id = a.subjectId JOIN person p ON p.id = a.teacherId LEFT JOIN subgroup g ON g.id = a.subgroupId
                WHERE t.validFrom <= ? AND (t.validTo IS NULL OR t.validTo >= ?)
                """
            var arguments: StoreArguments = [date, date]
            if let classId {
                sql += " AND a.classId = ?"
                arguments.append(classId)
            } else if let familyClasses {
                guard !familyClasses.isEmpty else { return [] }
                sql += " AND a.classId IN (\(StoreTransaction.placeholders(familyClasses.count)))"
                arguments += familyClasses.sorted() as [any StoreValueConvertible]
            } else {
                sql += " AND a.teacherId = ?"
                arguments.append(caller.personId)
            }
            return try db.rows(sql + " ORDER BY t.weekday, t.startTime", arguments).map {
                TimetableRow(
                    entry: try $0.record(), className: try $0["className"], subjectName: try $0["subjectName"],
                    subgroupName: try $0["subgroupName"], teacherName: try $0["teacherName"])
            }
        }
    }

    /// Creates the lessons of the timetable for the days from `from` to `to` (a class, or the
    /// whole school), skipping vacations, holidays and days off; lessons already there stay.
    /// Never into the past beyond the entry window (J-LESSON-2): earlier days are left out.
    /// Returns how many were created.
    @discardableResult
    public func generateLessons(_ caller: Caller, classId: Int64? = nil, from: LocalDate, to: LocalDate) throws -> Int {
        try Validate.range(from, to)
        guard to.dayNumber - from.dayNumber <= 400 else { throw JournalError.invalid(.endDate, .outOfRange(min: 0, max: 400)) }
        return try write { db in
            try Access.check(.manageAssignments, caller: caller, organizationId: caller.organizationId, db)
            let clock = try lessonClock(db, organizationId: caller.organizationId)
            let earliest = clock.today.adding(days: -clock.settings.entryWindowDays)
            if to < earliest {
                throw JournalError.entryWindowClosed(daysAgo: clock.today.dayNumber - to.dayNumber, limit: clock.settings.entryWindowDays)
            }
            return try createTimetableLessons(
                db, organizationId: caller.organizationId, classId: classId, from: max(from, earliest), to: to)
        }
    }

    /// Inserts the timetable's missing lessons of the days from `from` to `to` on school days.
    func createTimetableLessons(_ db: StoreTransaction, organizationId: Int64, classId: Int64?, from: LocalDate, to: LocalDate) throws
        -> Int
    {
        var query = StoreQuery(
            """
            SELECT t.*, a.classId, a.subgroupId, a.studentId, a.subjectId, a.teacherId, c.yearId FROM timetableEntry t
            JOIN assignment a ON a.id = t.assignmentId JOIN schoolClass c ON c.id = a.classId JOIN academicYear y ON y.id = c.yearId
            WHERE y.organizationId = ?
            """, [organizationId])
        query.and("a.classId = ?", classId)
        var created = 0
        var calendars: [Int64: (AcademicYear, SchoolDays)] = [:]
        // The order SQLite walks the join in (year, class, assignment, entry): the lessons get
        // their ids in this order on every engine.
        for row in try db.rows(query.then("ORDER BY c.yearId, a.classId, a.id, t.id"), query.arguments) {
            let entry: TimetableEntry = try row.record()
            let yearId: Int64 = try row["yearId"]
            if calendars[yearId] == nil, let year = try db.record(AcademicYear.self, id: yearId) {
                calendars[yearId] = (year, try schoolDays(db, organizationId: organizationId, yearId: yearId))
            }
            guard let (year, days) = calendars[yearId] else { continue }
            let existing = Set(try db.values(LocalDate.self, "SELECT date FROM lesson WHERE timetableEntryId = ?", [entry.savedId]))
            for number in from.dayNumber...to.dayNumber {
                let date = LocalDate(dayNumber: number)
                guard entry.isValid(on: date), year.contains(date), days.isSchoolDay(date), !existing.contains(date) else { continue }
                var lesson = Lesson(
                    classId: try row["classId"], subgroupId: try row["subgroupId"], studentId: try row["studentId"],
                    subjectId: try row["subjectId"], teacherId: try row["teacherId"], date: date, startTime: entry.startTime,
                    endTime: entry.endTime)
                lesson.room = entry.room
                lesson.timetableEntryId = entry.id
                try db.insert(&lesson)
                created += 1
            }
        }
        return created
    }

    /// Cancels a lesson (a one-off change of the timetable), with the reason in the audit log:
    /// within the entry window unless the deputy does it (J-LESSON-2), never one with marks.
    public func cancelLesson(_ caller: Caller, lessonId: Int64, reason: String) throws {
        let reason = try Validate.text(reason, .reason, max: 300)
        try write { db in
            var lesson = try fetchLesson(db, lessonId)
            let schoolClass = try fetchClass(db, caller, lesson.classId, .manageAssignments)
            try lessonDateRule(db, caller, yearId: schoolClass.yearId).checkDate(lesson.date)
            let marks = try markCount(db, lessonId: lessonId)
            if marks > 0 { throw JournalError.lessonWithMarks(marks) }
            lesson.cancelled = true
            try db.update(lesson)
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
                action: .lessonChanged, entity: .lesson, entityId: lessonId, lessonId: lessonId,
                before: AuditText.of(["cancelled": "no"]), after: AuditText.of(["cancelled": "yes"]), reason: reason)
        }
    }

    /// Moves a lesson to another day or time (a one-off change), refusing a clash. Both days are
    /// school days within the entry window unless the deputy moves it (J-LESSON-2); a lesson with
    /// marks never moves into the future or into another period.
    public func moveLesson(_ caller: Caller, lessonId: Int64, date: LocalDate, start: ClockTime, end: ClockTime, reason: String) throws
        -> Lesson
    {
        let reason = try Validate.text(reason, .reason, max: 300)
        guard start < end else { throw JournalError.invalid(.endDate, .endBeforeStart) }
        return try write { db in
            var lesson = try fetchLesson(db, lessonId)
            let schoolClass = try fetchClass(db, caller, lesson.classId, .manageAssignments)
            guard try db.record(AcademicYear.self, id: schoolClass.yearId)?.contains(date) == true else {
                throw JournalError.invalid(.date, .outsideYear)
            }
            let rule = try lessonDateRule(db, caller, yearId: schoolClass.yearId)
            try rule.checkDate(lesson.date, field: .lesson)
            try rule.checkDate(date)
            try rule.checkMove(lesson, marks: try markCount(db, lessonId: lessonId), to: date, start: start)
            let clash = try db.record(
                Lesson.self,
                """
                SELECT * FROM lesson
                WHERE id <> ? AND date = ? AND cancelled = 0 AND startTime < ? AND ? < endTime
                AND (teacherId = ? OR (classId = ? AND (subgroupId IS NULL OR CAST(? AS INTEGER) IS NULL OR subgroupId = ?)))
                ORDER BY id LIMIT 1
                """, [lessonId, date, end, start, lesson.teacherId, lesson.classId, lesson.subgroupId, lesson.subgroupId])
            if let clash { throw JournalError.invalid(.time, .overlapsLesson("\(clash.startTime)–\(clash.endTime)")) }
            let before = AuditText.of(["date": lesson.date.description, "start": lesson.startTime.description])
            lesson.date = date
            lesson.startTime = start
            lesson.endTime = end
            try db.update(lesson)
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
                action: .lessonChanged, entity: .lesson, entityId: lessonId, lessonId: lessonId, before: before,
                after: AuditText.of(["date": date.description, "start": start.description]), reason: reason)
            return lesson
        }
    }

    /// The class (or the same subgroup) and the teacher have one lesson at a time.
    private func checkClash(_ db: StoreTransaction, _ entry: TimetableEntry, _ assignment: Assignment) throws {
        let clash = try db.row(
            """
            SELECT t.startTime, t.endTime FROM timetableEntry t JOIN assignment a ON a.id = t.assignmentId
            WHERE t.weekday = ? AND t.startTime < ? AND ? < t.endTime
              AND (t.validTo IS NULL OR t.validTo >= ?) AND (CAST(? AS TEXT) IS NULL OR t.validFrom <= ?)
              AND (a.teacherId = ? OR (a.classId = ? AND (a.subgroupId IS NULL OR CAST(? AS INTEGER) IS NULL OR a.subgroupId = ?)))
            """,
            [
                entry.weekday, entry.endTime, entry.startTime, entry.validFrom, entry.validTo, entry.validTo,
                assignment.teacherId, assignment.classId, assignment.subgroupId, assignment.subgroupId,
            ])
        if let clash {
            let start: String = try clash["startTime"]
            let end: String = try clash["endTime"]
            throw JournalError.invalid(.time, .overlapsLesson("\(start)–\(end)"))
        }
    }
}
