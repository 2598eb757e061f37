import Foundation
import JournalCore
import Mail

public enum MailIgnored: String, Sendable, Equatable {
    /// An auto-reply, a bounce, a list's or a robot's message.
    case automatic
    /// From the desk's own address: a loop.
    case fromDesk
    /// The same Message-ID came before.
    case duplicate
}

/// What became of one message that came in.
public enum MailInOutcome: Sendable, Equatable {
    case reply(ticket: Int64)
    /// An answer to a consultation's invitation, recorded on the booking (iTIP REPLY).
    case invitationAnswered(booking: Int64, CalendarReply.Answer)
    /// A reply to a resolved ticket that rated its answer.
    case rated(ticket: Int64, rating: Int)
    case opened(ticket: Int64)
    /// Kept for the desk; `asked` when the sender was asked for the four fields.
    case held(Int64, asked: Bool)
    case unsubscribed
    case ignored(MailIgnored)
}

/// `helpdesk mail-in`: a reply to a ticket's message lands on that ticket as the requester's
/// answer; a new message from an address the school knows becomes a ticket filled from that
/// account (H-TICKET-1); from an unknown address it is held and the sender asked for the four
/// fields once a day. Auto-replies, bounces and loops are kept and never answered.
extension SupportDesk {
    public func receiveMail(_ mail: ReceivedMail, organization code: String?) throws -> MailInOutcome {
        let organization = try code.map(findOrganization) ?? defaultMailOrganization()
        let deskAddress = try mailSettings().fromAddress?.lowercased()
        let timetable = try? timetable(code: organization.code)
        return try write { store in
            if let messageId = mail.messageId, try store.exists("SELECT 1 FROM inboundMail WHERE messageId = ?", [messageId]) {
                return .ignored(.duplicate)
            }
            let sender = mail.from?.address.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            var inbound = try InboundMail(
                organizationId: organization.savedId, messageId: mail.messageId, address: sender, subject: String(mail.subject.prefix(300)),
                text: String(mail.text.prefix(20_000)), receivedAt: clock.now, outcome: .ignored)
            func keep(_ outcome: InboundOutcome, ticket: Int64? = nil) throws {
                inbound.outcome = outcome
                inbound.ticketId = ticket
                try store.insert(&inbound)
                try keepAttachments(store, mail, ticketId: ticket, inboundId: inbound.savedId)
            }
            // A mail program's answer to an invitation (often sent as if automatic): recorded on
            // the consultation, never a ticket.
            if let (reply, booking) = try invitationAnswer(store, mail, organizationId: organization.savedId, sender: sender) {
                var answered = booking
                try store.update(&answered) {
                    $0.attendeeReply = reply.answer
                    $0.attendeeRepliedAt = clock.now
                }
                inbound.bookingId = booking.id
                try keep(.reply)
                return try .invitationAnswered(booking: booking.savedId, reply.answer)
            }
            if mail.isAutomatic || !MailAddressCheck.isPlausible(sender) {
                try keep(.ignored)
                return .ignored(.automatic)
            }
            if sender == deskAddress {
                try keep(.ignored)
                return .ignored(.fromDesk)
            }
            if let token = Self.unsubscribeToken(mail.subject), try unsubscribe(store, token: token) {
                try keep(.unsubscribed)
                return .unsubscribed
            }
            if let ticket = try referencedTicket(store, mail), try isRequester(store, ticket, address: sender) {
                if let rated = try rateByMail(store, ticket, text: QuotedReply.fresh(mail.text)) {
                    try keep(.reply, ticket: ticket.id)
                    return try .rated(ticket: ticket.savedId, rating: rated.rating)
                }
                try answer(store, ticket, text: QuotedReply.fresh(mail.text), attachments: mail.attachments.count)
                try keep(.reply, ticket: ticket.id)
                return try .reply(ticket: ticket.savedId)
            }
            if let contact = try Directory.contact(store, email: sender), contact.organizationId == organization.id,
                let account = try Directory.account(store, personId: contact.personId)
            {
                let ticket = try openMailTicket(
                    store, mail, organization: organization, timetable: timetable, account: account, sender: sender)
                try keep(.opened, ticket: ticket.id)
                return try .opened(ticket: ticket.savedId)
            }
            let askedToday = try store.exists(
                "SELECT 1 FROM inboundMail WHERE address = ? AND outcome = ? AND receivedAt > ?",
                [sender, InboundOutcome.held, clock.now.addingTimeInterval(-24 * 3600)])
            try keep(.held)
            if !askedToday {
                try enqueue(
                    store, .mailHeld(HeldMailNotice(subject: inbound.subject, inReplyTo: mail.messageId)), address: sender, language: .ru,
                    organizationId: organization.savedId, personId: nil)
            }
            return try .held(inbound.savedId, asked: !askedToday)
        }
    }

