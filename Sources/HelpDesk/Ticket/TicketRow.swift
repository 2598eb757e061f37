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
        let tickets = try request.order(Column("id")).fetchAll(db)
        let now = desk.clock.now
        var hoursByOrganization: [Int64: (String, WorkingHours)] = [:]
        var rows: [TicketRow] = []
        for ticket in tickets {
            if hoursByOrganization[ticket.organizationId] == nil {
                hoursByOrganization[ticket.organizationId] = try desk.workingHours(
                    db, organizationId: ticket.organizationId, since: ticket.createdAt)
            }
            let (code, hours) = hoursByOrganization[ticket.organizationId]!
            let events = try TicketEvent.filter(Column("ticketId") == ticket.id!).order(Column("id")).fetchAll(db)
            let clock = TicketClock.compute(ticket, events: events, target: try TicketTarget.of(db, ticket), hours: hours, now: now)
            rows.append(TicketRow(ticket: ticket, organizationCode: code, clock: clock, timeZone: hours.zone))
        }
        return rows
    }
}

extension SupportDesk {
    /// The organization's working hours from `since` to a year ahead.
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
                daysOff: try OrganizationCalendar.daysOff(db, organizationId: organizationId, from: from, to: to),
                shortened: try OrganizationCalendar.shortenedDays(db, organizationId: organizationId, from: from, to: to))
        )
    }
}
