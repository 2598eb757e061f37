import Foundation
import JournalCore

/// A ticket as lists show it: with its organization and its working-time clock.
public struct TicketRow: Sendable, Equatable {
    public var ticket: Ticket
    public var organizationCode: String
    public var clock: TicketClock
    public var timeZone: TimeZone

    /// Fills the rows of the tickets `condition` selects, in the order of their ids, each clock
    /// counted in its organization's working hours.
    static func fetch(_ store: StoreTransaction, desk: SupportDesk, _ condition: TicketCondition) throws -> [TicketRow] {
        let tickets = try store.records(Ticket.self, "SELECT * FROM ticket WHERE \(condition.sql) ORDER BY id", condition.arguments)
        return try rows(store, desk: desk, tickets)
    }

    /// The row of ticket `id`.
    static func fetch(_ store: StoreTransaction, desk: SupportDesk, id: Int64) throws -> TicketRow {
        guard let row = try fetch(store, desk: desk, TicketCondition(sql: "id = ?", arguments: [id])).first else {
            throw DeskError.ticketNotFound(id)
        }
        return row
    }

    /// The rows of these tickets: their events and their organizations' targets are read in one
    /// query each, whatever the number of tickets.
    static func rows(_ store: StoreTransaction, desk: SupportDesk, _ tickets: [Ticket]) throws -> [TicketRow] {
        guard !tickets.isEmpty else { return [] }
        let now = desk.clock.now
        let ofTickets = TicketCondition.isIn("ticketId", tickets.compactMap(\.id))
        let events = Dictionary(
            grouping: try store.records(
                TicketEvent.self, "SELECT * FROM ticketEvent WHERE \(ofTickets.sql) ORDER BY id", ofTickets.arguments),
            by: \.ticketId)
        let organizations = Set(tickets.map(\.organizationId))
        let ofOrganizations = TicketCondition.isIn("organizationId", Array(organizations))
        let targets = try store.records(
            TicketTarget.self, "SELECT * FROM ticketTarget WHERE \(ofOrganizations.sql)", ofOrganizations.arguments)
        var hoursByOrganization: [Int64: (String, WorkingHours)] = [:]
        for organizationId in organizations {
            let since = tickets.filter { $0.organizationId == organizationId }.map(\.createdAt).min() ?? now
            hoursByOrganization[organizationId] = try desk.workingHours(store, organizationId: organizationId, since: since)
        }
        return try tickets.map { ticket in
            let (code, hours) =
                try hoursByOrganization[ticket.organizationId]
                ?? desk.workingHours(store, organizationId: ticket.organizationId, since: ticket.createdAt)
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
    func workingHours(_ store: StoreTransaction, organizationId: Int64, since: Date) throws -> (String, WorkingHours) {
        let organization = try organization(store, id: organizationId)
        let timetable = try storedTimetable(store, code: organization.code)
        let zone = timetable?.timeZone ?? organization.zone
        let from = min(LocalDate(since, in: zone), LocalDate(clock.now, in: zone)).adding(days: -1)
        let to = LocalDate(clock.now, in: zone).adding(days: 400)
        return (
            organization.code,
            WorkingHours(
                timetable: timetable, zone: zone,
                daysOff: try OrganizationCalendar.holidays(store, organizationId: organizationId, from: from, to: to),
                shortened: try OrganizationCalendar.shortenedDays(store, organizationId: organizationId, from: from, to: to))
        )
    }
}
