import Foundation
import GRDB
import JournalCore

/// A breach report as recorded.
public struct BreachReport: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var ticketId: Int64
    public var accountId: Int64
    public var discoveredAt: Date
    public var reportedAt: Date
    /// Reported more than one working day after the discovery (seed 004 §5.3).
    public var late: Bool
    public var invalidatedEntries: Int
    public var voidedMarks: Int

    public static let databaseTableName = "breachReport"
}

/// Leaked credentials (H-CRED-3, J-ACL-5): anyone reports; the account is locked at once, what was
/// done with it after the report is void, and the administrator restores it through a reset.
extension SupportDesk {
    public func reportBreach(_ caller: Caller, organization typed: String? = nil, login: String, discoveredAt: Date,
                             reportedAt: Date? = nil, description: String) throws -> (TicketRow, BreachReport) {
        let reportedAt = reportedAt ?? clock.now
        if discoveredAt > reportedAt { throw JournalError.invalid(.date, .endBeforeStart) }
        let description = try Validate.text(description, .description, max: 4000)
        let organization = try typed.map(findOrganization) ?? read { db in try self.organization(db, id: caller.organizationId) }
        var result: (TicketRow, BreachReport)?
        _ = try journal.reportBreach(caller, organizationId: organization.id!, login: login, reportedAt: reportedAt) { db, effect in
            let late = try reportedAt > oneWorkingDay(after: discoveredAt, db, organization: organization)
            let account = try Account.fetchOne(db, key: effect.accountId)!
            let role = try Role.fetchOne(db, sql: "SELECT role FROM personRole WHERE personId = ? LIMIT 1", arguments: [account.personId]) ?? .subjectTeacher
            let (assignee, personId) = try route(db, organization: organization, timetable: nil, topic: "", kind: .any)
            var ticket = Ticket(organizationId: organization.id!, kind: .breach, priority: .urgent, state: assignee == nil ? .new : .assigned,
                                requesterLogin: account.login, requesterIdentifier: account.identifier, requesterRole: role,
                                requesterAccountId: account.id, verified: true, topic: "Утечка реквизитов доступа", helpKind: .technical,
                                description: description, assignee: assignee, assigneePersonId: personId, createdAt: clock.now,
                                createdById: caller.personId)
            try ticket.insert(db)
            try record(db, ticket, .created, by: caller, text: nil)
            let report = BreachReport(ticketId: ticket.id!, accountId: account.id!, discoveredAt: discoveredAt, reportedAt: reportedAt, late: late,
                                      invalidatedEntries: effect.invalidatedEntries, voidedMarks: effect.voidedMarks)
            try report.insert(db)
            result = (try TicketRow.fetch(db, desk: self, Ticket.filter(key: ticket.id!))[0], report)
        }
        return result!
    }

    /// The same local time on the next working day of the production calendar after the discovery.
    func oneWorkingDay(after discovery: Date, _ db: Database, organization: Organization) throws -> Date {
        let zone = organization.zone
        var day = LocalDate(discovery, in: zone).adding(days: 1)
        while try !journal.isWorkingDay(db, organizationId: organization.id!, day) { day = day.adding(days: 1) }
        let parts = Calendar.gregorian(zone).dateComponents([.hour, .minute, .second], from: discovery)
        return ClockTime(hour: parts.hour!, minute: parts.minute!)!.instant(on: day, in: zone).addingTimeInterval(TimeInterval(parts.second!))
    }
}
