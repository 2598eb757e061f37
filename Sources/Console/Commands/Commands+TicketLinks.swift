import Foundation
import HelpDesk
import JournalCore

extension Commands {
    /// Merged duplicates, related tickets, mass incidents and the requester's rating (issue 14,
    /// parts 3 and 4); the rules are the desk's.
    static let ticketLinks: [CommandSpec] = [
        CommandSpec(
            .ticketMerge, .tickets, nouns: ["ticket", "заявка"], verbs: ["merge", "объединить"], fields: [Arg.ticket, Arg.intoTicket],
            writes: true, example: "ticket merge 14 --into 12", result: .table(ticketFields)
        ) { session, arguments in
            let id = try arguments.value(Arg.ticket)
            let into = try arguments.value(Arg.intoTicket)
            let row = try session.desk.mergeTicket(session.requireCaller(), id: id, into: into)
            return .lines([.message(.ticket(.merged(id, into: into))), ticketTable([row], session)])
        },
        CommandSpec(
            .ticketLink, .tickets, nouns: ["ticket", "заявка"], verbs: ["link", "связать"], fields: [Arg.ticket, Arg.otherTicket],
            writes: true, example: "ticket link 12 15", result: .record([.number(.ticket), .number(.otherTicket)])
        ) { session, arguments in
            let id = try arguments.value(Arg.ticket)
            let other = try arguments.value(Arg.otherTicket)
            try session.desk.linkTickets(session.requireCaller(), id: id, with: other)
            return .lines([.message(.ticket(.linked(id, other))), .screen(.none, data: ticketPair(id, other))])
        },
        CommandSpec(
            .ticketUnlink, .tickets, nouns: ["ticket", "заявка"], verbs: ["unlink", "развязать"], fields: [Arg.ticket, Arg.otherTicket],
            writes: true, example: "ticket unlink 12 15", result: .record([.number(.ticket), .number(.otherTicket)])
        ) { session, arguments in
            let id = try arguments.value(Arg.ticket)
            let other = try arguments.value(Arg.otherTicket)
            try session.desk.unlinkTickets(session.requireCaller(), id: id, from: other)
            return .lines([.message(.ticket(.unlinked(id, other))), .screen(.none, data: ticketPair(id, other))])
        },
        CommandSpec(
            .ticketRate, .tickets, nouns: ["ticket", "заявка"], verbs: ["rate", "оценить"],
            fields: [Arg.ticket, Arg.rating, Arg.comment.optional], writes: true, example: "ticket rate 12 5 --comment \"спасибо\"",
            result: .record([.number(.ticket), .number(.rating), .text(.comment).optional])
        ) { session, arguments in
            let rating = try session.desk.rateTicket(
                session.requireCaller(), id: try arguments.value(Arg.ticket), rating: try arguments.value(Arg.rating),
                comment: arguments[Arg.comment])
            return .lines([
                .message(.ticket(.rated(rating.ticketId, rating: rating.rating))),
                .screen(
                    .none,
                    data: .record([(.ticket, Cell(rating.ticketId)), (.rating, Cell(rating.rating)), (.comment, Cell(rating.comment))])),
            ])
        },
        CommandSpec(
            .incidentOpen, .tickets, nouns: ["incident", "инцидент"], verbs: ["open", "new", "открыть", "создать", "новый"],
            fields: [Arg.topic, Arg.description, Arg.ticketNumbers.optional, Arg.search.optional, Arg.organization.optional],
            writes: true, example: "incident open \"Журнал не открывается\" \"ошибка 502 у всех\" --search \"не открывается\"",
            // The incident's row, with how many tickets it gathered.
            result: .table(ticketFields + [.number(.tickets)])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let row = try session.desk.openIncident(
                caller, topic: try arguments.value(Arg.topic), description: try arguments.value(Arg.description),
                organization: arguments[Arg.organization], tickets: try ticketNumbers(arguments), matching: arguments[Arg.search])
            let gathered = try session.desk.ticketRelations(caller, id: row.ticket.savedId).children.count
            let table = ticketTable([row], session)
            var data = table
            if case .table(let columns, let rows) = table {
                data = .table(columns: columns + [.tickets], rows: rows.map { $0 + [Cell(gathered)] })
            }
            return try .lines([.message(.ticket(.incidentOpened(row.ticket.savedId, gathered: gathered))), .screen(table, data: data)])
        },
        CommandSpec(
            .incidentAdd, .tickets, nouns: ["incident", "инцидент"], verbs: ["add", "добавить"],
            fields: [Arg.incident, Arg.ticketNumbers.optional, Arg.search.optional], writes: true,
            example: "incident add 20 --tickets 14,15,16", result: .record([.number(.ticket), .number(.tickets)])
        ) { session, arguments in
            let id = try arguments.value(Arg.incident)
            let count = try session.desk.attachToIncident(
                session.requireCaller(), incident: id, tickets: try ticketNumbers(arguments), matching: arguments[Arg.search])
            return .lines([
                .message(.ticket(.incidentGathered(id, count: count))),
                .screen(.none, data: .record([(.ticket, Cell(id)), (.tickets, Cell(count))])),
            ])
        },
        CommandSpec(
            .incidentList, .tickets, nouns: ["incident", "инцидент", "инциденты"], verbs: Words.list, fields: [],
            result: .table(ticketFields)
        ) { session, _ in
            ticketTable(try session.desk.openIncidents(session.requireCaller()), session)
        },
    ]

    /// Two tickets linked or unlinked, as data.
    static func ticketPair(_ id: Int64, _ other: Int64) -> Output {
        .record([(.ticket, Cell(id)), (.otherTicket, Cell(other))])
    }

    /// `--tickets 14,15 16`: the numbers, «№» and «#» allowed.
    static func ticketNumbers(_ arguments: Arguments) throws -> [Int64] {
        try (arguments[Arg.ticketNumbers] ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map { part in
            guard let id = Int64(part.trimmingCharacters(in: CharacterSet(charactersIn: "№#"))), id > 0 else {
                throw InputError(.ticketNumbers, .badFormat)
            }
            return id
        }
    }

    /// The card's line of links: merged into, under an incident, duplicates, children, related.
    static func relationsCell(_ relations: TicketRelations, _ texts: Texts) -> Cell? {
        guard !relations.isEmpty else { return nil }
        var words: [String] = []
        if let parent = relations.parent {
            words.append(texts(.ticket(relations.parentKind == .merged ? .mergedInto(parent) : .underIncident(parent))))
        }
        let groups: [(TicketEventKind, [Int64])] = [
            (.merged, relations.merged), (.incident, relations.children), (.linked, relations.related),
        ]
        for (kind, ids) in groups where !ids.isEmpty {
            words.append(texts.ticketEvent(kind) + " " + ids.map(texts.ticketNumber).joined(separator: ", "))
        }
        let numbers = ([relations.parent].compactMap { $0 } + relations.merged + relations.children + relations.related).map { Cell($0) }
        return Cell.list(numbers).shown(words.joined(separator: "; "))
    }
}
