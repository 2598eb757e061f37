import Foundation
import HelpDesk
import JournalCore

extension Commands {

    /// Support requests (H-TICKET-1 … H-TICKET-3): intake, routing, workflow, queues; the rules are the desk's.
    /// Who a request is for, as every intake asks it (H-TICKET-1): school, login, identifier, role.
    static let requesterFields: [any FieldDeclaration] = [Arg.organization, Arg.login, Arg.identifier, Arg.anyRole]

    static let tickets: [CommandSpec] = [
        CommandSpec(
            .ticketNew, .tickets, nouns: ["ticket", "заявка", "обращение"], verbs: Words.new + ["принять"],
            fields: requesterFields + [
                Arg.topic, Arg.description,
                Arg.contact.optional,
                Arg.helpKind.optional,
                Arg.priority.optional,
                Arg.className.optional,
                Arg.lesson.optional,
            ],
            writes: true, example: "ticket new glshkola volkova.ip 1000123 учитель \"КТП не загружается\" \"ошибка в строке 3\"",
            result: .table(ticketFields)
        ) { session, arguments in
            try session.openTicket(arguments, kind: .help)
        },
        CommandSpec(
            .ticketList, .tickets, nouns: ["ticket", "заявка", "заявки", "обращение"], verbs: Words.list + ["очередь"],
            fields: [
                Arg.queue.optional,
                Arg.search.optional,
                Arg.login.optional,
                Arg.organization.optional,
                Arg.ticketState.optional,
                Arg.page.optional,
                Arg.all.optional,
            ],
            example: "ticket list --queue overdue", result: .table(ticketFields)
        ) { session, arguments in
            // Open tickets, 50 a page; --all: every state, every page. A requester's own are few:
            // theirs in every state, the answered ones too (from the second tour).
            let caller = try session.requireCaller()
            let all = arguments.isSet(Arg.all) || !caller.isDeskStaff
            let page = try session.desk.ticketPage(
                caller, queue: arguments[Arg.queue] ?? .all,
                search: TicketSearch(
                    text: arguments[Arg.search], login: arguments[Arg.login],
                    organization: arguments[Arg.organization], state: arguments[Arg.ticketState],
                    includeClosed: all, page: all ? nil : arguments[Arg.page] ?? 1))
            guard !page.rows.isEmpty, page.pages > 1 else { return ticketTable(page.rows, session) }
            return .lines([
                ticketTable(page.rows, session),
                .message(.desk(.ticketPage(page: page.page, pages: page.pages, total: page.total))),
            ])
        },
        CommandSpec(
            .ticketShow, .tickets, nouns: ["ticket", "заявка", "обращение"], verbs: Words.show, fields: [Arg.ticket],
            result: ticketCardShape
        ) { session, arguments in
            let caller = try session.requireCaller()
            let (row, events) = try session.desk.ticket(caller, id: try arguments.value(Arg.ticket))
            let id = try row.ticket.savedId
            var card = TicketCard(row: row, events: events, files: try session.desk.attachments(caller, ticketId: id))
            card.relations = try session.desk.ticketRelations(caller, id: id)
            card.rating = try session.desk.rating(caller, ticketId: id)
            return ticketCard(card, session)
        },
        transition(.ticketTake, ["take", "взять"], to: .inProgress, text: false),
        transition(.ticketWait, ["wait", "ask", "спросить", "ждать"], to: .waiting, text: true),
        transition(.ticketResolve, ["resolve", "решить", "решено"], to: .resolved, text: true),
        transition(.ticketClose, ["close", "закрыть"], to: .closed, text: false),
        transition(.ticketReopen, ["reopen", "открыть"], to: .inProgress, text: false),
        CommandSpec(
            .ticketReply, .tickets, nouns: ["ticket", "заявка"], verbs: ["reply", "ответить"], fields: [Arg.ticket, Arg.text],
            writes: true, result: .table(ticketFields)
        ) { session, arguments in
            let row = try session.desk.comment(
                session.requireCaller(), id: try arguments.value(Arg.ticket), text: try arguments.value(Arg.text), isPublic: true)
            return .lines([.message(.saved), ticketTable([row], session)])
        },
        CommandSpec(
            .ticketNote, .tickets, nouns: ["ticket", "заявка"], verbs: ["note", "заметка"], fields: [Arg.ticket, Arg.text], writes: true,
            result: .table(ticketFields)
        ) { session, arguments in
            let row = try session.desk.comment(
                session.requireCaller(), id: try arguments.value(Arg.ticket), text: try arguments.value(Arg.text), isPublic: false)
            return .lines([.message(.saved), ticketTable([row], session)])
        },
        CommandSpec(
            .ticketAssign, .tickets, nouns: ["ticket", "заявка"], verbs: ["assign", "передать", "назначить"],
            fields: [Arg.ticket, Arg.assignee], writes: true,
            example: "ticket assign 12 Полий", result: .table(ticketFields)
        ) { session, arguments in
            let row = try session.desk.assignTicket(
                session.requireCaller(), id: try arguments.value(Arg.ticket), to: try arguments.value(Arg.assignee))
            return .lines([.message(.saved), ticketTable([row], session)])
        },
        CommandSpec(
            .ticketVendor, .tickets, nouns: ["ticket", "заявка"], verbs: ["vendor", "разработчику"],
            fields: [Arg.ticket, Arg.ref], writes: true,
            example: "ticket vendor 12 ELZ-48213", result: .table(ticketFields)
        ) { session, arguments in
            let row = try session.desk.passToVendor(
                session.requireCaller(), id: try arguments.value(Arg.ticket), reference: try arguments.value(Arg.ref))
            return .lines([.message(.saved), ticketTable([row], session)])
        },
        CommandSpec(
            .ticketTargets, .tickets, nouns: ["ticket", "заявка"], verbs: ["targets", "сроки"],
            fields: [
                Arg.ticketKind, Arg.priority,
                Arg.first,
                Arg.resolution,
            ],
            writes: true, example: "ticket targets помощь обычная 120 480",
            result: .record([.number(.firstResponse), .number(.resolution)])
        ) { session, arguments in
            let target = try session.desk.setTicketTarget(
                session.requireCaller(), kind: try arguments.value(Arg.ticketKind), priority: try arguments.value(Arg.priority),
                firstResponse: try arguments.value(Arg.first), resolution: try arguments.value(Arg.resolution))
            return .lines([
                .message(.saved),
                .record([
                    (.firstResponse, minutes(target.firstResponseMinutes, session.texts)),
                    (.resolution, minutes(target.resolutionMinutes, session.texts)),
                ]),
            ])
        },
    ]

