import Foundation
import JournalCore

/// What one message of the outbox tells its recipient, as typed values: the words are put on it
/// when it is sent, in the recipient's language.
public enum Notice: Codable, Sendable, Equatable {
    /// The ticket was taken: its number and working-time deadline.
    case ticketTaken(TicketNotice)
    /// A specialist's reply to the requester.
    case ticketReply(TicketNotice)
    /// The desk waits for the requester's answer to its question.
    case ticketWaiting(TicketNotice)
    /// The ticket was resolved, with the answer.
    case ticketResolved(TicketNotice)
    /// The ticket was merged into another (`other`), whose answer will come.
    case ticketMerged(TicketNotice)
    /// The ticket went under a mass incident (`other`), whose answer will come to all.
    case ticketInIncident(TicketNotice)
    /// To the specialist and the journal administrator: the deadline is near, or passed (H-TICKET-3).
    case ticketDeadline(TicketNotice, passed: Bool)
    /// A mail the desk could not tie to an account: it asks for the four fields (H-TICKET-1).
    case mailHeld(HeldMailNotice)
    case booking(BookingNotice)
    case training(TrainingNotice)
    /// To the head of the school and the desk at once (seed 004 §5.3).
    case breach(BreachNotice)
    /// To the school's director and deputies: the journal does not work (H-TICKET-3).
    case outage(OutageNotice)
    /// The guardian's weekly digest (J-DIARY-2).
    case digest(DigestNotice)
    /// To the class teacher: the printable week of a child whose guardian declined electronic access.
    case paperReport(DigestNotice)
    /// An internal message's e-mail copy (J-MSG-1).
    case message(MessageNotice)

    /// The ticket the message is about, for threading and for the replies that come back.
    public var ticketId: Int64? {
        switch self {
        case .ticketTaken(let notice), .ticketReply(let notice), .ticketWaiting(let notice), .ticketResolved(let notice),
            .ticketMerged(let notice), .ticketInIncident(let notice), .ticketDeadline(let notice, _):
            notice.ticket
        case .breach(let notice): notice.ticket
        // The administration is told, not a party to the incident: an answer is not its ticket's reply.
        case .outage, .mailHeld, .booking, .training, .digest, .paperReport, .message: nil
        }
    }
}

public struct TicketNotice: Codable, Sendable, Equatable {
    public var ticket: Int64
    public var topic: String
    /// The reply, the question or the answer.
    public var text: String?
    /// When the resolution target falls, in working time.
    public var deadline: Date?
    /// Who asked, for the specialist's and the administrator's messages.
    public var requester: String?
    /// The ticket it was merged into, or its incident.
    public var other: Int64?
}

public struct HeldMailNotice: Codable, Sendable, Equatable {
    public var subject: String
    /// The Message-ID of the mail it answers.
    public var inReplyTo: String?
}

public enum BookingChange: String, Codable, Sendable, Equatable {
    case confirmed, moved, cancelled, dayBefore, hourBefore
}

public struct BookingNotice: Codable, Sendable, Equatable {
    public var booking: Int64
    public var change: BookingChange
    public var topic: String
    public var specialist: String
    public var requester: String
    public var start: Date
    public var end: Date
    public var movedFrom: Date?
    public var room: String?
    public var reason: String?
    /// RFC 5545 SEQUENCE of the event the message carries.
    public var sequence: Int
    /// The specialist's copy rather than the requester's.
    public var toSpecialist: Bool
}

public struct TrainingNotice: Codable, Sendable, Equatable {
    /// The training as it was planned when the message was queued.
    public var training: Training
    /// The reminder the day before rather than the invitation.
    public var reminder: Bool
}

public struct BreachNotice: Codable, Sendable, Equatable {
    public var ticket: Int64
    public var login: String
    public var name: String
    public var discoveredAt: Date
    public var reportedAt: Date
    public var late: Bool
    public var invalidatedEntries: Int
}

/// A mass incident opened: what does not work, since when, who handles it (H-TICKET-3).
public struct OutageNotice: Codable, Sendable, Equatable {
    public var ticket: Int64
    public var topic: String
    public var description: String
    public var openedAt: Date
    public var specialist: String
}

/// A week of a guardian's children (J-DIARY-2): marks, homework and absences, child by child.
public struct DigestNotice: Codable, Sendable, Equatable {
    public var from: LocalDate
    public var to: LocalDate
    public var children: [ChildWeek]
    /// The guardian the paper report is printed for.
    public var guardian: String
}

public struct ChildWeek: Codable, Sendable, Equatable {
    public var name: String
    public var className: String?
    public var marks: [DigestMark]
    public var homework: [DigestHomework]
    public var absences: [DigestAbsence]
}

public struct DigestMark: Codable, Sendable, Equatable {
    public var date: LocalDate
    public var subject: String
    public var values: [String]
}

public struct DigestHomework: Codable, Sendable, Equatable {
    public var date: LocalDate
    public var subject: String
    public var text: String
}

public struct DigestAbsence: Codable, Sendable, Equatable {
    public var date: LocalDate
    public var subject: String
    public var late: Bool
}

public struct MessageNotice: Codable, Sendable, Equatable {
    public var message: Int64
    public var from: String
    public var subject: String
    public var text: String
}
