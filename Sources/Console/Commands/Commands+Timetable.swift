import JournalCore

extension Commands {
    static let weekdayField = FieldSpec("weekday", "день", .weekday, .integer(1...7))

    /// The production calendar and the timetable (J-TT-1).
    static let timetable: [CommandSpec] = [
        CommandSpec(
            .holidayList, .school, nouns: ["holiday", "праздник", "праздники"], verbs: Words.list,
            fields: [FieldSpec("year", "год", .year, .integer(2000...2100), required: false)]
        ) { session, arguments in
            let caller = try session.requireCaller()
            let year = try arguments.integer("year") ?? session.journal.today(caller).year
            return .table(
                columns: [.date, .state, .name],
                rows: try session.journal.calendarDays(caller, year: year).map {
                    [session.texts.date($0.date), session.texts($0.kind == .holiday ? .dayOff : .workingDay), $0.name]
                })
        },
        CommandSpec(
            .holidaySet, .school, nouns: ["holiday", "праздник"], verbs: ["set", "задать"],
            fields: [
                FieldSpec("date", "дата", .date, .date), FieldSpec("name", "название", .name, .text(max: 100)),
                FieldSpec("workday", "рабочий", .kind, .flag, required: false),
            ],
            writes: true, example: "holiday set 30.12.2026 \"Решение учредителя\""
        ) { session, arguments in
            _ = try session.journal.setCalendarDay(
                session.requireCaller(), date: arguments.date("date")!,
                kind: arguments.flag("workday") ? .workday : .holiday, name: arguments.text("name")!)
            return .message(.saved)
        },
        CommandSpec(
            .holidayRemove, .school, nouns: ["holiday", "праздник"], verbs: ["remove", "удалить"],
            fields: [FieldSpec("date", "дата", .date, .date)], writes: true
        ) { session, arguments in
            try session.journal.removeCalendarDay(session.requireCaller(), date: arguments.date("date")!)
            return .message(.saved)
        },
        CommandSpec(
            .timetableList, .journal, nouns: ["timetable", "расписание"], verbs: Words.list,
            fields: [
                FieldSpec("class", "класс", .schoolClass, .schoolClass, required: false),
                FieldSpec("date", "дата", .date, .date, required: false),
            ],
            example: "timetable list 5А"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let day = try arguments.date("date") ?? session.journal.today(caller)
            let rows = try session.journal.timetable(caller, on: day, classId: arguments.id("class"))
            return .table(
                columns: [.number, .weekday, .time, .schoolClass, .subject, .teacher, .room],
                rows: rows.map { row in
                    [
                        String(row.entry.id!), Self.weekdayName(row.entry.weekday, session.texts),
                        "\(row.entry.startTime)–\(row.entry.endTime)",
                        row.className, row.subgroupName.map { "\(row.subjectName) (\($0))" } ?? row.subjectName, row.teacherName,
                        row.entry.room ?? "",
                    ]
                })
        },
        CommandSpec(
            .timetableAdd, .journal, nouns: ["timetable", "расписание"], verbs: Words.new,
            fields: [
                FieldSpec("teacher", "учитель", .teacher, .staffMember), classField,
                FieldSpec("subject", "предмет", .subject, .subject), weekdayField,
                FieldSpec("start", "начало", .startDate, .time), FieldSpec("end", "конец", .endDate, .time),
                FieldSpec("room", "кабинет", .room, .text(max: 40), required: false),
                FieldSpec("subgroup", "подгруппа", .subgroup, .text(max: 60), required: false),
                FieldSpec("student", "ученик", .student, .classStudent, required: false),
                FieldSpec("from", "с", .startDate, .date, required: false),
            ],
            writes: true,
            example:
                "timetable add --teacher \"Жукова Ольга\" --class 5А --subject Математика --weekday 1 --start 08:30 --end 09:15 --room 12"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let classId = arguments.id("class")!
            let subgroupId = try arguments.text("subgroup").map {
                try session.journal.findSubgroup(caller, classId: classId, named: $0).id!
            }
            let year = try session.journal.year(caller, named: nil)
            let assignment = try session.journal.assignments(caller, yearId: year.id!, classId: classId, teacherId: arguments.id("teacher"))
                .first {
                    $0.assignment.subjectId == arguments.id("subject") && $0.assignment.subgroupId == subgroupId
                        && $0.assignment.studentId == arguments.id("student")
                }
            guard let assignment else { throw JournalError.invalid(.subject, .unknown(arguments.display("subject") ?? "")) }
            _ = try session.journal.addTimetableEntry(
                caller, assignmentId: assignment.assignment.id!, weekday: arguments.integer("weekday")!,
                start: arguments.time("start")!, end: arguments.time("end")!, room: arguments.text("room"),
                from: arguments.date("from") ?? year.startDate)
            return .message(.saved)
        },
        CommandSpec(
            .timetableChange, .journal, nouns: ["timetable", "расписание"], verbs: Words.edit,
            fields: [
                FieldSpec("id", "номер", .number, .integer(1...Int(Int32.max))), FieldSpec("from", "с", .startDate, .date),
                FieldSpec("weekday", "день", .weekday, .integer(1...7), required: false),
                FieldSpec("start", "начало", .startDate, .time, required: false),
                FieldSpec("end", "конец", .endDate, .time, required: false),
                FieldSpec("room", "кабинет", .room, .text(max: 40), required: false),
            ],
            writes: true, example: "timetable edit 7 --from 16.11.2026 --weekday 2"
        ) { session, arguments in
            _ = try session.journal.changeTimetableEntry(
                session.requireCaller(), entryId: Int64(arguments.integer("id")!),
                from: arguments.date("from")!, weekday: arguments.integer("weekday"),
                start: arguments.time("start"), end: arguments.time("end"), room: arguments.text("room"))
            return .message(.saved)
        },
        CommandSpec(
            .timetableEnd, .journal, nouns: ["timetable", "расписание"], verbs: ["end", "убрать"],
            fields: [FieldSpec("id", "номер", .number, .integer(1...Int(Int32.max))), FieldSpec("from", "с", .startDate, .date)],
            writes: true
        ) { session, arguments in
            try session.journal.endTimetableEntry(
                session.requireCaller(), entryId: Int64(arguments.integer("id")!), from: arguments.date("from")!)
            return .message(.saved)
        },
        CommandSpec(
            .lessonGenerate, .journal, nouns: ["lesson", "урок", "уроки"], verbs: ["generate", "создать-по-расписанию"],
            fields: [
                FieldSpec("from", "с", .startDate, .date), FieldSpec("to", "по", .endDate, .date),
                FieldSpec("class", "класс", .schoolClass, .schoolClass, required: false),
            ],
            writes: true, example: "lesson generate 01.09.2026 24.10.2026"
        ) { session, arguments in
            let count = try session.journal.generateLessons(
                session.requireCaller(), classId: arguments.id("class"),
                from: arguments.date("from")!, to: arguments.date("to")!)
            return .message(.lessonsGenerated(count))
        },
        CommandSpec(
            .lessonCancel, .journal, nouns: ["lesson", "урок"], verbs: ["cancel", "отменить"],
            fields: [lessonField, FieldSpec("reason", "причина", .reason, .text(max: 300))], writes: true
        ) { session, arguments in
            try session.journal.cancelLesson(
                session.requireCaller(), lessonId: Int64(arguments.integer("lesson")!), reason: arguments.text("reason")!)
            return .message(.lessonCancelled)
        },
        CommandSpec(
            .lessonMove, .journal, nouns: ["lesson", "урок"], verbs: ["move", "перенести"],
            fields: [
                lessonField, FieldSpec("date", "дата", .date, .date), FieldSpec("start", "начало", .startDate, .time),
                FieldSpec("end", "конец", .endDate, .time), FieldSpec("reason", "причина", .reason, .text(max: 300)),
            ],
            writes: true
        ) { session, arguments in
            _ = try session.journal.moveLesson(
                session.requireCaller(), lessonId: Int64(arguments.integer("lesson")!), date: arguments.date("date")!,
                start: arguments.time("start")!, end: arguments.time("end")!, reason: arguments.text("reason")!)
            return .message(.saved)
        },
    ]

    static func weekdayName(_ weekday: Int, _ texts: Texts) -> String {
        weekdayName(weekday, texts.language)
    }

    static func weekdayName(_ weekday: Int, _ language: Language) -> String {
        let ru = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"], en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return (language == .ru ? ru : en)[max(0, min(6, weekday - 1))]
    }
}