    /// A command that moves a ticket to `state`, with a text for the requester where `text`.
    static func transition(_ id: CommandID, _ verbs: [String], to state: TicketState, text: Bool) -> CommandSpec {
        CommandSpec(
            id, .tickets, nouns: ["ticket", "заявка"], verbs: verbs,
            fields: [Arg.ticket, text ? Arg.text : Arg.text.optional], writes: true, result: .table(ticketFields)
        ) { session, arguments in
            let row = try session.desk.setTicketState(
                session.requireCaller(), id: try arguments.value(Arg.ticket), to: state, text: arguments[Arg.text],
                taking: id == .ticketTake)
            return .lines([.message(.saved), ticketTable([row], session)])
        }
    }

    /// The columns of `ticketTable`: the number with its `unverified` mark (H-CRED-1), and what is left of the target.
    static let ticketFields: [FieldShape] = [
        .number(.ticket), .marker(.unverified), .text(.organization), .text(.login), .text(.topic), .code(.state, TicketState.self),
        .text(.assignee).optional, timeLeftField,
    ]

    static func ticketTable(_ rows: [TicketRow], _ session: Session) -> Output {
        let texts = session.texts
        return .table(
            columns: [.ticket, .organization, .login, .topic, .state, .assignee, .timeLeft],
            rows: rows.map { row in
                [
                    Cell(row.ticket.id).marked(.unverified, if: !row.ticket.verified), .text(row.organizationCode),
                    .text(row.ticket.requesterLogin), .text(row.ticket.topic), .choice(row.ticket.state, texts.ticketState),
                    Cell(row.ticket.assignee), timeLeft(row, texts),
                ]
            })
    }

