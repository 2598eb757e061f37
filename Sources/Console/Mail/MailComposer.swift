import Foundation
import HelpDesk
import JournalCore
import Mail

/// Puts the words on an outbox message: the subject and text in the recipient's language, the
/// school named, times in the school's zone; an HTML alternative for the digests, an iCalendar
/// invitation for consultations; threading and auto-submitted headers.
struct MailComposer {
    let desk: SupportDesk
    /// The desk's address: messages come from it, and replies come back to it.
    let deskAddress: String

    func compose(_ message: OutboxMessage, now: Date) throws -> OutgoingMail {
        let recipient = try desk.recipient(of: message)
        let texts = Texts(message.language)
        let school = recipient.organization.name
        let zone = recipient.organization.zone
        let domain = deskAddress.split(separator: "@").last.map(String.init) ?? "helpdesk"
        var words = MailWords(texts: texts, zone: zone)
        var mail = OutgoingMail(
            from: MailAddress(name: school, address: deskAddress), to: MailAddress(name: recipient.name, address: message.address),
            subject: "", date: now, zone: zone, messageId: "\(message.messageToken)@\(domain)",
            headers: [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], text: "")
        if let ticket = message.ticketId {
            // Every message of a ticket refers to the ticket's thread, so mail programs keep them together.
            mail.references = ["ticket-\(ticket)@\(domain)"]
            mail.inReplyTo = mail.references.first
        }
        words.add(.greeting(recipient.name))
        switch message.notice {
        case .ticketTaken(let notice):
            mail.subject = texts.mail(.ticketTakenSubject(ticket: notice.ticket, topic: notice.topic))
            words.add(.ticketTaken(ticket: notice.ticket, deadline: notice.deadline.map { texts.moment($0, in: zone) }))
            words.add(.replyHint(ticket: notice.ticket))
        case .ticketReply(let notice):
            mail.subject = texts.mail(.ticketReplySubject(ticket: notice.ticket, topic: notice.topic))
            words.add(.ticketReply(ticket: notice.ticket))
            words.quote(notice.text)
            words.add(.replyHint(ticket: notice.ticket))
        case .ticketWaiting(let notice):
            mail.subject = texts.mail(.ticketWaitingSubject(ticket: notice.ticket, topic: notice.topic))
            words.add(.ticketWaiting(ticket: notice.ticket))
            words.quote(notice.text)
            words.add(.replyHint(ticket: notice.ticket))
        case .ticketResolved(let notice):
            mail.subject = texts.mail(.ticketResolvedSubject(ticket: notice.ticket, topic: notice.topic))
            words.add(.ticketResolved(ticket: notice.ticket))
            words.quote(notice.text)
            words.add(.rateHint)
        case .ticketMerged(let notice):
            mail.subject = texts.mail(.ticketMergedSubject(ticket: notice.ticket, topic: notice.topic))
            words.add(.ticketMerged(ticket: notice.ticket, into: notice.other ?? 0))
        case .ticketInIncident(let notice):
            mail.subject = texts.mail(.ticketInIncidentSubject(ticket: notice.ticket, topic: notice.topic))
            words.add(.ticketInIncident(ticket: notice.ticket, incident: notice.other ?? 0))
        case .ticketDeadline(let notice, let passed):
            mail.subject = texts.mail(.deadlineSubject(ticket: notice.ticket, passed: passed))
            words.add(
                .deadline(
                    ticket: notice.ticket, topic: notice.topic, requester: notice.requester ?? "",
                    deadline: notice.deadline.map { texts.moment($0, in: zone) } ?? "", passed: passed))
        case .mailHeld(let notice):
            mail.subject = texts.mail(.mailHeldSubject(notice.subject))
            // The answer to the sender's mail, in its thread.
            mail.inReplyTo = notice.inReplyTo
            mail.references = notice.inReplyTo.map { [$0] } ?? []
            words.add(.mailHeld)
        case .booking(let notice):
            let when = texts.moment(notice.start, in: zone)
            mail.subject = texts.mail(.bookingSubject(notice.change, when: when))
            words.add(.booking(notice.change, toSpecialist: notice.toSpecialist))
            words.lines([
                .bookingWhen(when + "–" + Self.clock(notice.end, zone)),
                notice.toSpecialist ? .bookingRequester(notice.requester) : .bookingWith(notice.specialist),
            ])
            words.lines(
                [notice.room.map(MailSentence.bookingRoom), .bookingTopic(notice.topic)]
                    + [
                        notice.change == .moved ? notice.movedFrom.map { .bookingMovedFrom(texts.moment($0, in: zone)) } : nil,
                        notice.change == .cancelled ? notice.reason.map(MailSentence.bookingReason) : nil,
                    ])
            if let method = BookingInvitation.method(for: notice.change),
                let calendar = BookingInvitation.calendar(
                    notice, organizationId: message.organizationId, zone: zone, organizer: deskAddress,
                    attendee: (recipient.name ?? message.address, message.address), summary: mail.subject, stamp: now)
            {
                mail.calendar = CalendarPart(method: method, text: calendar)
                words.add(.calendarHint)
            }
        case .training(let notice):
            let training = notice.training
            let date = texts.date(training.date)
            mail.subject = texts.mail(.trainingSubject(reminder: notice.reminder, topic: training.topic, date: date))
            words.add(
                .training(
                    reminder: notice.reminder, format: training.format, topic: training.topic, date: date,
                    time: "\(training.start)–\(training.end)", room: training.room, trainer: training.trainer))
        case .outage(let notice):
            mail.subject = texts.mail(.outageSubject(topic: notice.topic))
            mail.headers.append(("Importance", "high"))
            words.add(
                .outage(
                    topic: notice.topic, description: notice.description, opened: texts.moment(notice.openedAt, in: zone),
                    specialist: notice.specialist, ticket: notice.ticket))
        case .breach(let notice):
            mail.subject = texts.mail(.breachSubject(login: notice.login))
            mail.headers.append(("Importance", "high"))
            words.add(
                .breach(
                    name: notice.name, login: notice.login, discovered: texts.moment(notice.discoveredAt, in: zone),
                    reported: texts.moment(notice.reportedAt, in: zone), late: notice.late, invalidated: notice.invalidatedEntries,
                    ticket: notice.ticket))
        case .digest(let notice):
            let (from, to) = (texts.date(notice.from), texts.date(notice.to))
            mail.subject = texts.mail(.digestSubject(from: from, to: to))
            words.add(.digestIntro(from: from, to: to))
            words.weeks(notice.children)
            let token = try desk.unsubscribeToken(personId: message.personId ?? 0)
            words.add(.unsubscribe(address: deskAddress, token: token))
            mail.headers += [
                ("List-Unsubscribe", "<mailto:\(deskAddress)?subject=unsubscribe%20\(token)>"),
                ("Precedence", "bulk"),
            ]
        case .paperReport(let notice):
            let (from, to) = (texts.date(notice.from), texts.date(notice.to))
            mail.subject = texts.mail(.paperSubject(guardian: notice.guardian, child: notice.children.first?.name ?? ""))
            words.add(.paperIntro(guardian: notice.guardian, from: from, to: to))
            words.weeks(notice.children)
        case .message(let notice):
            mail.subject = texts.mail(.messageSubject(from: notice.from, subject: notice.subject))
            words.add(.messageIntro(from: notice.from))
            words.quote(notice.text)
            words.add(.messageReplyHint)
        }
        words.add(.signature(school: school))
        mail.text = words.text
        switch message.notice {
        case .digest, .paperReport: mail.html = words.html(title: mail.subject)
        default: break
        }
        return mail
    }

    static func clock(_ instant: Date, _ zone: TimeZone) -> String {
        ClockTime(instant, in: zone).description
    }
}
