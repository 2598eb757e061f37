import Foundation
import JournalCore

/// The knowledge base: answers written once by the desk, offered before a ticket is filed.
extension SupportDesk {
    /// The articles the caller may read: not retired, for every school or for theirs (the desk's
    /// staff: for every school they serve), written for someone of their roles.
    public func articles(_ caller: Caller) throws -> [Article] {
        try read { store in try visibleArticles(store, caller) }
    }

    /// One article by its number, a retired one too: a reply sent before it was retired still
    /// names it (`retiredAt` says it is no longer offered).
    public func article(_ caller: Caller, id: Int64) throws -> Article {
        try read { store in
            guard let article = try visibleArticles(store, caller, retiredToo: true).first(where: { $0.id == id }) else {
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
        return try write { store in
            try DeskAccess.check(.workTickets, caller, store)
            if forEverySchool { try DeskAccess.checkServesEverySchool(caller, store) }
            var article = Article(
                organizationId: forEverySchool ? nil : caller.organizationId, title: title, body: body, topics: topics,
                audience: audience, sourceTicketId: nil, writtenBy: caller.personId, writtenAt: clock.now)
            try store.insert(&article)
            return article
        }
    }

    /// A resolved ticket's answer as an article: its topic for the title (unless given), its
    /// last public answer for the text, for the ticket's school.
    public func articleFromTicket(_ caller: Caller, ticketId: Int64, title: String?) throws -> Article {
        try write { store in
            try DeskAccess.check(.workTickets, caller, store)
            guard let ticket = try store.record(Ticket.self, id: ticketId) else {
                throw DeskError.invalid(.ticket, .unknown(String(ticketId)))
            }
            try DeskAccess.checkOrganization(caller, ticket.organizationId, .workTickets, store)
            guard ticket.state == .resolved || ticket.state == .closed else { throw DeskError.ticketNotResolved(ticketId) }
            // Its public replies and changes of state, the last first.
            let answers = try store.records(
                TicketEvent.self, "SELECT * FROM ticketEvent WHERE ticketId = ? AND isPublic = ? AND kind IN (?, ?) ORDER BY id DESC",
                [ticketId, true, TicketEventKind.reply, TicketEventKind.state])
            guard let answer = answers.compactMap(\.text).first(where: { !$0.isEmpty }) else {
                throw DeskError.ticketNotResolved(ticketId)
            }
            var article = Article(
                organizationId: ticket.organizationId, title: try Validate.text(title ?? ticket.topic, .topic, max: 200),
                body: answer, topics: ticket.topic, audience: .all, sourceTicketId: ticketId, writtenBy: caller.personId,
                writtenAt: clock.now)
            try store.insert(&article)
            return article
        }
    }

    /// Retires an article: no longer offered, kept with who retired it.
    public func retireArticle(_ caller: Caller, id: Int64) throws -> Article {
        try write { store in
            try DeskAccess.check(.workTickets, caller, store)
            guard var article = try visibleArticles(store, caller).first(where: { $0.id == id }) else {
                throw DeskError.invalid(.article, .unknown(String(id)))
            }
            if article.organizationId == nil { try DeskAccess.checkServesEverySchool(caller, store) }
            article.retiredAt = clock.now
            article.retiredBy = caller.personId
            try store.update(article)
            return article
        }
    }

    /// The articles the caller may read: their school's and every school's, for readers like them;
    /// the retired ones only when asked.
    private func visibleArticles(_ store: StoreTransaction, _ caller: Caller, retiredToo: Bool = false) throws -> [Article] {
        try caller.checkSession(store)
        let schools = caller.isDeskStaff ? try DeskAccess.served(by: caller, store) : [caller.organizationId]
        let current = try store.records(
            Article.self, retiredToo ? "SELECT * FROM article ORDER BY id" : "SELECT * FROM article WHERE retiredAt IS NULL ORDER BY id")
        return current.filter { article in
            (article.organizationId.map(schools.contains) ?? true) && article.audience.includes(caller)
        }
    }
}
