import HelpDesk
import JournalCore

/// The sentences of the mail the desk sends, worded side by side in both languages. Dates and
/// times come already written in the recipient's language and the school's zone.
public enum MailSentence: Equatable, Sendable {
    case greeting(String?)
    /// The last lines: who writes, and that the message was sent by the program.
    case signature(school: String)
    case replyHint(ticket: Int64)

    case ticketTakenSubject(ticket: Int64, topic: String)
    case ticketTaken(ticket: Int64, deadline: String?)
    case ticketReplySubject(ticket: Int64, topic: String)
    case ticketReply(ticket: Int64)
    case ticketWaitingSubject(ticket: Int64, topic: String)
    case ticketWaiting(ticket: Int64)
    case ticketResolvedSubject(ticket: Int64, topic: String)
    case ticketResolved(ticket: Int64)
    /// How to rate the answer by replying.
    case rateHint
    case ticketMergedSubject(ticket: Int64, topic: String)
    case ticketMerged(ticket: Int64, into: Int64)
    case ticketInIncidentSubject(ticket: Int64, topic: String)
    case ticketInIncident(ticket: Int64, incident: Int64)
    case deadlineSubject(ticket: Int64, passed: Bool)
    case deadline(ticket: Int64, topic: String, requester: String, deadline: String, passed: Bool)
    case mailHeldSubject(String)
    case mailHeld

    case bookingSubject(BookingChange, when: String)
    case booking(BookingChange, toSpecialist: Bool)
    case bookingWhen(String)
    case bookingWith(String)
    case bookingRequester(String)
    case bookingRoom(String)
    case bookingTopic(String)
    case bookingMovedFrom(String)
    case bookingReason(String)
    case calendarHint

    case trainingSubject(reminder: Bool, topic: String, date: String)
    case training(reminder: Bool, format: TrainingFormat, topic: String, date: String, time: String, room: String?, trainer: String)

    case outageSubject(topic: String)
    case outage(topic: String, description: String, opened: String, specialist: String, ticket: Int64)

    case breachSubject(login: String)
    case breach(name: String, login: String, discovered: String, reported: String, late: Bool, invalidated: Int, ticket: Int64)

    case digestSubject(from: String, to: String)
    case digestIntro(from: String, to: String)
    case paperSubject(guardian: String, child: String)
    case paperIntro(guardian: String, from: String, to: String)
    case child(name: String, className: String?)
    case marksHeading
    case homeworkHeading
    case absencesHeading
    case nothing
    case absence(late: Bool)
    case unsubscribe(address: String, token: String)

    case messageSubject(from: String, subject: String)
    case messageIntro(from: String)
    case messageReplyHint
}
