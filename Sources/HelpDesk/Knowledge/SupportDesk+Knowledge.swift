import Foundation
import GRDB
import JournalCore

/// The knowledge base: answers written once by the desk, offered before a ticket is filed.
extension SupportDesk {
    /// The articles the caller may read: not retired, for every school or for theirs (the desk's
    /// staff: for every school they serve), written for someone of their roles.
    public func articles(_ caller: Caller) throws -> [Article] {
        try readDatabase { db in try visibleArticles(db, caller) }
    }

    public func article(_ caller: Caller, id: Int64) throws -> Article {
        try readDatabase { db in
            guard let article = try visibleArticles(db, caller).first(where: { $0.id == id }) else {
                throw DeskError.invalid(.article, .unknown(String(id)))
            }
            return article
        }
    }

    /// The likeliest answers to a question, best first (Snowball stems, rarer words weigh more).
    public func suggestArticles(_ caller: Caller, question: String, limit: Int = 3) throws -> [ArticleMatch] {
        KnowledgeSearch.rank(question, try articles(caller), limit: limit)
    }

    /// Writes an article for the caller's school, or for every school the desk serves.
    public func addArticle(
        _ caller: Caller, title: String, body: String, topics: String?, audience: ArticleAudience, forEverySchool: Bool
    ) throws -> Article {
        let title = try Validate.text(title, .topic, max: 200)
        let body = try Validate.text(body, .description, max: 8000)
        let topics = try Validate.optionalText(topics, .topic, max: 300) ?? ""
        return try writeDatabase { db in
            try DeskAccess.check(.workTickets, caller, db)
            var article = Article(
                organizationId: forEverySchool ? nil : caller.organizationId, title: title, body: body, topics: topics,
                audience: audience, sourceTicketId: nil, writtenBy: caller.personId, writtenAt: clock.now)
            try article.insert(db)
            return article
        }
    }

    /// A resolved ticket's answer as an article: its topic for the title (unless given), its
    /// last public answer for the text, for the ticket's school.
    public func articleFromTicket(_ caller: Caller, ticketId: Int64, title: String?) throws -> Article {
        try writeDatabase { db in
            try DeskAccess.check(.workTickets, caller, db)
            guard let ticket = try Ticket.fetchOne(db, key: ticketId) else {
                throw DeskError.invalid(.ticket, .unknown(String(ticketId)))
            }
            try DeskAccess.checkOrganization(caller, ticket.organizationId, .workTickets, db)
            guard ticket.state == .resolved || ticket.state == .closed else { throw DeskError.ticketNotResolved(ticketId) }
            let answers = try TicketEvent.filter(TicketEvent.Columns.ticketId == ticketId && TicketEvent.Columns.isPublic == true)
                .filter([TicketEventKind.reply.rawValue, TicketEventKind.state.rawValue].contains(TicketEvent.Columns.kind))
                .order(TicketEvent.Columns.id.desc).fetchAll(db)
            guard let answer = answers.compactMap(\.text).first(where: { !$0.isEmpty }) else {
                throw DeskError.ticketNotResolved(ticketId)
            }
            var article = Article(
                organizationId: ticket.organizationId, title: try Validate.text(title ?? ticket.topic, .topic, max: 200),
                body: answer, topics: ticket.topic, audience: .all, sourceTicketId: ticketId, writtenBy: caller.personId,
                writtenAt: clock.now)
            try article.insert(db)
            return article
        }
    }

    /// Retires an article: no longer offered, kept with who retired it.
    public func retireArticle(_ caller: Caller, id: Int64) throws -> Article {
        try writeDatabase { db in
            try DeskAccess.check(.workTickets, caller, db)
            guard var article = try visibleArticles(db, caller).first(where: { $0.id == id }) else {
                throw DeskError.invalid(.article, .unknown(String(id)))
            }
            article.retiredAt = clock.now
            article.retiredBy = caller.personId
            try article.update(db)
            return article
        }
    }

    private func visibleArticles(_ db: Database, _ caller: Caller) throws -> [Article] {
        try caller.checkSession(db.store)
        let schools = caller.isDeskStaff ? try DeskAccess.served(by: caller, db) : [caller.organizationId]
        return try Article.filter(Article.Columns.retiredAt == nil).order(Article.Columns.id).fetchAll(db).filter { article in
            (article.organizationId.map(schools.contains) ?? true) && article.audience.includes(caller)
        }
    }
}
