import Foundation
import JournalCore

/// The messages a change queues, in the change's own transaction: what happened to a ticket,
/// a booking, a training or a breach report reaches the people it concerns.
extension SupportDesk {
    /// Tells the requester that their ticket was taken (with its number and deadline, however it
    /// came), answered, is waiting for them or was resolved; never of their own replies, nor of
    /// the desk's internal notes.
    func tellOfTicketEvent(_ store: StoreTransaction, _ ticket: Ticket, _ event: TicketEvent) throws {
        let requester = try requesterAccountPerson(store, ticket)
        if let requester, requester == event.actorId, event.kind != .created { return }
        let notice: Notice
        let ticketId = try ticket.savedId
        switch (event.kind, event.toState) {
        case (.created, _):
            let deadline = try TicketRow.fetch(store, desk: self, TicketCondition(sql: "id = ?", arguments: [ticketId])).first?.clock
                .resolution.due
            notice = .ticketTaken(TicketNotice(ticket: ticketId, topic: ticket.topic, deadline: deadline))
        case (.reply, _) where event.isPublic:
            notice = .ticketReply(TicketNotice(ticket: ticketId, topic: ticket.topic, text: event.text))
        case (.state, .waiting?):
            notice = .ticketWaiting(TicketNotice(ticket: ticketId, topic: ticket.topic, text: event.isPublic ? event.text : nil))
        case (.state, .resolved?):
            let answer = try (event.isPublic ? event.text : nil) ?? lastReply(store, ticket)
            notice = .ticketResolved(TicketNotice(ticket: ticketId, topic: ticket.topic, text: answer))
        case (.mergedInto, _):
            notice = .ticketMerged(TicketNotice(ticket: ticketId, topic: ticket.topic, other: event.otherTicketId))
        case (.incidentChild, _):
            notice = .ticketInIncident(TicketNotice(ticket: ticketId, topic: ticket.topic, other: event.otherTicketId))
        default:
            return
        }
        try tellRequester(store, ticket, notice, personId: requester)
    }

    /// The requester: their account's person, or the address a mail came from.
    func tellRequester(_ store: StoreTransaction, _ ticket: Ticket, _ notice: Notice, personId: Int64?) throws {
        if let personId, let contact = try Directory.contact(store, personId: personId), contact.email != nil {
            try enqueue(store, notice, to: contact)
        } else if let address = ticket.contact, MailAddressCheck.isPlausible(address) {
            try enqueue(store, notice, address: address, language: .ru, organizationId: ticket.organizationId, personId: nil)
        }
    }

    /// The person of the requester's account, when the ticket has one.
    func requesterAccountPerson(_ store: StoreTransaction, _ ticket: Ticket) throws -> Int64? {
        try ticket.requesterAccountId.flatMap { try Directory.account(store, id: $0) }?.personId
    }

    /// The text of the ticket's last public reply, if it had one.
    private func lastReply(_ store: StoreTransaction, _ ticket: Ticket) throws -> String? {
        try store.record(
            TicketEvent.self, "SELECT * FROM ticketEvent WHERE ticketId = ? AND isPublic = ? AND kind = ? ORDER BY id DESC LIMIT 1",
            [ticket.savedId, true, TicketEventKind.reply]
        )?.text
    }

    /// The requester and the specialist of a consultation, each with the invitation, its change
    /// or its cancellation (H-BOOK-1).
    func tellOfBooking(_ store: StoreTransaction, _ booking: Booking, _ change: BookingChange, key: String? = nil) throws {
        let requester = try Directory.contact(store, personId: booking.requesterId)
        let specialistId = try specialistPerson(store, organizationId: booking.organizationId, named: booking.responsible)
        let specialist = try specialistId.flatMap { try Directory.contact(store, personId: $0) }
        for (contact, toSpecialist) in [(requester, false), (specialist, true)] {
            guard let contact, !(toSpecialist && contact.personId == booking.requesterId) else { continue }
            let notice = try BookingNotice(
                booking: booking.savedId, change: change, topic: booking.topic, specialist: booking.responsible,
                requester: requester?.fullName ?? "", start: booking.start, end: booking.end, movedFrom: booking.movedFrom,
                room: booking.room, reason: booking.cancelReason, sequence: booking.sequence, toSpecialist: toSpecialist)
            try enqueue(store, .booking(notice), to: contact, key: key.map { "\($0):\(contact.personId)" })
        }
    }

    /// The training's invitation to its audience, or its reminder to one person registered.
    func tellOfTraining(_ store: StoreTransaction, _ training: Training, reminder: Bool, to contacts: [Contact]) throws {
        let notice = TrainingNotice(training: training, reminder: reminder)
        for contact in contacts {
            try enqueue(
                store, .training(notice), to: contact,
                key: "training:\(training.savedId):\(reminder ? "reminder" : "invitation"):\(contact.personId)")
        }
    }

    /// The people a training is for: the school's staff, guardians or students.
    func audienceContacts(_ store: StoreTransaction, _ training: Training) throws -> [Contact] {
        let roles: Set<Role> =
            switch training.audience {
            case .teachers: Set(Role.allCases.filter(\.isStaff))
            case .guardians: [.guardian]
            case .students: [.student]
            }
        return try Directory.contacts(store, organizationId: training.organizationId, roles: roles)
    }

    /// A journal outage reaches the school's administration promptly (H-TICKET-3, seed 004 «Порядок»
    /// §1.3): the director and deputies of the incident's school, or of every school its desk serves.
    func tellOfOutage(_ store: StoreTransaction, _ incident: Ticket, specialist: String) throws {
        let served = try store.values(
            Int64.self, "SELECT schoolOrganizationId FROM deskService WHERE supportOrganizationId = ?", [incident.organizationId])
        let notice = OutageNotice(
            ticket: incident.id ?? 0, topic: incident.topic, description: incident.description, openedAt: incident.createdAt,
            specialist: specialist)
        for organizationId in [incident.organizationId] + served {
            let heads = try Directory.contacts(
                store, organizationId: organizationId, roles: [.director, .deputyAcademic, .deputyUpbringing])
            for contact in heads {
                try enqueue(store, .outage(notice), to: contact, key: "outage:\(notice.ticket):\(contact.personId)")
            }
        }
    }

    /// A breach report reaches the head of the school and the desk at once (seed 004 §5.3): the
    /// school's director and journal administrator, and the specialists of the desks that serve it.
    func tellOfBreach(_ store: StoreTransaction, _ notice: BreachNotice, organizationId: Int64) throws {
        var people = try Directory.contacts(
            store, organizationId: organizationId, roles: [.director, .journalAdmin, .supportSpecialist])
        let desks = try store.values(
            Int64.self, "SELECT supportOrganizationId FROM deskService WHERE schoolOrganizationId = ?", [organizationId])
        for desk in desks {
            people += try Directory.contacts(store, organizationId: desk, roles: [.supportSpecialist, .journalAdmin])
        }
        for contact in people {
            try enqueue(store, .breach(notice), to: contact, key: "breach:\(notice.ticket):\(contact.personId)")
        }
    }
}
