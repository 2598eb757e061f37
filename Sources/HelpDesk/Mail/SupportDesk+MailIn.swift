import Foundation
import GRDB
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
        return try writeDatabase { db in
            if let messageId = mail.messageId, try InboundMail.filter(InboundMail.Columns.messageId == messageId).fetchCount(db) > 0 {
                return .ignored(.duplicate)
            }
            let sender = mail.from?.address.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            var inbound = try InboundMail(
                organizationId: organization.savedId, messageId: mail.messageId, address: sender, subject: String(mail.subject.prefix(300)),
                text: String(mail.text.prefix(20_000)), receivedAt: clock.now, outcome: .ignored)
            func keep(_ outcome: InboundOutcome, ticket: Int64? = nil) throws {
                inbound.outcome = outcome
                inbound.ticketId = ticket
                try inbound.insert(db)
                try keepAttachments(db, mail, ticketId: ticket, inboundId: inbound.savedId)
            }
            // A mail program's answer to an invitation (often sent as if automatic): recorded on
            // the consultation, never a ticket.
            if let (reply, booking) = try invitationAnswer(db, mail, organizationId: organization.savedId, sender: sender) {
                var answered = booking
                try answered.updateChanges(db) {
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
            if let token = Self.unsubscribeToken(mail.subject), try unsubscribe(db, token: token) {
                try keep(.unsubscribed)
                return .unsubscribed
            }
            if let ticket = try referencedTicket(db, mail), try isRequester(db, ticket, address: sender) {
                if let rated = try rateByMail(db, ticket, text: QuotedReply.fresh(mail.text)) {
                    try keep(.reply, ticket: ticket.id)
                    return try .rated(ticket: ticket.savedId, rating: rated.rating)
                }
                try answer(db, ticket, text: QuotedReply.fresh(mail.text), attachments: mail.attachments.count)
                try keep(.reply, ticket: ticket.id)
                return try .reply(ticket: ticket.savedId)
            }
            if let contact = try Directory.contact(db.store, email: sender), contact.organizationId == organization.id,
                let account = try Directory.account(db.store, personId: contact.personId)
            {
                let ticket = try openMailTicket(
                    db, mail, organization: organization, timetable: timetable, account: account, sender: sender)
                try keep(.opened, ticket: ticket.id)
                return try .opened(ticket: ticket.savedId)
            }
            let askedToday =
                try InboundMail.filter(InboundMail.Columns.address == sender && InboundMail.Columns.outcome == InboundOutcome.held.rawValue)
                .filter(InboundMail.Columns.receivedAt > clock.now.addingTimeInterval(-24 * 3600)).fetchCount(db) > 0
            try keep(.held)
            if !askedToday {
                try enqueue(
                    db, .mailHeld(HeldMailNotice(subject: inbound.subject, inReplyTo: mail.messageId)), address: sender, language: .ru,
                    organizationId: organization.savedId, personId: nil)
            }
            return try .held(inbound.savedId, asked: !askedToday)
        }
    }

    /// The consultation a calendar reply in the mail answers, when its attendee is the booking's
    /// requester and the mail comes from them; nil for anything else.
    private func invitationAnswer(
        _ db: Database, _ mail: ReceivedMail, organizationId: Int64, sender: String
    ) throws -> (CalendarReply, Booking)? {
        let replies = mail.attachments.filter { $0.contentType == "text/calendar" || $0.fileName.lowercased().hasSuffix(".ics") }
            .compactMap { CalendarReply($0.data) }
        for reply in replies {
            guard let id = reply.bookingId(organizationId: organizationId), let booking = try Booking.fetchOne(db, key: id),
                booking.organizationId == organizationId, reply.attendee == sender,
                let requester = try Directory.contact(db.store, email: sender), requester.personId == booking.requesterId
            else { continue }
            return (reply, booking)
        }
        return nil
    }

    /// The organization mail comes to when the MTA does not say: the only one, else the first school.
    private func defaultMailOrganization() throws -> Organization {
        let all = try readDatabase { db in try Directory.organizations(db.store) }
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
    private func referencedTicket(_ db: Database, _ mail: ReceivedMail) throws -> Ticket? {
        for id in mail.replyTo {
            let local = id.split(separator: "@").first.map(String.init) ?? ""
            if local.hasPrefix("ticket-"), let number = Int64(local.dropFirst(7)), let ticket = try Ticket.fetchOne(db, key: number) {
                return ticket
            }
            if let number = try ticketOfMessage(db, token: local), let ticket = try Ticket.fetchOne(db, key: number) { return ticket }
        }
        if let range = mail.subject.range(of: #"\[#(\d{1,12})\]"#, options: .regularExpression) {
            let number = Int64(mail.subject[range].dropFirst(2).dropLast())
            return try number.flatMap { try Ticket.fetchOne(db, key: $0) }
        }
        return nil
    }

    /// Whether the address is the requester's own: their person's address, or the one the ticket came from.
    private func isRequester(_ db: Database, _ ticket: Ticket, address: String) throws -> Bool {
        if ticket.contact?.lowercased() == address { return true }
        guard let accountId = ticket.requesterAccountId, let account = try Directory.account(db.store, id: accountId) else { return false }
        return try Directory.contact(db.store, personId: account.personId)?.email?.lowercased() == address
    }

    /// The rating a reply to a resolved ticket gives, kept; nil when the reply is not one.
    private func rateByMail(_ db: Database, _ ticket: Ticket, text: String) throws -> TicketRating? {
        guard !ticket.state.isOpen, let (rating, comment) = MailRating.parse(text),
            try TicketRating.fetchOne(db, key: ticket.savedId) == nil
        else { return nil }
        let actor = try requesterAccountPerson(db, ticket)
        return try rate(db, ticket, rating: rating, comment: comment, actorId: actor, byMail: true)
    }

    /// The requester's answer: it sets a waiting ticket going again and opens a resolved one again.
    private func answer(_ db: Database, _ ticket: Ticket, text: String, attachments: Int) throws {
        let actor = try requesterAccountPerson(db, ticket)
        var updated = ticket
        try record(db, ticket, .reply, actorId: actor, text: text.isEmpty ? nil : String(text.prefix(4000)), isPublic: true)
        if ticket.state == .waiting || !ticket.state.isOpen {
            updated.state = .inProgress
            updated.resolvedAt = nil
            updated.closedAt = nil
            try updated.update(db)
            try record(db, updated, .state, actorId: actor, from: ticket.state, to: .inProgress, text: nil, isPublic: true)
        }
    }

    private func openMailTicket(
        _ db: Database, _ mail: ReceivedMail, organization: Organization, timetable: SupportTimetable?, account: Account, sender: String
    ) throws -> Ticket {
        let roles = try Directory.roles(db.store, personId: account.personId)
        let role = [Role.guardian, .student].first(where: roles.contains) ?? roles.sorted { $0.rawValue < $1.rawValue }.first ?? .guardian
        let text = mail.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let subject = Self.topic(mail.subject).isEmpty ? String(text.prefix(80)) : Self.topic(mail.subject)
        let topic = subject.isEmpty ? "—" : String(subject.prefix(300))
        let (assignee, personId) = try route(db, organization: organization, timetable: timetable, topic: topic, kind: .any)
        var ticket = try Ticket(
            organizationId: organization.savedId, kind: .help, priority: .normal, state: assignee == nil ? .new : .assigned,
            requesterLogin: account.login, requesterIdentifier: account.identifier, requesterRole: role, requesterAccountId: account.id,
            verified: true, contact: sender, topic: topic, helpKind: .any, description: text.isEmpty ? "—" : String(text.prefix(4000)),
            assignee: assignee, assigneePersonId: personId, createdAt: clock.now)
        try ticket.insert(db)
        try record(db, ticket, .created, actorId: account.personId, text: nil)
        if let assignee { try record(db, ticket, .assigned, actorId: nil, text: assignee) }
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

    private func keepAttachments(_ db: Database, _ mail: ReceivedMail, ticketId: Int64?, inboundId: Int64) throws {
        var total = 0
        for (index, file) in mail.attachments.prefix(AttachmentLimits.files).enumerated() {
            let fits = file.data.count <= AttachmentLimits.perFile && total + file.data.count <= AttachmentLimits.perMessage
            if fits { total += file.data.count }
            var attachment = TicketAttachment(
                ticketId: ticketId, inboundMailId: inboundId, fileName: TicketAttachment.safeName(file.fileName, number: index + 1),
                contentType: String(file.contentType.prefix(100)), size: file.data.count, data: fits ? file.data : nil,
                receivedAt: clock.now)
            try attachment.insert(db)
        }
    }

    func unsubscribe(_ db: Database, token: String) throws -> Bool {
        guard var preference = try MailPreference.filter(MailPreference.Columns.unsubscribeToken == token).fetchOne(db) else {
            return false
        }
        if preference.digest == .email { preference.digest = .none }
        preference.messageCopies = false
        try preference.save(db)
        return true
    }
}
