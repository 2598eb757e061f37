import Foundation
import HelpDesk
import JournalCore

extension Commands {
    static let orgField = FieldSpec("org", "школа", .organization, .text(max: 32), required: false)
    static let fileField = FieldSpec("file", "файл", .file, .text(max: 500))
    static let fromField = FieldSpec("from", "с", .startDate, .date, required: false)
    static let toField = FieldSpec("to", "по", .endDate, .date, required: false)

    /// The support timetables' questions (H-TT-1, H-TT-2), their reload and their calendar.
    static let schedule: [CommandSpec] = [
        CommandSpec(
            .scheduleWho, .helpdesk, nouns: ["schedule", "график"], verbs: ["who", "кто"],
            fields: [
                FieldSpec("topic", "тема", .topic, .text(max: 300), required: false), orgField,
                FieldSpec("kind", "вид", .helpKind, .choice(.helpKind), required: false),
            ],
            needsLogin: false, example: "schedule who КТП --org glshkola"
        ) { session, arguments in
            let timetable = try session.timetable(arguments.text("org"))
            let matches = timetable.whoHelps(with: arguments.text("topic") ?? "", kind: arguments.choice("kind") ?? .any)
            return slotTable(matches.map(\.slot), timetable, session)
        },
        CommandSpec(
            .scheduleNow, .helpdesk, nouns: ["schedule", "график"], verbs: ["now", "сейчас"], fields: [orgField],
            needsLogin: false
        ) { session, arguments in
            let timetable = try session.timetable(arguments.text("org"))
            let onDuty = timetable.onDuty(at: session.journal.clock.now)
            return onDuty.isEmpty
                ? .lines([.message(.nobodyOnDuty), slotTable(timetable.slots, timetable, session)])
                : slotTable(onDuty, timetable, session)
        },
        CommandSpec(
            .scheduleWeek, .helpdesk, nouns: ["schedule", "график"], verbs: ["week", "неделя", "list", "список"], fields: [orgField],
            needsLogin: false
        ) { session, arguments in
            let timetable = try session.timetable(arguments.text("org"))
            return slotTable(timetable.slots, timetable, session)
        },
        CommandSpec(
            .scheduleReload, .helpdesk, nouns: ["schedule", "график"], verbs: ["reload", "обновить"], fields: [orgField],
            writes: true, example: "schedule reload --org glshkola"
        ) { session, arguments in
            let result = try session.desk.reloadSchedule(session.requireCaller(), code: arguments.text("org"))
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
            fields: [fileField, fromField, toField], example: "schedule export grafik.ics --to 31.05.2027"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let from = try arguments.date("from") ?? session.journal.today(caller)
            let to = arguments.date("to") ?? from.adding(days: 182)
            let text = try session.desk.timetableCalendar(caller, from: from, to: to, words: calendarWords(session.texts))
            return try writeCalendar(text, to: arguments.text("file")!)
        },
    ]

    static func slotTable(_ slots: [SupportSlot], _ timetable: SupportTimetable, _ session: Session) -> Output {
        let texts = session.texts
        let now = session.journal.clock.now
        return .table(
            columns: [.responsible, .helpKind, .days, .time, .room, .nextOpening, .topics],
            rows: slots.map { slot in
                let next = timetable.nextOpenings(after: now, of: [slot], count: 1).first
                return [
                    slot.responsible, texts.helpKind(slot.kind), slot.weekdays.map { weekdayName($0, texts) }.joined(separator: ", "),
                    "\(slot.start)–\(slot.end)", slot.room ?? "", next.map { texts.moment($0.start, in: timetable.timeZone) } ?? "",
                    slot.topics.joined(separator: "; "),
                ]
            })
    }

    /// The words of calendar events, in the session's language.
    static func calendarWords(_ texts: Texts) -> CalendarWords {
        CalendarWords(
            line: { texts(.desk(.lineEvent(responsible: $0.responsible, kind: $0.kind))) },
            booking: { texts(.desk(.bookingEvent(responsible: $0.booking.responsible))) })
    }

    /// Writes an .ics file and says how many events it holds.
    static func writeCalendar(_ text: String, to path: String) throws -> Output {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw ReportedFailure(output: .message(.cannotWriteFile(path: path)))
        }
        let events = text.components(separatedBy: "BEGIN:VEVENT").count - 1
        return .message(.desk(.calendarWritten(path: path, events: events)))
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