    /// The consultation a calendar reply in the mail answers, when its attendee is the booking's
    /// requester and the mail comes from them; nil for anything else.
    private func invitationAnswer(
        _ store: StoreTransaction, _ mail: ReceivedMail, organizationId: Int64, sender: String
    ) throws -> (CalendarReply, Booking)? {
        let replies = mail.attachments.filter { $0.contentType == "text/calendar" || $0.fileName.lowercased().hasSuffix(".ics") }
            .compactMap { CalendarReply($0.data) }
        for reply in replies {
            guard let id = reply.bookingId(organizationId: organizationId), let booking = try store.record(Booking.self, id: id),
                booking.organizationId == organizationId, reply.attendee == sender,
                let requester = try Directory.contact(store, email: sender), requester.personId == booking.requesterId
            else { continue }
            return (reply, booking)
        }
        return nil
    }

    /// The organization mail comes to when the MTA does not say: the only one, else the first school.
    private func defaultMailOrganization() throws -> Organization {
        let all = try read { store in try Directory.organizations(store) }
        guard let first = all.first else { throw JournalError.invalid(.organization, .missing) }
        return first
    }

    /// `unsubscribe TOKEN` in the subject, as the digest's link writes it.
    static func unsubscribeToken(_ subject: String) -> String? {
        let words = subject.split(separator: " ")
        guard let index = words.firstIndex(where: { $0.lowercased() == "unsubscribe" }), index + 1 < words.count else { return nil }
        return String(words[index + 1])
    }

    /// The ticket a reply is about: `[#N]` in the subject, or a message of the desk's it replies to.
    private func referencedTicket(_ store: StoreTransaction, _ mail: ReceivedMail) throws -> Ticket? {
        for id in mail.replyTo {
            let local = id.split(separator: "@").first.map(String.init) ?? ""
            if local.hasPrefix("ticket-"), let number = Int64(local.dropFirst(7)), let ticket = try store.record(Ticket.self, id: number) {
                return ticket
            }
            if let number = try ticketOfMessage(store, token: local), let ticket = try store.record(Ticket.self, id: number) {
                return ticket
            }
        }
        if let range = mail.subject.range(of: #"\[#(\d{1,12})\]"#, options: .regularExpression) {
            let number = Int64(mail.subject[range].dropFirst(2).dropLast())
            return try number.flatMap { try store.record(Ticket.self, id: $0) }
        }
        return nil
    }

    /// Whether the address is the requester's own: their person's address, or the one the ticket came from.
    private func isRequester(_ store: StoreTransaction, _ ticket: Ticket, address: String) throws -> Bool {
        if ticket.contact?.lowercased() == address { return true }
        guard let accountId = ticket.requesterAccountId, let account = try Directory.account(store, id: accountId) else { return false }
        return try Directory.contact(store, personId: account.personId)?.email?.lowercased() == address
    }

    /// The rating a reply to a resolved ticket gives, kept; nil when the reply is not one.
    private func rateByMail(_ store: StoreTransaction, _ ticket: Ticket, text: String) throws -> TicketRating? {
        guard !ticket.state.isOpen, let (rating, comment) = MailRating.parse(text),
            try !store.exists("SELECT 1 FROM ticketRating WHERE ticketId = ?", [ticket.savedId])
        else { return nil }
        let actor = try requesterAccountPerson(store, ticket)
        return try rate(store, ticket, rating: rating, comment: comment, actorId: actor, byMail: true)
    }

