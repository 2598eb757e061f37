import Foundation
import HelpDesk
import JournalCore

extension Commands {

    /// Consultation bookings (H-BOOK-1, H-BOOK-2); the rules are the desk's.
    static let bookings: [CommandSpec] = [
        CommandSpec(
            .bookingNew, .helpdesk, nouns: ["booking", "консультация", "запись"], verbs: Words.new + ["записаться"],
            fields: [
                Arg.topic, Arg.specialist.optional, Arg.date.optional,
                Arg.time.optional,
            ],
            example: "booking new КТП --date 01.12.2026 --time 14:00",
            // Nothing when no time is free.
            result: .oneOf([.record([.number(.booking)]), .none])
        ) { session, arguments in
            try session.book(arguments)
        },
        CommandSpec(
            .bookingList, .helpdesk, nouns: ["booking", "консультация", "запись", "консультации"], verbs: Words.list + ["мои"],
            fields: [Arg.all.optional], result: .table(bookingFields)
        ) { session, arguments in
            let rows = try session.desk.myBookings(session.requireCaller(), includePast: arguments.isSet(Arg.all))
            return rows.isEmpty ? .message(.desk(.noBookings)) : bookingTable(rows, session)
        },
        CommandSpec(
            .bookingCancel, .helpdesk, nouns: ["booking", "консультация", "запись"], verbs: ["cancel", "отменить"],
            fields: [Arg.booking, Arg.reason], writes: true,
            example: "booking cancel 3 \"заболела\"", result: .table(bookingFields)
        ) { session, arguments in
            let row = try session.desk.cancelBooking(
                session.requireCaller(), id: try arguments.value(Arg.booking), reason: try arguments.value(Arg.reason))
            return .lines([.message(.desk(.bookingCancelled)), bookingTable([row], session)])
        },
        CommandSpec(
            .bookingMove, .helpdesk, nouns: ["booking", "консультация", "запись"], verbs: ["move", "перенести"],
            fields: [Arg.booking, Arg.date, Arg.time.optional], writes: true,
            // The booking as it now is; no row when no time was free to move it to.
            example: "booking move 3 02.12.2026 14:15", result: .table(bookingFields)
        ) { session, arguments in
            try session.move(arguments)
        }
        // Without a time it lists the free times and asks, itself, for the one picked.
        .onlyReading { $0[Arg.time] == nil },
        CommandSpec(
            .bookingAgenda, .helpdesk, nouns: ["booking", "консультация", "запись", "agenda", "приём"], verbs: ["agenda", "день", "приём"],
            fields: [
                Arg.date.optional,
                Arg.who.optional,
            ],
            example: "booking agenda --date 01.12.2026", result: .table(agendaFields)
        ) { session, arguments in
            let caller = try session.requireCaller()
            let day = try arguments[Arg.date] ?? session.journal.today(caller)
            let rows = try session.desk.agenda(caller, responsible: arguments[Arg.who], date: day)
            return rows.isEmpty ? .message(.desk(.noBookings)) : agendaTable(rows, session)
        },
        CommandSpec(
            .bookingExport, .helpdesk, nouns: ["booking", "консультация", "запись", "консультации"], verbs: ["export", "ics", "выгрузить"],
            fields: [Arg.scheduleFile], example: "booking export my.ics", result: calendarShape
        ) { session, arguments in
            let text = try session.desk.bookingsCalendar(session.requireCaller(), words: calendarWords(session.texts))
            return try writeCalendar(text, to: try arguments.value(Arg.scheduleFile), session)
        },
        CommandSpec(
            .bookingSettings, .helpdesk, nouns: ["booking", "консультация", "запись"], verbs: ["settings", "настройки"],
            fields: [
                Arg.notice.optional,
                Arg.horizon.optional,
            ],
            example: "booking settings --notice 120 --horizon 21", result: .record([.number(.noticeMinutes), .number(.horizonDays)])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let notice = arguments[Arg.notice]
            let horizon = arguments[Arg.horizon]
            let settings =
                notice == nil && horizon == nil
                ? try session.desk.deskSettings(caller)
                : try session.desk.updateDeskSettings(caller, noticeMinutes: notice, horizonDays: horizon)
            return .lines([
                .message(.desk(.deskSettings(noticeMinutes: settings.noticeMinutes, horizonDays: settings.horizonDays))),
                .screen(
                    .none, data: .record([(.noticeMinutes, Cell(settings.noticeMinutes)), (.horizonDays, Cell(settings.horizonDays))])),
            ])
        },
    ]

