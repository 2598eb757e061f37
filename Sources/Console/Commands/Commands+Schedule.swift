import Foundation
import HelpDesk
import JournalCore

extension Commands {

    /// The support timetables' questions (H-TT-1, H-TT-2), their reload and their calendar.
    static let schedule: [CommandSpec] = [
        CommandSpec(
            .scheduleWho, .helpdesk, nouns: ["schedule", "график"], verbs: ["who", "кто"],
            fields: [
                Arg.topic.optional, Arg.organizationCode.optional,
                Arg.helpKind.optional,
            ],
            needsLogin: false, example: "schedule who КТП --org glshkola", result: .table(slotFields)
        ) { session, arguments in
            let timetable = try session.timetable(arguments[Arg.organizationCode])
            let matches = timetable.whoHelps(with: arguments[Arg.topic] ?? "", kind: arguments[Arg.helpKind] ?? .any)
            return slotTable(matches.map(\.slot), timetable, session)
        },
        CommandSpec(
            .scheduleNow, .helpdesk, nouns: ["schedule", "график"], verbs: ["now", "сейчас"], fields: [Arg.organizationCode.optional],
            needsLogin: false, result: .table(slotFields)
        ) { session, arguments in
            let timetable = try session.timetable(arguments[Arg.organizationCode])
            let onDuty = timetable.onDuty(at: session.journal.clock.now)
            return onDuty.isEmpty
                ? .lines([.message(.nobodyOnDuty), slotTable(timetable.slots, timetable, session)])
                : slotTable(onDuty, timetable, session)
        },
        CommandSpec(
            .scheduleWeek, .helpdesk, nouns: ["schedule", "график"], verbs: ["week", "неделя", "list", "список"],
            fields: [Arg.organizationCode.optional],
            needsLogin: false, result: .table(slotFields)
        ) { session, arguments in
            let timetable = try session.timetable(arguments[Arg.organizationCode])
            return slotTable(timetable.slots, timetable, session)
        },
        CommandSpec(
            .scheduleReload, .helpdesk, nouns: ["schedule", "график"], verbs: ["reload", "обновить"],
            fields: [Arg.organizationCode.optional],
            writes: true, example: "schedule reload --org glshkola",
            // The bookings the new timetable no longer has a time for.
            result: .table(bookingFields)
        ) { session, arguments in
            let result = try session.desk.reloadSchedule(session.requireCaller(), code: arguments[Arg.organizationCode])
            var lines: [Output] = [
                .message(.desk(.scheduleReloaded(code: result.timetable.organizationCode, lines: result.timetable.slots.count)))
            ]
            if !result.stranded.isEmpty {
                lines += [.message(.desk(.strandedBookings(result.stranded.count))), bookingTable(result.stranded, session)]
            }
            return .lines(lines)
        },
        CommandSpec(
            .scheduleExport, .helpdesk, nouns: ["schedule", "график"], verbs: ["export", "ics", "выгрузить"],
            fields: [Arg.scheduleFile, Arg.from.optional, Arg.to.optional], example: "schedule export grafik.ics --to 31.05.2027",
            result: calendarShape
        ) { session, arguments in
            let caller = try session.requireCaller()
            let from = try arguments[Arg.from] ?? session.journal.today(caller)
            let to = arguments[Arg.to] ?? from.adding(days: 182)
            let text = try session.desk.timetableCalendar(caller, from: from, to: to, words: calendarWords(session.texts))
            return try writeCalendar(text, to: try arguments.value(Arg.scheduleFile), session)
        },
    ]

    /// The columns of `slotTable`.
    static let slotFields: [FieldShape] = [
        .text(.responsible), .code(.helpKind, HelpKind.self), .list(.days, of: .number), .value(.time, .span), .text(.room).optional,
        .moment(.nextOpening).optional, .list(.topics, of: .text),
    ]

    static func slotTable(_ slots: [SupportSlot], _ timetable: SupportTimetable, _ session: Session) -> Output {
        let texts = session.texts
        let now = session.journal.clock.now
        return .table(
            columns: [.responsible, .helpKind, .days, .time, .room, .nextOpening, .topics],
            rows: slots.map { slot in
                let next = timetable.nextOpenings(after: now, of: [slot], count: 1).first
                return [
                    .text(slot.responsible), .choice(slot.kind, texts.helpKind),
                    .list(slot.weekdays.map { Cell($0).shown(weekdayName($0, texts)) }), .span(slot.start, slot.end),
                    Cell(slot.room), next.map { .moment($0.start, timetable.timeZone) } ?? .empty,
                    Cell.list(slot.topics.map(Cell.text)).shown(slot.topics.joined(separator: "; ")),
                ]
            })
    }

    /// The words of calendar events, in the session's language.
    static func calendarWords(_ texts: Texts) -> CalendarWords {
        CalendarWords(
            line: { texts(.desk(.lineEvent(responsible: $0.responsible, kind: $0.kind))) },
            booking: { texts(.desk(.bookingEvent(responsible: $0.booking.responsible))) })
    }

    /// What `writeCalendar` gives: the file written and how many events it holds; nothing when
    /// the calendar went to standard output (`-`).
    static let calendarShape = ResultShape.oneOf([.record([.text(.file), .number(.events)]), .none])

    /// Writes an .ics file and says how many events it holds.
    static func writeCalendar(_ text: String, to path: String, _ session: Session) throws -> Output {
        try session.writeUserFile(Data(text.utf8), to: path)
        if path == "-" { return .lines([]) }
        let events = text.components(separatedBy: "BEGIN:VEVENT").count - 1
        return .lines([
            .message(.desk(.calendarWritten(path: path, events: events))),
            .screen(.none, data: .record([(.file, .text(path)), (.events, Cell(events))])),
        ])
    }
}

extension Session {
    /// The timetable of an organization: the one named, else the caller's own.
    func timetable(_ code: String?) throws -> SupportTimetable {
        if let code { return try desk.timetable(code: code) }
        guard let caller else { throw JournalError.invalid(.organization, .missing) }
        return try desk.timetable(for: caller)
    }
}
