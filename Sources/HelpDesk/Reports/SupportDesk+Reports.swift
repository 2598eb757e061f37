import Foundation
import JournalCore

/// The tickets of one school, topic or specialist over the report's days.
public struct DeskTicketLine: Sendable, Equatable {
    public var name: String
    public var tickets = 0
    public var resolved = 0
    /// Working minutes to the first reply and to resolution, summed over those that reached it.
    public var firstResponseMinutes = 0
    public var responded = 0
    public var resolutionMinutes = 0
    /// Tickets whose deadlines are settled (met, or missed already), and of them those met.
    public var decided = 0
    public var met = 0
    /// Answers their requesters rated, and the ratings' sum.
    public var rated = 0
    public var ratingSum = 0

    public var averageFirstResponse: Double? { responded > 0 ? Double(firstResponseMinutes) / Double(responded) : nil }
    public var averageResolution: Double? { resolved > 0 ? Double(resolutionMinutes) / Double(resolved) : nil }
    public var metPercent: Double? { decided > 0 ? Double(met) * 100 / Double(decided) : nil }
    public var averageRating: Double? { rated > 0 ? Double(ratingSum) / Double(rated) : nil }

    mutating func count(_ row: TicketRow, rating: Int?) {
        tickets += 1
        if let rating {
            rated += 1
            ratingSum += rating
        }
        if row.clock.firstResponse.met {
            responded += 1
            firstResponseMinutes += row.clock.firstResponse.used
        }
        if row.clock.resolution.met {
            resolved += 1
            resolutionMinutes += row.clock.resolution.used
        }
        let missed = row.clock.firstResponse.isOverdue || row.clock.resolution.isOverdue
        if missed || row.clock.resolution.met {
            decided += 1
            if !missed { met += 1 }
        }
    }
}

/// The desk's week (or any days): tickets by school, topic and specialist with their working
/// times and deadlines, consultations held and cancelled, and trainings per quarter against
/// the obligation (H-TRAIN-1).
public struct DeskReport: Sendable, Equatable {
    public var from: LocalDate
    public var to: LocalDate
    public var total: DeskTicketLine
    public var bySchool: [DeskTicketLine]
    public var byTopic: [DeskTicketLine]
    public var bySpecialist: [DeskTicketLine]
    public var bookingsHeld: Int
    public var bookingsCancelled: Int
    public var quarters: [QuarterCoverage]
}

extension SupportDesk {
    /// The desk's report over the days from `from` to `to`, in the caller's school's zone: for
    /// those who work the desk's tickets.
    public func deskReport(_ caller: Caller, from: LocalDate, to: LocalDate) throws -> DeskReport {
        try DeskAccess.check(.viewTickets, caller, journal)
        guard from <= to else { throw JournalError.invalid(.endDate, .endBeforeStart) }
        let (rows, ratings, held, cancelled) = try read { store in
            let zone = try organization(store, id: caller.organizationId).zone
            let start = ClockTime.midnight.instant(on: from, in: zone)
            let end = ClockTime.midnight.instant(on: to.adding(days: 1), in: zone)
            let served = Array(try DeskAccess.served(by: caller, store))
            let rows = try reportedTickets(store, served: served, from: start, to: end)
            let bookings = try bookingStates(store, served: served, from: start, to: min(end, clock.now))
            let ratings = try ratingsOf(store, rows)
            return (rows, ratings, bookings.filter { $0 == .booked }.count, bookings.filter { $0 == .cancelled }.count)
        }
        func lines(_ key: (TicketRow) -> String) throws -> [DeskTicketLine] {
            try Dictionary(grouping: rows, by: key).map { name, rows in
                var line = DeskTicketLine(name: name)
                for row in rows { try line.count(row, rating: ratings[row.ticket.savedId]) }
                return line
            }
            .sorted { ($0.tickets, $1.name) > ($1.tickets, $0.name) }
        }
        var total = DeskTicketLine(name: "")
        for row in rows { try total.count(row, rating: ratings[row.ticket.savedId]) }
        let quarters = (try? quarterlyCheck(caller)) ?? []
        return try DeskReport(
            from: from, to: to, total: total, bySchool: lines(\.organizationCode), byTopic: lines(\.ticket.topic),
            bySpecialist: lines { $0.ticket.assignee ?? "" }, bookingsHeld: held, bookingsCancelled: cancelled, quarters: quarters)
    }

    /// The requests of the served schools created from `start` to before `end`, in the order of
    /// their ids: a duplicate merged into another is that request, an incident the desk's own.
    private func reportedTickets(_ store: StoreTransaction, served: [Int64], from start: Date, to end: Date) throws -> [TicketRow] {
        try TicketRow.fetch(
            store, desk: self,
            .all([
                .isIn("organizationId", served),
                TicketCondition(sql: "createdAt >= ? AND createdAt < ?", arguments: [start, end]), .notIncident,
                TicketCondition(sql: "id NOT IN (SELECT ticketId FROM ticketLink WHERE kind = ?)", arguments: [TicketLinkKind.merged]),
            ]))
    }

    /// The states of the served schools' consultations that start from `start` to before `end`.
    private func bookingStates(_ store: StoreTransaction, served: [Int64], from start: Date, to end: Date) throws -> [BookingState] {
        let schools = TicketCondition.isIn("organizationId", served)
        return try store.values(
            BookingState.self, "SELECT state FROM booking WHERE \(schools.sql) AND start >= ? AND start < ?",
            schools.arguments + [start, end])
    }

    /// The ratings the requesters gave the answers of these tickets, by ticket.
    private func ratingsOf(_ store: StoreTransaction, _ rows: [TicketRow]) throws -> [Int64: Int] {
        let tickets = TicketCondition.isIn("ticketId", rows.compactMap(\.ticket.id))
        let ratings = try store.records(TicketRating.self, "SELECT * FROM ticketRating WHERE \(tickets.sql)", tickets.arguments)
        return Dictionary(uniqueKeysWithValues: ratings.map { ($0.ticketId, $0.rating) })
    }
}
