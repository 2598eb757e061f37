import Foundation
import JournalCore

public enum OutboxState: String, Codable, Sendable, CaseIterable, StoreValueConvertible {
    /// Waiting for its time or its next attempt.
    case queued
    /// Handed to the MTA; the handoff's outcome is not recorded yet.
    case handing
    /// The MTA accepted it.
    case sent
    /// Refused too many times: kept, shown by `status`, no longer tried.
    case abandoned
}

/// One message of the outbox: kept until the MTA accepted it, and after, as the record of what was sent.
public struct OutboxMessage: Codable, Sendable, Equatable, IdentifiedRecord, StoredRecord {
    public var id: Int64?
    public var organizationId: Int64
    public var personId: Int64?
    public var address: String
    public var language: Language
    public var notice: Notice
    /// What makes a timed message (a reminder, a digest) unique, so that it is queued once.
    public var dedupeKey: String?
    /// The ticket the message is about: a reply quoting its Message-ID lands on that ticket.
    public var ticketId: Int64?
    /// The Message-ID's local part, fixed when queued: a message tried again keeps it.
    public var messageToken: String
    public var createdAt: Date
    public var dueAt: Date
    public var state: OutboxState
    public var attempts: Int
    public var lastError: String?
    public var handedAt: Date?
    public var sentAt: Date?

    public static let tableName = "outboxMessage"

    /// After a refusal: 5 minutes, then 15, 45… up to 12 hours between tries.
    public static func delay(afterAttempt attempt: Int) -> TimeInterval {
        min(5 * 60 * pow(3, Double(max(0, attempt - 1))), 12 * 3600)
    }

    /// How many refusals a message survives before it is abandoned (about three days of tries).
    public static let maximumAttempts = 10
}

/// How a guardian follows their children's week (J-DIARY-2).
public enum DigestDelivery: String, Codable, Sendable, CaseIterable, StoreValueConvertible {
    /// In the diary only.
    case none
    /// A weekly e-mail digest.
    case email
    /// A printout the class teacher hands over weekly: the guardian declined electronic access.
    case paper
}

/// What a person asked of the mail: its language, the digest, copies of internal messages.
public struct MailPreference: Codable, Sendable, Equatable, StoredRecord {
    public var personId: Int64
    public var language: Language
    public var digest: DigestDelivery
    public var messageCopies: Bool
    /// Quoted by the digest's unsubscribe link and header.
    public var unsubscribeToken: String

    public static let tableName = "mailPreference"

    static func defaults(personId: Int64) -> MailPreference {
        MailPreference(personId: personId, language: .ru, digest: .none, messageCopies: false, unsubscribeToken: Token.random())
    }
}

/// The service's mail settings: the desk's address that messages come from and replies go to,
/// and the sendmail program.
public struct MailSettings: Codable, Sendable, Equatable, StoredRecord {
    public var id: Int64 = 1
    public var fromAddress: String?
    public var sendmail: String?

    public static let tableName = "mailSettings"
    public static let defaultSendmail = "/usr/sbin/sendmail"
}

/// When a service job last ran, and how it ended: what `helpdesk status` shows.
public struct ServiceRun: Codable, Sendable, Equatable, StoredRecord {
    public var job: ServiceJob
    public var startedAt: Date
    public var finishedAt: Date?
    public var succeeded: Bool
    public var summary: String?

    public static let tableName = "serviceRun"
}

public enum ServiceJob: String, Codable, Sendable, CaseIterable, StoreValueConvertible {
    case notify, backup, mailIn
}

enum Token {
    /// 16 random bytes as hex: a Message-ID's part, an unsubscribe token.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
