import Foundation
import HelpDesk
import JournalCore

extension Commands {
    static let ticketField = FieldSpec("ticket", "заявка", .ticket, .integer(1...Int(Int32.max)))
    static let textField = FieldSpec("text", "текст", .comment, .text(max: 4000))

    /// Support requests (H-TICKET-1 … H-TICKET-3): intake, routing, workflow, queues; the rules are the desk's.
    static let tickets: [CommandSpec] = [
        CommandSpec(
            .ticketNew, .tickets, nouns: ["ticket", "заявка", "обращение"], verbs: Words.new + ["принять"],
            fields: [
                FieldSpec("org", "школа", .organization, .organization), FieldSpec("login", "логин", .login, .text(max: 64)),
                FieldSpec("identifier", "идентификатор", .identifier, .text(max: 20)), FieldSpec("role", "роль", .role, .anyRole),
                FieldSpec("topic", "тема", .topic, .text(max: 300)), FieldSpec("description", "описание", .description, .text(max: 4000)),
                FieldSpec("contact", "связь", .contact, .text(max: 200), required: false),
                FieldSpec("kind", "вид", .helpKind, .choice(.helpKind), required: false),
                FieldSpec("priority", "срочность", .priority, .choice(.priority), required: false),
                FieldSpec("class", "класс", .schoolClass, .text(max: 10), required: false),
                FieldSpec("lesson", "урок", .lesson, .integer(1...Int(Int32.max)), required: false),
            ],
            writes: true, example: "ticket new glshkola volkova.ip 1000123 учитель \"КТП не загружается\" \"ошибка в строке 3\""
        ) { session, arguments in
            try session.openTicket(arguments, kind: .help)
        },
        CommandSpec(
            .ticketList, .tickets, nouns: ["ticket", "заявка", "заявки", "обращение"], verbs: Words.list + ["очередь"],
            fields: [
                FieldSpec("queue", "очередь", .queue, .choice(.queue), required: false),
                FieldSpec("search", "найти", .comment, .text(max: 200), required: false),
                FieldSpec("login", "логин", .login, .text(max: 64), required: false),
                FieldSpec("org", "школа", .organization, .organization, required: false),
                FieldSpec("state", "состояние", .state, .choice(.ticketState), required: false),
            ],
            example: "ticket list --queue overdue"
        ) { session, arguments in
            let rows = try session.desk.tickets(
                session.requireCaller(), queue: arguments.choice("queue") ?? .all,
                search: TicketSearch(
                    text: arguments.text("search"), login: arguments.text("login"),
                    organization: arguments.text("org"), state: arguments.choice("state")))
            return rows.isEmpty ? .message(.nothingFound) : ticketTable(rows, session)
        },
        CommandSpec(.ticketShow, .tickets, nouns: ["ticket", "заявка", "обращение"], verbs: Words.show, fields: [ticketField]) {
            session, arguments in
            let (row, events) = try session.desk.ticket(session.requireCaller(), id: Int64(arguments.integer("ticket")!))
            return ticketCard(row, events, session)
        },
        transition(.ticketTake, ["take", "взять"], to: .inProgress, text: false),
        transition(.ticketWait, ["wait", "ask", "спросить", "ждать"], to: .waiting, text: true),
        transition(.ticketResolve, ["resolve", "решить", "решено"], to: .resolved, text: true),
        transition(.ticketClose, ["close", "закрыть"], to: .closed, text: false),
        transition(.ticketReopen, ["reopen", "открыть"], to: .inProgress, text: false),
        CommandSpec(
            .ticketReply, .tickets, nouns: ["ticket", "заявка"], verbs: ["reply", "ответить"], fields: [ticketField, textField],
            writes: true
        ) { session, arguments in
            let row = try session.desk.comment(
                session.requireCaller(), id: Int64(arguments.integer("ticket")!), text: arguments.text("text")!, isPublic: true)
            return .lines([.message(.saved), ticketTable([row], session)])
        },
        CommandSpec(
            .ticketNote, .tickets, nouns: ["ticket", "заявка"], verbs: ["note", "заметка"], fields: [ticketField, textField], writes: true
        ) { session, arguments in
            let row = try session.desk.comment(
                session.requireCaller(), id: Int64(arguments.integer("ticket")!), text: arguments.text("text")!, isPublic: false)
            return .lines([.message(.saved), ticketTable([row], session)])
        },
        CommandSpec(
            .ticketAssign, .tickets, nouns: ["ticket", "заявка"], verbs: ["assign", "передать", "назначить"],
            fields: [ticketField, FieldSpec("to", "кому", .assignee, .text(max: 120))], writes: true,
            example: "ticket assign 12 Полий"
        ) { session, arguments in
            let row = try session.desk.assignTicket(
                session.requireCaller(), id: Int64(arguments.integer("ticket")!), to: arguments.text("to")!)
            return .lines([.message(.saved), ticketTable([row], session)])
        },
        CommandSpec(
            .ticketVendor, .tickets, nouns: ["ticket", "заявка"], verbs: ["vendor", "разработчику"],
            fields: [ticketField, FieldSpec("ref", "номер", .vendorReference, .text(max: 100))], writes: true,
            example: "ticket vendor 12 ELZ-48213"
        ) { session, arguments in
            let row = try session.desk.passToVendor(
                session.requireCaller(), id: Int64(arguments.integer("ticket")!), reference: arguments.text("ref")!)
            return .lines([.message(.saved), ticketTable([row], session)])
        },
        CommandSpec(
            .ticketTargets, .tickets, nouns: ["ticket", "заявка"], verbs: ["targets", "сроки"],
            fields: [
                FieldSpec("type", "тип", .kind, .choice(.ticketKind)), FieldSpec("priority", "срочность", .priority, .choice(.priority)),
                FieldSpec("first", "ответ", .firstResponse, .integer(1...100_000)),
                FieldSpec("resolution", "решение", .resolution, .integer(1...100_000)),
            ],
            writes: true, example: "ticket targets help normal 120 480"
        ) { session, arguments in
            let target = try session.desk.setTicketTarget(
                session.requireCaller(), kind: arguments.choice("type")!, priority: arguments.choice("priority")!,
                firstResponse: arguments.integer("first")!, resolution: arguments.integer("resolution")!)
            return .lines([
                .message(.saved),
                .record([
                    (.firstResponse, session.texts.minutes(target.firstResponseMinutes)),
                    (.resolution, session.texts.minutes(target.resolutionMinutes)),
                ]),
            ])
        },
    ]

