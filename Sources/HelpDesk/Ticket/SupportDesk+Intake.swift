import Foundation
import JournalCore

/// Taking a request (H-TICKET-1) and routing it (H-TICKET-2).
extension SupportDesk {
    /// Opens a ticket: the organization, login, identifier and role are required; the login and
    /// identifier are checked against the organization's accounts, and a requester who cannot log
    /// in is taken in all the same, unverified. The ticket goes to the specialist whose timetable
    /// topics answer it, else to the organization's journal administrator.
    public func openTicket(_ caller: Caller, _ intake: TicketIntake) throws -> (TicketRow, RequesterCheck) {
        try openTicket(caller, intake, then: nil)
    }

    /// The same, with `then` run on the new ticket in the same transaction.
    func openTicket(_ caller: Caller, _ intake: TicketIntake, then: ((StoreTransaction, Ticket) throws -> Void)?) throws -> (
        TicketRow, RequesterCheck
    ) {
        if caller.mustChangePassword { throw JournalError.passwordChangeRequired }
        let login = try Validate.login(intake.login)
        let identifierText = try Validate.text(intake.identifier, .identifier, max: 20)
        guard let identifier = Int64(identifierText.filter(\.isNumber)), !identifierText.contains(where: \.isLetter) else {
            throw JournalError.invalid(.identifier, .badFormat)
        }
        let topic = try Validate.text(intake.topic, .topic, max: 300)
        let description = try Validate.text(intake.description, .description, max: 4000)
        let contact = try DeskValidate.optionalText(intake.contact, .contact, max: 200)
        let organization = try findOrganization(intake.organization)
        // Staff of the desk take anyone's request; everyone else only their own.
        let isOwn = login.lowercased() == caller.login.lowercased() && organization.id == caller.organizationId
        if !isOwn {
            try DeskAccess.check(.takeRequests, caller, journal)
            try read { store in try DeskAccess.checkOrganization(caller, organization.savedId, .takeRequests, store) }
        }
        let timetable = try? timetable(code: organization.code)
        return try write { store in
            try caller.checkSession(store)
            let account = try Directory.account(store, organizationId: organization.savedId, login: login)
            let check: RequesterCheck =
                switch account {
                case nil: .unknownLogin
                case let account? where account.identifier != identifier: .identifierMismatch
                case let account? where try !Directory.roles(store, personId: account.personId).contains(intake.role): .roleMismatch
                default: .verified
                }
            let (assignee, personId) = try route(
                store, organization: organization, timetable: timetable, topic: topic, kind: intake.helpKind)
            var ticket = try Ticket(
                organizationId: organization.savedId, kind: intake.kind, priority: intake.priority,
                state: assignee == nil ? .new : .assigned,
                requesterLogin: login, requesterIdentifier: identifier, requesterRole: intake.role,
                requesterAccountId: check == .verified ? account?.id : nil, verified: check == .verified, contact: contact,
                topic: topic, helpKind: intake.helpKind, description: description, schoolClassId: intake.schoolClassId,
                lessonId: intake.lessonId, markId: intake.markId, assignee: assignee, assigneePersonId: personId,
                createdAt: clock.now, createdById: caller.personId)
            try store.insert(&ticket)
            try record(store, ticket, .created, by: caller, text: nil)
            if let assignee { try record(store, ticket, .assigned, by: caller, text: assignee) }
            try then?(store, ticket)
            return (try TicketRow.fetch(store, desk: self, id: ticket.savedId), check)
        }
    }

    /// The organization a requester names by code or name; an unknown one is refused with the
    /// closest known, so that the dialog asks again.
    public func findOrganization(_ typed: String) throws -> Organization {
        let key = try Validate.text(typed, .organization, max: 300).lowercased()
        let all = try read { store in try Directory.organizations(store) }
        if let exact = all.first(where: { $0.code == key || $0.name.lowercased() == key }) { return exact }
        let containing = all.filter { $0.name.lowercased().contains(key) || key.contains($0.code) }
        if containing.count == 1 { return containing[0] }
        let closest = (containing.isEmpty ? all : containing)
            .sorted { Levenshtein.distance($0.code, key) < Levenshtein.distance($1.code, key) }
            .prefix(3).map { "\($0.code), \($0.name)" }
        throw JournalError.invalid(.organization, .notFound(typed, closest: closest))
    }

    /// The specialist whose timetable topics answer the question, else the one of the kind of help
    /// asked for, else the line for any question, else the journal administrator (H-TICKET-2).
    func route(
        _ store: StoreTransaction, organization: Organization, timetable: SupportTimetable?, topic: String, kind: HelpKind
    ) throws -> (String?, Int64?) {
        let best =
            timetable?.whoHelps(with: topic, kind: kind).first { $0.score > 0 }?.slot
            ?? timetable?.slots.first { kind != .any && $0.kind == kind }
            ?? timetable?.slots.first { $0.kind == .any }
        if let best {
            return (best.responsible, try specialistPerson(store, organizationId: organization.savedId, named: best.responsible))
        }
        let admin = try Directory.journalAdministrator(store, organizationId: organization.savedId)
        return (admin?.fullName, admin?.id)
    }

    /// The person of the organization a timetable name stands for, if they have a record.
    func specialistPerson(_ store: StoreTransaction, organizationId: Int64, named responsible: String) throws -> Int64? {
        try Directory.staff(store, organizationId: organizationId).first { person in
            SpecialistName.names(responsible, fullName: person.fullName, roles: person.roles)
        }?.id
    }

    func record(
        _ store: StoreTransaction, _ ticket: Ticket, _ kind: TicketEventKind, by caller: Caller,
        from: TicketState? = nil, to: TicketState? = nil, text: String?, isPublic: Bool = false, other: Int64? = nil
    ) throws {
        try record(store, ticket, kind, actorId: caller.personId, from: from, to: to, text: text, isPublic: isPublic, other: other)
    }

    /// An event whose actor is a person who did not log in (the requester writing by mail), or nobody.
    @discardableResult
    func record(
        _ store: StoreTransaction, _ ticket: Ticket, _ kind: TicketEventKind, actorId: Int64?,
        from: TicketState? = nil, to: TicketState? = nil, text: String?, isPublic: Bool = false, other: Int64? = nil
    ) throws -> TicketEvent {
        var event = try TicketEvent(
            ticketId: ticket.savedId, at: clock.now, actorId: actorId, kind: kind, fromState: from, toState: to,
            text: text, isPublic: isPublic, otherTicketId: other)
        try store.insert(&event)
        try tellOfTicketEvent(store, ticket, event)
        return event
    }
}
