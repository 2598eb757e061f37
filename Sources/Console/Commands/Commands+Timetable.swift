import JournalCore

extension Commands {

    /// The production calendar and the timetable (J-TT-1).
    static let timetable: [CommandSpec] = [
        CommandSpec(
            .holidayList, .school, nouns: ["holiday", "праздник", "праздники"], verbs: Words.list,
            fields: [Arg.calendarYear.optional], result: .table([.date(.date), .code(.state, CalendarDayKind.self), .text(.name)])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let year = try arguments[Arg.calendarYear] ?? session.journal.today(caller).year
            return .table(
                columns: [.date, .state, .name],
                rows: try session.journal.calendarDays(caller, year: year).map {
                    [
                        .date($0.date), .code($0.kind.rawValue, word: session.texts($0.kind == .holiday ? .dayOff : .workingDay)),
                        .text($0.name),
                    ]
                })
        },
        CommandSpec(
            .holidaySet, .school, nouns: ["holiday", "праздник"], verbs: ["set", "задать"],
            fields: [
                Arg.date, Arg.name,
                Arg.workday.optional,
            ],
            writes: true, example: "holiday set 30.12.2026 \"Решение учредителя\"", result: .none
        ) { session, arguments in
            _ = try session.journal.setCalendarDay(
                session.requireCaller(), date: try arguments.value(Arg.date),
                kind: arguments.isSet(Arg.workday) ? .workday : .holiday, name: try arguments.value(Arg.name))
            return .message(.saved)
        },
        CommandSpec(
            .holidayRemove, .school, nouns: ["holiday", "праздник"], verbs: ["remove", "удалить"],
            fields: [Arg.date], writes: true, result: .none
        ) { session, arguments in
            try session.journal.removeCalendarDay(session.requireCaller(), date: try arguments.value(Arg.date))
            return .message(.saved)
        },
        CommandSpec(
            .timetableList, .journal, nouns: ["timetable", "расписание"], verbs: Words.list,
            fields: [
                Arg.schoolClass.optional,
                Arg.date.optional,
            ],
            example: "timetable list 5А",
            result: .table([
                .number(.number), .number(.weekday), .value(.time, .span), .text(.schoolClass), .text(.subject), .text(.teacher),
                .text(.room).optional,
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let day = try arguments[Arg.date] ?? session.journal.today(caller)
            let rows = try session.journal.timetable(caller, on: day, classId: arguments[Arg.schoolClass]?.id)
            return .table(
                columns: [.number, .weekday, .time, .schoolClass, .subject, .teacher, .room],
                rows: rows.map { row in
                    [
                        Cell(row.entry.id), Cell(row.entry.weekday).shown(Self.weekdayName(row.entry.weekday, session.texts)),
                        .span(row.entry.startTime, row.entry.endTime), .text(row.className),
                        .text(row.subgroupName.map { "\(row.subjectName) (\($0))" } ?? row.subjectName), .text(row.teacherName),
                        Cell(row.entry.room),
                    ]
                })
        },
        CommandSpec(
            .timetableAdd, .journal, nouns: ["timetable", "расписание"], verbs: Words.new,
            fields: [
                Arg.teacher, Arg.schoolClass,
                Arg.subject, Arg.weekday,
                Arg.startTime, Arg.endTime,
                Arg.room.optional,
                Arg.subgroup.optional,
                Arg.classStudent.optional,
                Arg.from.optional,
            ],
            writes: true,
            example:
                "timetable add --teacher \"Жукова Ольга\" --class 5А --subject Математика --weekday 1 --start 08:30 --end 09:15 --room 12",
            result: .none
        ) { session, arguments in
            let caller = try session.requireCaller()
            let classId = try arguments.value(Arg.schoolClass).id
            let subgroupId = try arguments[Arg.subgroup].map {
                try session.journal.findSubgroup(caller, classId: classId, named: $0).savedId
            }
            let year = try session.journal.year(caller, named: nil)
            let assignment = try session.journal.assignments(
                caller, yearId: year.savedId, classId: classId, teacherId: arguments[Arg.teacher]?.id
            )
            .first {
                $0.assignment.subjectId == arguments[Arg.subject]?.id && $0.assignment.subgroupId == subgroupId
                    && $0.assignment.studentId == arguments[Arg.classStudent]?.id
            }
            guard let assignment else { throw JournalError.invalid(.subject, .unknown(arguments[Arg.subject]?.name ?? "")) }
            _ = try session.journal.addTimetableEntry(
                caller, assignmentId: assignment.assignment.savedId, weekday: try arguments.value(Arg.weekday),
                start: try arguments.value(Arg.startTime), end: try arguments.value(Arg.endTime), room: arguments[Arg.room],
                from: arguments[Arg.from] ?? year.startDate)
            return .message(.saved)
        },
        CommandSpec(
            .timetableChange, .journal, nouns: ["timetable", "расписание"], verbs: Words.edit,
            fields: [
                Arg.id, Arg.from,
                Arg.weekday.optional,
                Arg.startTime.optional,
                Arg.endTime.optional,
                Arg.room.optional,
            ],
            writes: true, example: "timetable edit 7 --from 16.11.2026 --weekday 2", result: .none
        ) { session, arguments in
            _ = try session.journal.changeTimetableEntry(
                session.requireCaller(), entryId: try arguments.value(Arg.id),
                from: try arguments.value(Arg.from), weekday: arguments[Arg.weekday],
                start: arguments[Arg.startTime], end: arguments[Arg.endTime], room: arguments[Arg.room])
            return .message(.saved)
        },
        CommandSpec(
            .timetableEnd, .journal, nouns: ["timetable", "расписание"], verbs: ["end", "убрать"],
            fields: [Arg.id, Arg.from],
            writes: true, result: .none
        ) { session, arguments in
            try session.journal.endTimetableEntry(
                session.requireCaller(), entryId: try arguments.value(Arg.id), from: try arguments.value(Arg.from))
            return .message(.saved)
        },
        CommandSpec(
            .lessonGenerate, .journal, nouns: ["lesson", "урок", "уроки"], verbs: ["generate", "создать-по-расписанию"],
            fields: [
                Arg.from, Arg.to,
                Arg.schoolClass.optional,
            ],
            writes: true, example: "lesson generate 01.09.2026 24.10.2026",
            // How many lessons it made.
            result: .record([.number(.lessons)])
        ) { session, arguments in
            let count = try session.journal.generateLessons(
                session.requireCaller(), classId: arguments[Arg.schoolClass]?.id,
                from: try arguments.value(Arg.from), to: try arguments.value(Arg.to))
            return .lines([.message(.lessonsGenerated(count)), .screen(.none, data: .record([(.lessons, Cell(count))]))])
        },
        CommandSpec(
            .lessonCancel, .journal, nouns: ["lesson", "урок"], verbs: ["cancel", "отменить"],
            fields: [Arg.lesson, Arg.reason], writes: true, result: .none
        ) { session, arguments in
            try session.journal.cancelLesson(
                session.requireCaller(), lessonId: try arguments.value(Arg.lesson), reason: try arguments.value(Arg.reason))
            return .message(.lessonCancelled)
        },
        CommandSpec(
            .lessonMove, .journal, nouns: ["lesson", "урок"], verbs: ["move", "перенести"],
            fields: [
                Arg.lesson, Arg.date, Arg.startTime,
                Arg.endTime, Arg.reason,
            ],
            writes: true, result: .none
        ) { session, arguments in
            _ = try session.journal.moveLesson(
                session.requireCaller(), lessonId: try arguments.value(Arg.lesson), date: try arguments.value(Arg.date),
                start: try arguments.value(Arg.startTime), end: try arguments.value(Arg.endTime), reason: try arguments.value(Arg.reason))
            return .message(.saved)
        },
    ]

    static func weekdayName(_ weekday: Int, _ texts: Texts) -> String {
        weekdayName(weekday, texts.language)
    }

    static func weekdayName(_ weekday: Int, _ language: Language) -> String {
        Word.weekday(weekday).wording[language]
    }
}