    /// The columns of `bookingTable`.
    static let bookingFields: [FieldShape] = [
        .number(.booking), .moment(.date), .text(.specialist), .code(.helpKind, HelpKind.self), .text(.topic), .text(.room).optional,
        .code(.state, BookingState.self),
    ]

    static func bookingTable(_ rows: [BookingRow], _ session: Session) -> Output {
        let texts = session.texts
        return .table(
            columns: [.booking, .date, .specialist, .helpKind, .topic, .room, .state],
            rows: rows.map { row in
                [
                    Cell(row.booking.id), .moment(row.booking.start, row.timeZone), .text(row.booking.responsible),
                    .choice(row.booking.helpKind, texts.helpKind), .text(row.booking.topic), Cell(row.booking.room),
                    state(row, texts),
                ]
            })
    }

    /// The columns of `agendaTable`: the start and end under «time» (`agendaFields`), or under
    /// «date» when `dated` (`datedAgendaFields`).
    static let agendaFields = agendaFields(span: .time)
    static let datedAgendaFields = agendaFields(span: .date)

    private static func agendaFields(span: Label) -> [FieldShape] {
        [
            .number(.booking), .object(span, [.moment(.start), .moment(.end)]), .text(.specialist), .text(.requester), .text(.topic),
            .text(.room).optional, .code(.state, BookingState.self),
        ]
    }

    /// A specialist's bookings: times of one day, or with their dates when `dated`.
    static func agendaTable(_ rows: [BookingRow], _ session: Session, dated: Bool = false) -> Output {
        let texts = session.texts
        return .table(
            columns: [.booking, dated ? .date : .time, .specialist, .requester, .topic, .room, .state],
            rows: rows.map { row in
                let zone = row.timeZone
                let start = dated ? texts.moment(row.booking.start, in: zone) : clock(row.booking.start, zone)
                let span = Cell.object([(.start, .moment(row.booking.start, zone)), (.end, .moment(row.booking.end, zone))])
                return [
                    Cell(row.booking.id), span.shown("\(start)–\(clock(row.booking.end, zone))"), .text(row.booking.responsible),
                    .text(row.requesterName), .text(row.booking.topic), Cell(row.booking.room), state(row, texts),
                ]
            })
    }

    /// Numbered free times to choose from.
    static func openingTable(_ openings: [Opening], session: Session) -> Output {
        let texts = session.texts
        return .table(
            columns: [.choice, .date, .specialist, .helpKind, .room, .places],
            rows: openings.enumerated().map { index, opening in
                [
                    Cell(index + 1), .moment(opening.start, opening.zone), .text(opening.slot.responsible),
                    .choice(opening.slot.kind, texts.helpKind), Cell(opening.slot.room), Cell(opening.freePlaces),
                ]
            })
    }

    /// The booking's state, with the reason it was cancelled and whether the timetable still has its time.
    private static func state(_ row: BookingRow, _ texts: Texts) -> Cell {
        var text = texts.bookingState(row.booking.state)
        if let reason = row.booking.cancelReason { text += ": \(reason)" }
        if row.stranded { text += " — " + texts(.desk(.outsideTimetable)) }
        if let answer = row.booking.attendeeReply, row.booking.state == .booked { text += " — " + texts(.desk(.invitationAnswer(answer))) }
        return .code(row.booking.state.rawValue, word: text)
    }

    static func clock(_ instant: Date, _ zone: TimeZone) -> String {
        ClockTime(instant, in: zone).description
    }
}

