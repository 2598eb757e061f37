import Foundation
import JournalCore

/// A breach report as recorded.
public struct BreachReport: Codable, Sendable, Equatable, StoredRecord {
    public var ticketId: Int64
    public var accountId: Int64
    public var discoveredAt: Date
    /// When the head or support got the information: what was done with the account from then on is void.
    public var reportedAt: Date
    /// Reported more than one working day after the discovery (seed 004 §5.3).
    public var late: Bool
    public var invalidatedEntries: Int
    public var voidedMarks: Int
    /// The journal's record of the breach.
    public var breachId: Int64?

    public static let tableName = "breachReport"
}

/// Leaked credentials (H-CRED-3, J-ACL-5): the owner, the school's head, deputies and journal
/// administrator, or the desk serving the school reports; the account is locked at once, what was
/// done with it since the report is void, and the administrator confirms the report with new
/// credentials or withdraws a false one.
extension SupportDesk {
    /// `reportedAt` is when the head or support received the information (now when not given);
    /// the report itself is entered now.
    public func reportBreach(
        _ caller: Caller, organization typed: String? = nil, login: String, discoveredAt: Date,
        reportedAt: Date? = nil, description: String
    ) throws -> (TicketRow, BreachReport) {
        let reportedAt = reportedAt ?? clock.now
        if discoveredAt > reportedAt { throw JournalError.invalid(.date, .endBeforeStart) }
        let description = try Validate.text(description, .description, max: 4000)
        let organization = try typed.map(findOrganization) ?? read { store in try self.organization(store, id: caller.organizationId) }
        // The desk's staff of a school they serve, its own included; otherwise the school's rules.
        let reporter: BreachReporter = try read { store in
            if caller.isDeskStaff, try DeskAccess.served(by: caller, store).contains(organization.savedId) { return .servingDesk }
            if organization.id == caller.organizationId { return .school }
            throw JournalError.breachReportForbidden
        }
        let reported = try journal.reportBreach(
            caller, organizationId: organization.savedId, login: login, voidFrom: reportedAt, reporter: reporter
        ) { store, effect in
            let late = try reportedAt > journal.workingDay(from: discoveredAt, by: 1, store, organizationId: organization.savedId)
            guard let account = try Directory.account(store, id: effect.accountId) else {
                throw JournalError.invalid(.login, .unknown(login))
            }
            let role = try Directory.roles(store, personId: account.personId).min { $0.rawValue < $1.rawValue } ?? .subjectTeacher
            let (assignee, personId) = try route(store, organization: organization, timetable: nil, topic: "", kind: .any)
            var ticket = try Ticket(
                organizationId: organization.savedId, kind: .breach, priority: .urgent, state: assignee == nil ? .new : .assigned,
                requesterLogin: account.login, requesterIdentifier: account.identifier, requesterRole: role,
                requesterAccountId: account.id, verified: true, topic: "Утечка реквизитов доступа", helpKind: .technical,
                description: description, assignee: assignee, assigneePersonId: personId, createdAt: clock.now,
                createdById: caller.personId)
            try store.insert(&ticket)
            try record(store, ticket, .created, by: caller, text: nil)
            let report = try BreachReport(
                ticketId: ticket.savedId, accountId: account.savedId, discoveredAt: discoveredAt, reportedAt: reportedAt, late: late,
                invalidatedEntries: effect.invalidatedEntries, voidedMarks: effect.voidedMarks, breachId: effect.breachId)
            try store.insert(report)
            try tellOfBreach(
                store,
                BreachNotice(
                    ticket: ticket.savedId, login: account.login,
                    name: try Directory.names(store, personIds: [account.personId])[account.personId] ?? "",
                    discoveredAt: discoveredAt, reportedAt: reportedAt, late: late, invalidatedEntries: effect.invalidatedEntries),
                organizationId: organization.savedId)
            return (try TicketRow.fetch(store, desk: self, id: ticket.savedId), report)
        }
        return reported.recorded
    }

    /// The journal administrator withdraws the false report of ticket `ticketId`: what it voided
    /// counts again, the account is unlocked, and the ticket is resolved with the reason.
    public func withdrawBreach(_ caller: Caller, ticketId: Int64, reason: String) throws -> TicketRow {
        guard
            let breachId = try read({ store in
                try store.value(Int64.self, "SELECT breachId FROM breachReport WHERE ticketId = ?", [ticketId])
            })
        else { throw JournalError.noOpenBreach(ticketId) }
        return try journal.withdrawBreach(caller, breachId: breachId, reason: reason) { store in
            guard var ticket = try store.record(Ticket.self, id: ticketId) else { throw DeskError.ticketNotFound(ticketId) }
            let from = ticket.state
            ticket.state = .resolved
            ticket.resolvedAt = clock.now
            try store.update(ticket)
            try record(store, ticket, .state, by: caller, from: from, to: .resolved, text: reason, isPublic: true)
            return try TicketRow.fetch(store, desk: self, id: ticketId)
        }
    }
}