    /// A command that moves a ticket to `state`, with a text for the requester where `text`.
    static func transition(_ id: CommandID, _ verbs: [String], to state: TicketState, text: Bool) -> CommandSpec {
        CommandSpec(
            id, .tickets, nouns: ["ticket", "заявка"], verbs: verbs,
            fields: [ticketField, FieldSpec("text", "текст", .comment, .text(max: 4000), required: text)], writes: true
        ) { session, arguments in
            let row = try session.desk.setTicketState(
                session.requireCaller(), id: Int64(arguments.integer("ticket")!), to: state, text: arguments.text("text"))
            return .lines([.message(.saved), ticketTable([row], session)])
        }
    }

    static func ticketTable(_ rows: [TicketRow], _ session: Session) -> Output {
        let texts = session.texts
        return .table(
            columns: [.ticket, .organization, .login, .topic, .state, .assignee, .timeLeft],
            rows: rows.map { row in
                [
                    String(row.ticket.id!) + (row.ticket.verified ? "" : "?"), row.organizationCode, row.ticket.requesterLogin,
                    row.ticket.topic,
                    texts.ticketState(row.ticket.state), row.ticket.assignee ?? "", timeLeft(row, texts),
                ]
            })
    }

    /// What is left of the running target: `осталось 2 ч 10 мин`, `просрочено на 30 мин`, `пауза`.
    static func timeLeft(_ row: TicketRow, _ texts: Texts) -> String {
        let clock = row.clock
        guard row.ticket.state.isOpen else { return "" }
        if clock.paused { return texts(.ticket(.clockPaused)) }
        let running = clock.firstResponse.met ? clock.resolution : clock.firstResponse
        let due = running.due.map { " (\(texts.moment($0, in: row.timeZone)))" } ?? ""
        return running.left >= 0
            ? texts(.ticket(.clockLeft(texts.minutes(running.left)))) + due : texts(.ticket(.clockOverdue(texts.minutes(-running.left))))
    }

    static func ticketCard(_ row: TicketRow, _ events: [TicketEvent], _ session: Session) -> Output {
        let texts = session.texts, ticket = row.ticket
        var pairs: [(Field, String)] = [
            (.ticket, String(ticket.id!)), (.organization, row.organizationCode), (.login, ticket.requesterLogin),
            (.identifier, String(ticket.requesterIdentifier)), (.role, texts.role(ticket.requesterRole)),
            (.verified, texts(.ticket(ticket.verified ? .requesterVerified : .requesterUnverified))),
            (.topic, ticket.topic), (.description, ticket.description), (.state, texts.ticketState(ticket.state)),
            (.assignee, ticket.assignee ?? ""), (.timeLeft, timeLeft(row, texts)),
        ]
        if let contact = ticket.contact { pairs.append((.contact, contact)) }
        if let reference = ticket.vendorReference { pairs.append((.vendorReference, reference)) }
        let history = Output.table(
            columns: [.date, .action, .comment],
            rows: events.map { event in
                [texts.moment(event.at, in: row.timeZone), texts.ticketEvent(event), event.text ?? ""]
            })
        return .lines([.record(pairs), history])
    }
}

extension Session {
    /// Opens a ticket and says how the requester's account checked out.
    func openTicket(_ arguments: Arguments, kind: TicketKind) throws -> Output {
        let caller = try requireCaller()
        let classId = try arguments.text("class").map { name in
            try journal.findClass(caller, named: name, yearId: try journal.year(caller, named: nil).id!).id!
        }
        let (row, check) = try desk.openTicket(
            caller,
            TicketIntake(
                organization: arguments.text("org")!, login: arguments.text("login")!, identifier: arguments.text("identifier")!,
                role: arguments.role("role")!, topic: arguments.text("topic")!, helpKind: arguments.choice("kind") ?? .any,
                description: arguments.text("description")!, contact: arguments.text("contact"), kind: kind,
                priority: arguments.choice("priority") ?? .normal, schoolClassId: classId,
                lessonId: arguments.integer("lesson").map(Int64.init)))
        return .lines([
            .message(.ticket(.ticketOpened(id: row.ticket.id!, assignee: row.ticket.assignee))),
            .message(.ticket(.requesterChecked(check))), Commands.ticketTable([row], self),
        ])
    }
}
