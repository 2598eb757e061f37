internal import GRDB

/// Migration v2: the journal itself — the organization's journal settings, lessons,
/// attendance, marks with their corrections, and the chained audit log. Frozen once landed.
enum JournalMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "journalSettings") { t in
            t.primaryKey("organizationId", .integer).references("organization", onDelete: .cascade)
            t.column("markDeadline", .text).notNull().defaults(to: "16:00")
            t.column("homeworkGraceMinutes", .integer).notNull().defaults(to: 120).check { $0 >= 0 }
            t.column("entryWindowDays", .integer).notNull().defaults(to: 7).check { $0 >= 0 }
            t.column("allowsMarkOne", .boolean).notNull().defaults(to: false)
            t.column("saturdayLessons", .boolean).notNull().defaults(to: false)
        }
        // The production calendar: public holidays and moved working days, per organization.
        try db.create(table: "calendarDay") { t in
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("date", .text).notNull()
            t.column("kind", .text).notNull().check(sql: "kind IN ('holiday', 'workday')")
            t.column("name", .text).notNull()
            t.primaryKey(["organizationId", "date"])
        }
        // J-TT-1: the weekly timetable; a change closes an entry and opens a new one from a day on.
        try db.create(table: "timetableEntry") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("assignment", onDelete: .cascade).notNull()
            t.column("weekday", .integer).notNull().check { $0 >= 1 && $0 <= 7 }
            t.column("startTime", .text).notNull()
            t.column("endTime", .text).notNull()
            t.column("room", .text)
            t.column("validFrom", .text).notNull()
            t.column("validTo", .text)
            t.check(sql: "startTime < endTime")
            t.check(sql: "validTo IS NULL OR validFrom <= validTo")
        }
        // J-MARK-1: each kind of work has a weight set per organization.
        try db.create(table: "workWeight") { t in
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("workKind", .text).notNull()
            t.column("weight", .double).notNull().check { $0 > 0 && $0 <= 10 }
            t.primaryKey(["organizationId", "workKind"])
        }
        // J-PLAN-1: the course plan (КТП) of an assignment, in order.
        try db.create(table: "planItem") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("assignment", onDelete: .cascade).notNull()
            t.column("position", .integer).notNull().check { $0 >= 1 }
            t.column("section", .text)
            t.column("topic", .text).notNull().check { length($0) > 0 }
            t.column("hours", .integer).notNull().defaults(to: 1).check { $0 >= 1 && $0 <= 100 }
            t.column("plannedDate", .text)
            t.column("factDate", .text)
            t.column("homework", .text)
            t.uniqueKey(["assignmentId", "position"])
        }
        try db.create(table: "lesson") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("class", inTable: "schoolClass", onDelete: .cascade).notNull()
            t.belongsTo("subgroup", onDelete: .cascade)
            t.belongsTo("subject", onDelete: .restrict).notNull()
            t.belongsTo("teacher", inTable: "person", onDelete: .restrict).notNull()
            t.column("date", .text).notNull()
            t.column("startTime", .text).notNull()
            t.column("endTime", .text).notNull()
            t.column("topic", .text)
            t.column("kind", .text).notNull().defaults(to: "regular")
                .check(sql: "kind IN ('regular', 'practical', 'lab', 'test', 'excursion')")
            t.column("homework", .text)
            t.column("homeworkEnteredAt", .datetime)
            t.column("homeworkLate", .boolean).notNull().defaults(to: false)
            t.column("cancelled", .boolean).notNull().defaults(to: false)
            t.column("room", .text)
            t.belongsTo("timetableEntry", onDelete: .setNull)
            t.belongsTo("student", inTable: "person", onDelete: .cascade)
            t.check(sql: "startTime < endTime")
        }
        try db.create(index: "lesson_on_class_date", on: "lesson", columns: ["classId", "date"])
        try db.create(index: "lesson_on_teacher_date", on: "lesson", columns: ["teacherId", "date"])
        try db.create(table: "attendance") { t in
            t.belongsTo("lesson", onDelete: .cascade).notNull()
            t.belongsTo("student", inTable: "person", onDelete: .cascade).notNull()
            t.column("status", .text).notNull().check(sql: "status IN ('present', 'absent', 'late')")
            t.column("reason", .text).check(sql: "reason IN ('excused', 'unexcused')")
            t.column("reasonNote", .text)
            t.column("enteredBy", .integer).notNull().references("account")
            t.column("enteredAt", .datetime).notNull()
            t.primaryKey(["lessonId", "studentId"])
            t.check(sql: "reason IS NULL OR status <> 'present'")
        }
        try db.create(table: "mark") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("lesson", onDelete: .cascade).notNull()
            t.belongsTo("student", inTable: "person", onDelete: .cascade).notNull()
            t.column("value", .text).notNull()
                .check(sql: "value IN ('1', '2', '3', '4', '5', 'н/а', 'ОСВ', 'зачёт', 'незачёт')")
            t.column("workKind", .text).notNull()
            t.column("comment", .text)
            t.column("documentReference", .text)
            t.column("enteredBy", .integer).notNull().references("account")
            t.column("enteredAt", .datetime).notNull()
            t.column("late", .boolean).notNull().defaults(to: false)
        }
        try db.create(index: "mark_on_student", on: "mark", columns: ["studentId", "lessonId"])
        try db.create(table: "markCorrection") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("mark", onDelete: .cascade).notNull()
            t.column("oldValue", .text).notNull()
            t.column("newValue", .text).notNull()
            t.column("reason", .text).notNull().check { length($0) > 0 }
            t.column("correctedBy", .integer).notNull().references("account")
            t.column("correctedAt", .datetime).notNull()
        }
        // J-SUB-1: the substitution log.
        try db.create(table: "substitution") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("absentTeacher", inTable: "person", onDelete: .cascade).notNull()
            t.belongsTo("substitute", inTable: "person", onDelete: .cascade).notNull()
            t.column("fromDate", .text).notNull()
            t.column("toDate", .text).notNull()
            t.belongsTo("class", inTable: "schoolClass", onDelete: .cascade)
            t.column("note", .text)
            t.column("recordedBy", .integer).notNull().references("account")
            t.column("recordedAt", .datetime).notNull()
            t.check(sql: "fromDate <= toDate")
            t.check(sql: "absentTeacherId <> substituteId")
        }
        // J-MARK-5, J-MARK-6: period and year marks; a change after the window rests on an explanatory note.
        try db.create(table: "periodMark") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("student", inTable: "person", onDelete: .cascade).notNull()
            t.belongsTo("subject", onDelete: .cascade).notNull()
            t.belongsTo("class", inTable: "schoolClass", onDelete: .cascade).notNull()
            t.belongsTo("period", inTable: "reportingPeriod", onDelete: .cascade)
            t.belongsTo("year", inTable: "academicYear", onDelete: .cascade).notNull()
            t.column("value", .text).notNull()
                .check(sql: "value IN ('1', '2', '3', '4', '5', 'н/а', 'ОСВ', 'зачёт', 'незачёт')")
            t.column("setBy", .integer).notNull().references("account")
            t.column("setAt", .datetime).notNull()
        }
        try db.execute(
            sql: """
                CREATE UNIQUE INDEX periodMark_one_per_period ON periodMark(studentId, subjectId, yearId, IFNULL(periodId, 0))
                """)
        try db.create(table: "explanatoryNote") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("periodMark", onDelete: .cascade).notNull()
            t.column("teacherName", .text).notNull().check { length($0) > 0 }
            t.column("classLetter", .text).notNull().check { length($0) > 0 }
            t.column("date", .text).notNull()
            t.column("subject", .text).notNull().check { length($0) > 0 }
            t.column("changes", .text).notNull().check { length($0) > 0 }
            t.column("reasons", .text).notNull().check { length($0) > 0 }
            t.column("oldValue", .text).notNull()
            t.column("newValue", .text).notNull()
            t.column("changedBy", .integer).notNull().references("account")
            t.column("changedAt", .datetime).notNull()
        }
        try db.create(table: "auditEntry") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("at", .integer).notNull()  // milliseconds since 1970, exactly as hashed
            t.column("accountId", .integer).notNull()
            t.column("action", .text).notNull()
            t.column("entity", .text).notNull()
            t.column("entityId", .integer).notNull()
            t.column("studentId", .integer)
            t.column("lessonId", .integer)
            t.column("before", .text)
            t.column("after", .text)
            t.column("reason", .text)
            t.column("previousHash", .text).notNull()
            t.column("hash", .text).notNull().unique()
        }
        // The chain's head: a deleted last entry no longer matches it.
        try db.create(table: "auditHead") { t in
            t.primaryKey("organizationId", .integer).references("organization", onDelete: .cascade)
            t.column("lastId", .integer).notNull()
            t.column("lastHash", .text).notNull()
            t.column("count", .integer).notNull()
        }
    }
}