extension Session {
    /// Books at the date and time given; without them, offers the next free times of the
    /// specialists who answer the topic and books the one chosen.
    func book(_ arguments: Arguments) throws -> Output {
        let caller = try requireCaller()
        let topic = try arguments.value(Arg.topic)
        if let date = arguments[Arg.date], let time = arguments[Arg.time] {
            let row = try desk.book(caller, topic: topic, responsible: arguments[Arg.specialist], date: date, time: time)
            return booked(row)
        }
        // A day without a time: the free times from that day.
        let openings = try desk.openings(caller, topic: topic, responsible: arguments[Arg.specialist], from: arguments[Arg.date])
        guard !openings.isEmpty else { return .message(.desk(.noOpenings)) }
        let heading = [noneOn(arguments[Arg.date], openings), .desk(.openingsFor(topic))].compactMap { $0 }.map(Output.message)
        let table = Output.lines(heading + [Commands.openingTable(openings, session: self)])
        guard io.isInteractive else {
            show(table)
            throw Dialog.Missing(field: Arg.date.spec)
        }
        show(table)
        let dialog = Dialog(session: self)
        let choice = FieldSpec("choice", "вариант", .choice, .integer(1...openings.count))
        guard case .integer(let number) = try dialog.ask(choice) else { throw Dialog.Cancelled() }
        let opening = openings[number - 1]
        try confirm(opening, topic: topic, dialog)
        let day = LocalDate(opening.start, in: opening.zone)
        let time = ClockTime(opening.start, in: opening.zone)
        return booked(try desk.book(caller, topic: topic, responsible: opening.slot.responsible, date: day, time: time))
    }

    /// «на пятницу» when nothing is free on Friday: said before the days after it are offered.
    private func noneOn(_ date: LocalDate?, _ openings: [Opening]) -> Message? {
        guard let date, let first = openings.first, LocalDate(first.start, in: first.zone) > date else { return nil }
        return .desk(.noOpeningsOn(day: texts.day(date)))
    }

    /// The time picked, restated whole before its one confirmation (unless `--yes`).
    private func confirm(_ opening: Opening, topic: String?, _ dialog: Dialog) throws {
        guard !assumeYes else { return }
        io.write(
            renderer.render(
                .record(
                    [(.specialist, .text(opening.slot.responsible)), (.date, .moment(opening.start, opening.zone))]
                        + (topic.map { [(.topic, .text($0))] } ?? []) + [(.room, Cell(opening.slot.room))])))
        guard try dialog.yesOrNo(texts(.confirm)) else { throw Dialog.Cancelled() }
    }

    /// `booking move`: to the time given; a day without a time lists the same specialist's free
    /// times from that day, each of which can be picked by its number.
    func move(_ arguments: Arguments) throws -> Output {
        let caller = try requireCaller()
        let id = try arguments.value(Arg.booking)
        let date = try arguments.value(Arg.date)
        let moved = { (date: LocalDate, time: ClockTime) throws -> Output in
            let row = try self.desk.moveBooking(caller, id: id, date: date, time: time)
            return .lines([
                .message(.desk(.bookingMoved(when: self.texts.moment(row.booking.start, in: row.timeZone)))),
                .screen(.none, data: Commands.bookingTable([row], self)),
            ])
        }
        if let time = arguments[Arg.time] { return try moved(date, time) }
        let openings = try desk.moveOpenings(caller, id: id, from: date)
        // Nothing moved: no row.
        guard !openings.isEmpty else {
            return .lines([.message(.desk(.noOpenings)), .screen(.none, data: Commands.bookingTable([], self))])
        }
        if let none = noneOn(date, openings) { say(none) }
        show(Commands.openingTable(openings, session: self))
        guard io.isInteractive else { throw Dialog.Missing(field: Arg.time.spec) }
        let dialog = Dialog(session: self)
        let choice = FieldSpec("choice", "вариант", .choice, .integer(1...openings.count))
        guard case .integer(let number) = try dialog.ask(choice) else { throw Dialog.Cancelled() }
        let opening = openings[number - 1]
        try confirm(opening, topic: nil, dialog)
        return try moved(LocalDate(opening.start, in: opening.zone), ClockTime(opening.start, in: opening.zone))
    }

    private func booked(_ row: BookingRow) -> Output {
        .lines([
            .message(
                .desk(
                    .booked(
                        specialist: row.booking.responsible, when: texts.moment(row.booking.start, in: row.timeZone),
                        room: row.booking.room))),
            .record([(.booking, Cell(row.booking.id))]),
        ])
    }
}
