import Foundation
import GRDB
import JournalCore

/// The requester rates the answer, 1 to 5 with a comment, once the ticket is resolved (issue 14,
/// part 4): at the console, or by replying to the resolution's mail.
extension SupportDesk {
    public func rateTicket(_ caller: Caller, id: Int64, rating: Int, comment: String? = nil) throws -> TicketRating {
        guard TicketRating.scale.contains(rating) else {
            throw DeskError.invalid(.rating, .outOfRange(min: TicketRating.scale.lowerBound, max: TicketRating.scale.upperBound))
        }
        let comment = try Validate.optionalText(comment, .comment, max: 2000)
        return try writeDatabase { db in
            let ticket = try visibleTicket(db, caller, id: id)
            guard ticket.requesterAccountId == caller.accountId else { throw DeskError.ratingRefused(.notRequester(id)) }
            return try rate(db, ticket, rating: rating, comment: comment, actorId: caller.personId, byMail: false)
        }
    }

    /// The rating of a ticket, if its requester gave one; for whoever sees the ticket.
    public func rating(_ caller: Caller, ticketId: Int64) throws -> TicketRating? {
        try readDatabase { db in
            _ = try visibleTicket(db, caller, id: ticketId)
            return try TicketRating.fetchOne(db, key: ticketId)
        }
    }

    /// The caller's own resolved tickets of the last `days` still to rate, oldest first.
    public func ticketsToRate(_ caller: Caller, days: Int = 14) throws -> [Ticket] {
        try readDatabase { db in
            try caller.checkSession(db.store)
            return try Ticket.filter(
                Ticket.Columns.requesterAccountId == caller.accountId && Ticket.Columns.state == TicketState.resolved.rawValue
            )
            .filter(Ticket.Columns.resolvedAt >= clock.now.addingTimeInterval(-Double(days) * 86_400))
            .filter(sql: "id NOT IN (SELECT ticketId FROM ticketRating)")
            .filter(Ticket.Columns.isIncident == false)
            .order(Ticket.Columns.id).fetchAll(db)
        }
    }

    /// Keeps the rating, with an event in the ticket's history; refused before the answer and a second time.
    @discardableResult
    func rate(_ db: Database, _ ticket: Ticket, rating: Int, comment: String?, actorId: Int64?, byMail: Bool) throws -> TicketRating {
        let id = try ticket.savedId
        guard ticket.state == .resolved || ticket.state == .closed else { throw DeskError.ratingRefused(.notResolved(id)) }
        guard try TicketRating.fetchOne(db, key: id) == nil else { throw DeskError.ratingRefused(.alreadyRated(id)) }
        let kept = TicketRating(ticketId: id, rating: rating, comment: comment, ratedAt: clock.now, byMail: byMail)
        try kept.insert(db)
        try record(db, ticket, .rated, actorId: actorId, text: comment, isPublic: true)
        return kept
    }
}

/// A reply to the resolution's mail that rates it: a mark of 1 to 5 first («5», «Оценка: 4 —
/// спасибо», «rating 3, slow»), the rest its comment.
enum MailRating {
    static func parse(_ text: String) -> (rating: Int, comment: String?)? {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        for word in ["оценка", "rating", "rate"] where rest.lowercased().hasPrefix(word) {
            rest = rest.dropFirst(word.count).drop { $0 == ":" || $0 == " " }
        }
        guard let first = rest.first, let rating = first.wholeNumberValue, TicketRating.scale.contains(rating) else { return nil }
        rest = rest.dropFirst()
        // «5», «5.», «5 — спасибо»; not «5А не открывается» nor «15 минут».
        guard rest.first.map({ $0.isWhitespace || $0.isPunctuation }) ?? true else { return nil }
        let comment = rest.drop { $0.isWhitespace || $0.isPunctuation || $0 == "—" }.trimmingCharacters(in: .whitespacesAndNewlines)
        return (rating, comment.isEmpty ? nil : String(comment.prefix(2000)))
    }
}
