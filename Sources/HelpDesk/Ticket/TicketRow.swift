import Foundation
import GRDB
import JournalCore

/// A ticket as lists show it: with its organization and its working-time clock.
public struct TicketRow: Sendable, Equatable {
    public var ticket: Ticket
    public var organizationCode: String
    public var clock: TicketClock
    public var timeZone: TimeZone

    /// Fills the rows of `request`, each clock counted in its organization's working hours.
    static func fetch(_ db: Database, desk: SupportDesk, _ request: QueryInterfaceRequest<Ticket>) throws -> [TicketRow] {
        try rows(db, desk: desk, try request.order(Ticket.Columns.id).fetchAll(db))
    }

    /// The rows of these tickets: their events and their organizations' targets are read in one
    /// query each, whatever the number of tickets.
    static func rows(_ db: Database, desk: SupportDesk, _ tickets: [Ticket]) throws -> [TicketRow] {
        guard !tickets.isEmpty else { return [] }
        let now = desk.clock.now
        let ids = tickets.compactMap(\.id)
        let events = Dictionary(
            grouping: try TicketEvent.filter(ids.contains(TicketEvent.Columns.ticketId)).order(TicketEvent.Columns.id).fetchAll(db),
            by: \.ticketId)
        let organizations = Set(tickets.map(\.organizationId))
        let targets = try TicketTarget.filter(organizations.contains(TicketTarget.Columns.organizationId)).fetchAll(db)
        var hoursByOrganization: [Int64: (String, WorkingHours)] = [:]
        for organizationId in organizations {
            let since = tickets.filter { $0.organizationId == organizationId }.map(\.createdAt).min() ?? now
            hoursByOrganization[organizationId] = try desk.workingHours(db, organizationId: organizationId, since: since)
        }
        return try tickets.map { ticket in
            let (code, hours) =
                try hoursByOrganization[ticket.organizationId]
                ?? desk.workingHours(db, organizationId: ticket.organizationId, since: ticket.createdAt)
            let target =
                targets.first { $0.organizationId == ticket.organizationId && $0.kind == ticket.kind && $0.priority == ticket.priority }
                ?? TicketTarget.standard(ticket.organizationId, ticket.kind, ticket.priority)
            let clock = TicketClock.compute(ticket, events: events[try ticket.savedId] ?? [], target: target, hours: hours, now: now)
            return TicketRow(ticket: ticket, organizationCode: code, clock: clock, timeZone: hours.zone)
        }
    }
}

extension SupportDesk {
    /// The organization's working hours from `since` to a year ahead, on the production calendar:
    /// the desk works through the pupils' vacations.
    func workingHours(_ db: Database, organizationId: Int64, since: Date) throws -> (String, WorkingHours) {
        let organization = try organization(db, id: organizationId)
        let timetable = try storedTimetable(db, code: organization.code)
        let zone = timetable?.timeZone ?? organization.zone
        let from = min(LocalDate(since, in: zone), LocalDate(clock.now, in: zone)).adding(days: -1)
        let to = LocalDate(clock.now, in: zone).adding(days: 400)
        return (
            organization.code,
            WorkingHours(
                timetable: timetable, zone: zone,
                daysOff: try OrganizationCalendar.holidays(db.store, organizationId: organizationId, from: from, to: to),
                shortened: try OrganizationCalendar.shortenedDays(db.store, organizationId: organizationId, from: from, to: to))
        )
    }
}