    /// What is left of the running target: `осталось 2 ч 10 мин`, `просрочено на 30 мин`, `пауза`.
    /// In JSON: the working minutes left (below zero when overdue), the deadline (none when overdue
    /// or paused) and whether the clock is paused; null once the ticket is resolved or closed.
    static func timeLeft(_ row: TicketRow, _ texts: Texts) -> Cell {
        let clock = row.clock
        guard row.ticket.state.isOpen else { return .empty }
        let running = clock.firstResponse.met ? clock.resolution : clock.firstResponse
        let due = running.due.map { " (\(texts.moment($0, in: row.timeZone)))" } ?? ""
        let text =
            clock.paused
            ? texts(.ticket(.clockPaused))
            : running.left >= 0
                ? texts(.ticket(.clockLeft(texts.minutes(running.left)))) + due
                : texts(.ticket(.clockOverdue(texts.minutes(-running.left))))
        return Cell.object([
            (.minutes, Cell(running.left)), (.deadline, running.due.map { .moment($0, row.timeZone) } ?? .empty),
            (.paused, .flag(clock.paused)),
        ])
        .shown(text)
    }

    /// The shape of `timeLeft`.
    static let timeLeftField = FieldShape.object(.timeLeft, [.number(.minutes), .moment(.deadline).optional, .flag(.paused)]).optional

    /// A span of working time: `2 ч 10 мин` on screen, the minutes in JSON.
    static func minutes(_ minutes: Int, _ texts: Texts) -> Cell { Cell(minutes).shown(texts.minutes(minutes)) }

    /// What `ticket show` shows of one ticket.
    struct TicketCard {
        var row: TicketRow
        var events: [TicketEvent]
        var files: [TicketAttachment]
        var relations = TicketRelations()
        var rating: TicketRating?
    }

    /// `ticketCard` in JSON: the ticket, its history and its files, by name.
    static let ticketCardShape = ResultShape.sections([
        SectionShape(
            .ticket,
            .record([
                .number(.ticket), .text(.organization), .text(.login), .number(.identifier), .code(.role, Role.self), .flag(.verified),
                .text(.topic), .text(.description), .code(.state, TicketState.self), .text(.assignee).optional, timeLeftField,
                .text(.contact).optional, .text(.vendorReference).optional, .flag(.incident), .list(.links, of: .number).optional,
                .object(.rating, [.number(.rating), .text(.comment).optional]).optional,
            ])),
        SectionShape(.entries, .table([.moment(.date), .code(.action, TicketEventKind.self), .text(.comment).optional])),
        SectionShape(.attachment, .table(attachmentFields)),
    ])

