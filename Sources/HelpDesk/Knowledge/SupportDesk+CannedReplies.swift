import Foundation
import JournalCore

/// Canned replies: kept once, filled from the ticket they answer.
extension SupportDesk {
    /// The canned replies of the caller's desk: for every school, or for one it serves.
    public func cannedReplies(_ caller: Caller) throws -> [CannedReply] {
        try read { store in
            try DeskAccess.check(.workTickets, caller, store)
            let schools = try DeskAccess.served(by: caller, store)
            return try store.records(CannedReply.self, "SELECT * FROM cannedReply ORDER BY language, name").filter {
                $0.organizationId.map(schools.contains) ?? true
            }
        }
    }

    public func addCannedReply(_ caller: Caller, name: String, language: Language, text: String, forEverySchool: Bool) throws
        -> CannedReply
    {
        let name = try Validate.text(name, .name, max: 40)
        let text = try Validate.text(text, .description, max: 4000)
        return try write { store in
            try DeskAccess.check(.workTickets, caller, store)
            if forEverySchool { try DeskAccess.checkServesEverySchool(caller, store) }
            let organizationId = forEverySchool ? nil : caller.organizationId
            // `IS`: the replies for every school have no organization.
            let sameKind = try store.records(
                CannedReply.self, "SELECT * FROM cannedReply WHERE organizationId IS NOT DISTINCT FROM ? AND language = ?",
                [organizationId, language.rawValue])
            if sameKind.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                throw JournalError.invalid(.name, .alreadyExists(name))
            }
            var reply = CannedReply(
                organizationId: organizationId, name: name, language: language, text: text, writtenBy: caller.personId,
                writtenAt: clock.now)
            try store.insert(&reply)
            return reply
        }
    }

    /// A canned reply for a ticket, filled from it: the requester's name and login, the school,
    /// the resolution deadline (`when` words it), articles by number. The reply of the ticket's
    /// school wins over one for every school; the language asked, else the other.
    public func cannedReply(
        _ caller: Caller, ticketId: Int64, name: String, language: Language, when: @escaping @Sendable (Date, TimeZone) -> String
    ) throws -> String {
        try read { store in
            try DeskAccess.check(.workTickets, caller, store)
            guard let ticket = try store.record(Ticket.self, id: ticketId) else { throw DeskError.ticketNotFound(ticketId) }
            try DeskAccess.checkOrganization(caller, ticket.organizationId, .workTickets, store)
            let replies = try store.records(CannedReply.self, "SELECT * FROM cannedReply")
            let candidates = replies.filter {
                $0.name.lowercased() == name.lowercased() && ($0.organizationId == nil || $0.organizationId == ticket.organizationId)
            }
            // The reply in the asked language first, then the school's own before the shared one.
            let rank = { (reply: CannedReply) -> (Int, Int) in
                (reply.language == language ? 0 : 1, reply.organizationId == nil ? 1 : 0)
            }
            let ranked = candidates.sorted { rank($0) < rank($1) }
            guard let reply = ranked.first else {
                let names = Set(replies.map(\.name)).sorted {
                    Levenshtein.distance($0.lowercased(), name.lowercased()) < Levenshtein.distance($1.lowercased(), name.lowercased())
                }
                throw JournalError.invalid(.name, .notFound(name, closest: Array(names.prefix(3))))
            }
            let row = try TicketRow.fetch(store, desk: self, id: ticketId)
            let person = try requesterAccountPerson(store, ticket)
            // An account not yet verified has no name to greet: the greeting goes without one, never by the login.
            let requester = try person.flatMap { try Directory.names(store, personIds: [$0])[$0] }
            let articles = try store.records(Article.self, "SELECT * FROM article")
            let titles = Dictionary(uniqueKeysWithValues: try articles.map { (try $0.savedId, $0.title) })
            var values: [ReplyPlaceholder: String] = [
                .school: try organization(store, id: ticket.organizationId).name, .login: ticket.requesterLogin,
            ]
            values[.name] = requester
            if let due = row.clock.resolution.due { values[.deadline] = when(due, row.timeZone) }
            return ReplyValues(values: values, article: { id in titles[id].map { "«\($0)» (kb show \(id))" } }).fill(reply.text)
        }
    }
}
