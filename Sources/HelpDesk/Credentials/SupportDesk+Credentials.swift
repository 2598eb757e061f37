import Foundation
import JournalCore

/// A reset of lost credentials: the ticket, the identity check and the temporary password in one
/// transaction, shown once.
public struct CredentialReset: Sendable {
    public var ticket: TicketRow
    public var credentials: IssuedCredentials
    public var organizationName: String
}

/// Lost credentials (H-CRED-1, H-CRED-2, J-ACL-4): a reset is a kind of ticket. The journal
/// administrator resets anyone of the organization, a class teacher the students and guardians of
/// their class, nobody their own account by this route.
extension SupportDesk {
    public func resetCredentials(_ caller: Caller, _ intake: TicketIntake, identity: IdentityCheck) throws -> CredentialReset {
        let detail = try DeskValidate.text(identity.detail, .method, max: 200)
        var intake = intake
        intake.kind = .credentialReset
        let organization = try findOrganization(intake.organization)
        let login = try Validate.login(intake.login)
        let account = try read { store in try Directory.account(store, organizationId: organization.savedId, login: login) }
        guard let account else { throw JournalError.invalid(.login, .unknown(intake.login)) }
        guard Int64(intake.identifier.filter(\.isNumber)) == account.identifier else {
            throw JournalError.invalid(.identifier, .unknown(intake.identifier))
        }
        // H-CRED-1: the role the requester states must be one the account holds.
        guard try read({ store in try Directory.roles(store, personId: account.personId) }).contains(intake.role) else {
            throw JournalError.invalid(.role, .roleNotHeld)
        }
        do {
            let (issued, opened) = try journal.issueCredentials(caller, account: account.login) { store, _ in
                var ticket = try newTicket(store, caller, intake, organization: organization, account: account)
                ticket.state = .inProgress
                ticket.assignee = caller.fullName
                ticket.assigneePersonId = caller.personId
                ticket.firstResponseAt = clock.now
                try store.insert(&ticket)
                try record(store, ticket, .created, by: caller, text: nil)
                try record(store, ticket, .identityCheck, by: caller, text: "\(identity.method.rawValue): \(detail)")
                try record(store, ticket, .state, by: caller, from: .new, to: .inProgress, text: nil)
                return try TicketRow.fetch(store, desk: self, id: ticket.savedId)
            }
            return CredentialReset(ticket: opened, credentials: issued, organizationName: organization.name)
        } catch let refusal as JournalError {
            guard case .forbidden = refusal, let accountId = account.id else { throw refusal }
            // Refused: its only trace is the audit entry (no ticket, no mail to the owner).
            try journal.recordRefusedCredentials(caller, accountId: accountId)
            throw refusal
        }
    }

    /// Records that the new credentials were handed over against a signature (H-CRED-2): who
    /// received them, when, and who gave them. The ticket is resolved.
    public func recordHandover(_ caller: Caller, ticketId: Int64, receivedBy: String) throws -> TicketRow {
        let receivedBy = try DeskValidate.text(receivedBy, .receivedBy, max: 120)
        return try change(caller, id: ticketId) { store, ticket in
            guard ticket.kind == .credentialReset, ticket.state == .inProgress else {
                throw DeskError.badTransition(from: ticket.state, to: .resolved)
            }
            try record(store, ticket, .handover, by: caller, text: "\(receivedBy) ← \(caller.fullName)")
            ticket.state = .resolved
            ticket.resolvedAt = clock.now
            try record(store, ticket, .state, by: caller, from: .inProgress, to: .resolved, text: nil)
        }
    }

    private func newTicket(
        _ store: StoreTransaction, _ caller: Caller, _ intake: TicketIntake, organization: Organization, account: Account
    ) throws -> Ticket {
        try Ticket(
            organizationId: organization.savedId, kind: intake.kind, priority: intake.priority, state: .new, requesterLogin: account.login,
            requesterIdentifier: account.identifier, requesterRole: intake.role, requesterAccountId: account.id, verified: true,
            contact: intake.contact, topic: try Validate.text(intake.topic, .topic, max: 300), helpKind: intake.helpKind,
            description: try Validate.text(intake.description, .description, max: 4000), createdAt: clock.now, createdById: caller.personId)
    }
}