    static func ticketCard(_ card: TicketCard, _ session: Session) -> Output {
        let texts = session.texts
        let row = card.row
        let ticket = row.ticket
        let events = card.events
        let files = card.files
        var pairs: [(Label, Cell)] = [
            (.ticket, Cell(ticket.id)), (.organization, .text(row.organizationCode)), (.login, .text(ticket.requesterLogin)),
            (.identifier, Cell(ticket.requesterIdentifier)), (.role, .choice(ticket.requesterRole, texts.role)),
            (.verified, Cell.flag(ticket.verified).shown(texts(.ticket(ticket.verified ? .requesterVerified : .requesterUnverified)))),
            (.topic, .text(ticket.topic)), (.description, .text(ticket.description)), (.state, .choice(ticket.state, texts.ticketState)),
            (.assignee, Cell(ticket.assignee)), (.timeLeft, timeLeft(row, texts)),
        ]
        if let contact = ticket.contact { pairs.append((.contact, .text(contact))) }
        if let reference = ticket.vendorReference { pairs.append((.vendorReference, .text(reference))) }
        // The screen names an incident only; JSON says of every ticket whether it is one.
        let incident = (Label.incident, Cell.flag(ticket.isIncident).shown(texts.yesNo(ticket.isIncident)))
        if ticket.isIncident { pairs.append(incident) }
        if let links = relationsCell(card.relations, texts) { pairs.append((.links, links)) }
        if let rating = card.rating {
            let value = Cell.object([(.rating, Cell(rating.rating)), (.comment, Cell(rating.comment))])
            pairs.append((.rating, value.shown("\(rating.rating) / 5" + (rating.comment.map { " — \($0)" } ?? ""))))
        }
        let history = Output.table(
            columns: [.date, .action, .comment],
            rows: events.map { event in
                [
                    .moment(event.at, row.timeZone), .code(event.kind.rawValue, word: texts.ticketEvent(event)),
                    Cell(texts.ticketEventText(event)),
                ]
            })
        let attachments = attachmentTable(files, row.timeZone, session)
        // JSON has the parts by name, the files always among them; the screen draws them one under another.
        let data = Output.sections([
            (.ticket, .record(pairs + (ticket.isIncident ? [] : [incident]))), (.entries, history), (.attachment, attachments),
        ])
        return .screen(.lines([.record(pairs), history] + (files.isEmpty ? [] : [attachments])), data: data)
    }

    /// The columns of `attachmentTable`.
    static let attachmentFields: [FieldShape] = [
        .number(.number), .text(.attachment), .text(.fileType), .number(.size), .moment(.date),
    ]

    /// The files of a ticket: number, name, type, size; one over the limit is listed as not kept.
    static func attachmentTable(_ files: [TicketAttachment], _ zone: TimeZone, _ session: Session) -> Output {
        .table(
            columns: [.number, .attachment, .fileType, .size, .date],
            rows: files.map { file in
                [
                    Cell(file.id), .text(file.fileName), .text(file.contentType),
                    Cell.number(Int64(file.size)).shown(session.texts(.attachmentSize(bytes: file.size, kept: file.kept))),
                    .moment(file.receivedAt, zone),
                ]
            })
    }
}

extension Session {
    /// Opens a ticket and says how the requester's account checked out.
    func openTicket(_ arguments: Arguments, kind: TicketKind) throws -> Output {
        let caller = try requireCaller()
        let classId = try arguments[Arg.className].map { name in
            try journal.findClass(caller, named: name, yearId: try journal.year(caller, named: nil).savedId).savedId
        }
        let (row, check) = try desk.openTicket(
            caller,
            TicketIntake(
                organization: try arguments.value(Arg.organization), login: try arguments.value(Arg.login),
                identifier: try arguments.value(Arg.identifier),
                role: try arguments.value(Arg.anyRole), topic: try arguments.value(Arg.topic), helpKind: arguments[Arg.helpKind] ?? .any,
                description: try arguments.value(Arg.description), contact: arguments[Arg.contact], kind: kind,
                priority: arguments[Arg.priority] ?? .normal, schoolClassId: classId,
                lessonId: arguments[Arg.lesson]))
        // The desk's staff are shown the articles that may answer it (for `{статья N}` in a
        // reply) and the open incidents it may belong to.
        let incidents = caller.isDeskStaff ? try desk.openIncidents(caller) : []
        let articles = caller.isDeskStaff ? try desk.suggestArticles(caller, question: row.ticket.topic + " " + row.ticket.description) : []
        let answers: [Output] =
            try articles.isEmpty
            ? []
            : [.message(.desk(.maybeAnswered))]
                + articles.map { try .message(.desk(.articleLine(id: $0.article.savedId, title: $0.article.title))) }
        return try .lines(
            [
                .message(.ticket(.ticketOpened(id: row.ticket.savedId, assignee: row.ticket.assignee))),
                .message(.ticket(.requesterChecked(check))), Commands.ticketTable([row], self),
            ] + answers
                + incidents.map {
                    try .message(.ticket(.openIncident($0.ticket.savedId, topic: $0.ticket.topic, ticket: row.ticket.savedId)))
                })
    }
}
