import Foundation
import JournalCore

/// The requester rates the answer, 1 to 5 with a comment, once the ticket is resolved (issue 14,
/// part 4): at the console, or by replying to the resolution's mail.
extension SupportDesk {
    public func rateTicket(_ caller: Caller, id: Int64, rating: Int, comment: String? = nil) throws -> TicketRating {
        guard TicketRating.scale.contains(rating) else {
            throw DeskError.invalid(.rating, .outOfRange(min: TicketRating.scale.lowerBound, max: TicketRating.scale.upperBound))
        }
        let comment = try Validate.optionalText(comment, .comment, max: 2000)
        return try write { store in
            let ticket = try visibleTicket(store, caller, id: id)
            guard ticket.requesterAccountId == caller.accountId else { throw DeskError.ratingRefused(.notRequester(id)) }
            return try rate(store, ticket, rating: rating, comment: comment, actorId: caller.personId, byMail: false)
        }
    }

    /// The rating of a ticket, if its requester gave one; for whoever sees the ticket.
    public func rating(_ caller: Caller, ticketId: Int64) throws -> TicketRating? {
        try read { store in
            _ = try visibleTicket(store, caller, id: ticketId)
            return try ratingOf(store, ticketId)
        }
    }

    /// The caller's own resolved tickets of the last `days` still to rate, oldest first.
    public func ticketsToRate(_ caller: Caller, days: Int = 14) throws -> [Ticket] {
        try read { store in
            try caller.checkSession(store)
            return try store.records(
                Ticket.self,
                """
                SELECT * FROM ticket
                WHERE requesterAccountId = ? AND state = ? AND resolvedAt >= ?
                    AND id NOT IN (SELECT ticketId FROM ticketRating) AND isIncident = 0
                ORDER BY id
                """,
                [caller.accountId, TicketState.resolved, clock.now.addingTimeInterval(-Double(days) * 86_400)])
        }
    }

    /// Keeps the rating, with an event in the ticket's history; refused before the answer and a second time.
    @discardableResult
    func rate(_ store: StoreTransaction, _ ticket: Ticket, rating: Int, comment: String?, actorId: Int64?, byMail: Bool) throws
        -> TicketRating
    {
        let id = try ticket.savedId
        // Resolved, not merely closed: a duplicate merged into another ticket had no answer of its own.
        guard ticket.state == .resolved || ticket.state == .closed, ticket.resolvedAt != nil else {
            throw DeskError.ratingRefused(.notResolved(id))
        }
        guard try ratingOf(store, id) == nil else { throw DeskError.ratingRefused(.alreadyRated(id)) }
        let kept = TicketRating(ticketId: id, rating: rating, comment: comment, ratedAt: clock.now, byMail: byMail)
        try store.insert(kept)
        try record(store, ticket, .rated, actorId: actorId, text: comment, isPublic: true)
        return kept
    }

    /// The rating of ticket `id`, if there is one.
    private func ratingOf(_ store: StoreTransaction, _ id: Int64) throws -> TicketRating? {
        try store.record(TicketRating.self, "SELECT * FROM ticketRating WHERE ticketId = ?", [id])
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
