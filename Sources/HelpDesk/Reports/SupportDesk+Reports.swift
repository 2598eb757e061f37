import Foundation
import GRDB
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
        let (rows, ratings, held, cancelled) = try readDatabase { db in
            let zone = try organization(db, id: caller.organizationId).zone
            let start = ClockTime.midnight.instant(on: from, in: zone)
            let end = ClockTime.midnight.instant(on: to.adding(days: 1), in: zone)
            let served = try DeskAccess.served(by: caller, db)
            // Requests only: a duplicate merged into another is that request, an incident the desk's own.
            let rows = try TicketRow.fetch(
                db, desk: self,
                Ticket.filter(
                    served.contains(Ticket.Columns.organizationId) && Ticket.Columns.createdAt >= start && Ticket.Columns.createdAt < end
                )
                .filter(Ticket.Columns.isIncident == false)
                .filter(sql: "id NOT IN (SELECT ticketId FROM ticketLink WHERE kind = ?)", arguments: [TicketLinkKind.merged.rawValue]))
            let bookings = try Booking.filter(
                served.contains(Booking.Columns.organizationId) && Booking.Columns.start >= start
                    && Booking.Columns.start < min(end, clock.now)
            ).fetchAll(db)
            let ratings = Dictionary(
                uniqueKeysWithValues: try TicketRating.filter(rows.compactMap(\.ticket.id).contains(TicketRating.Columns.ticketId))
                    .fetchAll(db).map {
                        ($0.ticketId, $0.rating)
                    })
            return (
                rows, ratings, bookings.filter { $0.state == .booked }.count, bookings.filter { $0.state == .cancelled }.count
            )
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
}