    /// The requester's answer: it sets a waiting ticket going again and opens a resolved one again.
    private func answer(_ store: StoreTransaction, _ ticket: Ticket, text: String, attachments: Int) throws {
        let actor = try requesterAccountPerson(store, ticket)
        var updated = ticket
        try record(store, ticket, .reply, actorId: actor, text: text.isEmpty ? nil : String(text.prefix(4000)), isPublic: true)
        if ticket.state == .waiting || !ticket.state.isOpen {
            updated.state = .inProgress
            updated.resolvedAt = nil
            updated.closedAt = nil
            try store.update(updated)
            try record(store, updated, .state, actorId: actor, from: ticket.state, to: .inProgress, text: nil, isPublic: true)
        }
    }

    private func openMailTicket(
        _ store: StoreTransaction, _ mail: ReceivedMail, organization: Organization, timetable: SupportTimetable?, account: Account,
        sender: String
    ) throws -> Ticket {
        let roles = try Directory.roles(store, personId: account.personId)
        let role = [Role.guardian, .student].first(where: roles.contains) ?? roles.sorted { $0.rawValue < $1.rawValue }.first ?? .guardian
        let text = mail.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let subject = Self.topic(mail.subject).isEmpty ? String(text.prefix(80)) : Self.topic(mail.subject)
        let topic = subject.isEmpty ? "—" : String(subject.prefix(300))
        let (assignee, personId) = try route(store, organization: organization, timetable: timetable, topic: topic, kind: .any)
        var ticket = try Ticket(
            organizationId: organization.savedId, kind: .help, priority: .normal, state: assignee == nil ? .new : .assigned,
            requesterLogin: account.login, requesterIdentifier: account.identifier, requesterRole: role, requesterAccountId: account.id,
            verified: true, contact: sender, topic: topic, helpKind: .any, description: text.isEmpty ? "—" : String(text.prefix(4000)),
            assignee: assignee, assigneePersonId: personId, createdAt: clock.now)
        try store.insert(&ticket)
        try record(store, ticket, .created, actorId: account.personId, text: nil)
        if let assignee { try record(store, ticket, .assigned, actorId: nil, text: assignee) }
        return ticket
    }

    /// The subject without the `Re:` and `Fwd:` mail programs put before it.
    static func topic(_ subject: String) -> String {
        var topic = subject.trimmingCharacters(in: .whitespaces)
        while let range = topic.range(
            of: #"^(re|fw|fwd|ответ|отв|пересл)\s*(\[\d+\])?\s*:\s*"#, options: [.regularExpression, .caseInsensitive])
        {
            topic.removeSubrange(range)
        }
        return topic
    }

    private func keepAttachments(_ store: StoreTransaction, _ mail: ReceivedMail, ticketId: Int64?, inboundId: Int64) throws {
        var total = 0
        for (index, file) in mail.attachments.prefix(AttachmentLimits.files).enumerated() {
            let fits = file.data.count <= AttachmentLimits.perFile && total + file.data.count <= AttachmentLimits.perMessage
            if fits { total += file.data.count }
            var attachment = TicketAttachment(
                ticketId: ticketId, inboundMailId: inboundId, fileName: TicketAttachment.safeName(file.fileName, number: index + 1),
                contentType: String(file.contentType.prefix(100)), size: file.data.count, data: fits ? file.data : nil,
                receivedAt: clock.now)
            try store.insert(&attachment)
        }
    }

    func unsubscribe(_ store: StoreTransaction, token: String) throws -> Bool {
        guard var preference = try store.record(MailPreference.self, "SELECT * FROM mailPreference WHERE unsubscribeToken = ?", [token])
        else {
            return false
        }
        if preference.digest == .email { preference.digest = .none }
        preference.messageCopies = false
        try store.save(preference)
        return true
    }
}
