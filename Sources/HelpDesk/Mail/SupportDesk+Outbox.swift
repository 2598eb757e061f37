import Foundation
import GRDB
import JournalCore

/// What `helpdesk status` shows of the outbox.
public struct OutboxStatus: Sendable, Equatable {
    public var queued: Int
    public var handing: Int
    public var abandoned: Int
    public var sent: Int
    /// When the next queued message is due.
    public var nextDue: Date?
    public var runs: [ServiceRun]
}

/// The outbox: a message is queued in the same transaction as the change it tells of, handed to
/// the MTA by `notify`, marked sent once the MTA accepted it, and tried again later when refused.
extension SupportDesk {
    /// Queues a message to a person, in their language; nothing when no address was given for
    /// them, or when a message of the same key was queued before.
    @discardableResult
    func enqueue(_ db: Database, _ notice: Notice, to contact: Contact, key: String? = nil, due: Date? = nil) throws -> Bool {
        guard let address = contact.email, MailAddressCheck.isPlausible(address) else { return false }
        let preference = try MailPreference.fetchOne(db, key: contact.personId)
        return try enqueue(
            db, notice, address: address, language: preference?.language ?? .ru, organizationId: contact.organizationId,
            personId: contact.personId, key: key, due: due)
    }

    /// Queues a message to an address that belongs to no person (a sender the desk does not know).
    @discardableResult
    func enqueue(
        _ db: Database, _ notice: Notice, address: String, language: Language, organizationId: Int64, personId: Int64?,
        key: String? = nil, due: Date? = nil
    ) throws -> Bool {
        guard sendsMail else { return false }
        if let key, try OutboxMessage.filter(OutboxMessage.Columns.dedupeKey == key).fetchCount(db) > 0 { return false }
        var message = OutboxMessage(
            organizationId: organizationId, personId: personId, address: address, language: language, notice: notice,
            dedupeKey: key, ticketId: notice.ticketId, messageToken: Token.random(), createdAt: clock.now, dueAt: due ?? clock.now,
            state: .queued, attempts: 0)
        try message.insert(db)
        return true
    }

    /// Takes the due messages for handing over: each is marked as being handed in the same
    /// transaction, so that a second `notify` running at once never takes it too.
    public func claimDueMessages(limit: Int = 100) throws -> [OutboxMessage] {
        try writeDatabase { db in
            let due = try OutboxMessage.filter(OutboxMessage.Columns.state == OutboxState.queued.rawValue)
                .filter(OutboxMessage.Columns.dueAt <= clock.now).order(OutboxMessage.Columns.dueAt, OutboxMessage.Columns.id).limit(limit)
                .fetchAll(db)
            return try due.map { message in
                var claimed = message
                claimed.state = .handing
                claimed.handedAt = clock.now
                claimed.attempts += 1
                try claimed.update(db)
                return claimed
            }
        }
    }

    /// The messages left being handed over by a `notify` that was stopped, for it to settle.
    public func messagesBeingHanded() throws -> [OutboxMessage] {
        try readDatabase { db in try OutboxMessage.filter(OutboxMessage.Columns.state == OutboxState.handing.rawValue).fetchAll(db) }
    }

    /// The MTA accepted the message.
    public func markSent(_ id: Int64) throws {
        try writeDatabase { db in
            guard var message = try OutboxMessage.fetchOne(db, key: id), message.state != .sent else { return }
            message.state = .sent
            message.sentAt = clock.now
            message.lastError = nil
            try message.update(db)
        }
    }

    /// The MTA refused the message, or its handoff never ended: it is tried again after a delay
    /// that grows with each refusal, and abandoned after `maximumAttempts`.
    public func markRefused(_ id: Int64, error: String) throws {
        try writeDatabase { db in
            guard var message = try OutboxMessage.fetchOne(db, key: id), message.state == .handing else { return }
            message.lastError = String(error.prefix(1000))
            if message.attempts >= OutboxMessage.maximumAttempts {
                message.state = .abandoned
            } else {
                message.state = .queued
                message.dueAt = clock.now.addingTimeInterval(OutboxMessage.delay(afterAttempt: message.attempts))
            }
            try message.update(db)
        }
    }

    /// A handoff that never ran, or whose waiter was stopped before telling: the message is due
    /// again at once, and the attempt does not count.
    public func requeue(_ id: Int64) throws {
        try writeDatabase { db in
            guard var message = try OutboxMessage.fetchOne(db, key: id), message.state == .handing else { return }
            message.state = .queued
            message.attempts = max(0, message.attempts - 1)
            try message.update(db)
        }
    }

    /// One message of the outbox by its id.
    public func outboxMessage(_ id: Int64) throws -> OutboxMessage? {
        try readDatabase { db in try OutboxMessage.fetchOne(db, key: id) }
    }

    /// The ticket a message the desk sent was about, by the Message-ID's token.
    func ticketOfMessage(_ db: Database, token: String) throws -> Int64? {
        try OutboxMessage.filter(OutboxMessage.Columns.messageToken == token).fetchOne(db)?.ticketId
    }

    public func outboxStatus() throws -> OutboxStatus {
        try readDatabase { db in
            let counts = Dictionary(
                try Row.fetchAll(db, sql: "SELECT state, count(*) AS n FROM outboxMessage GROUP BY state").map {
                    ($0["state"] as String, $0["n"] as Int)
                }, uniquingKeysWith: +)
            let next = try Date.fetchOne(db, sql: "SELECT min(dueAt) FROM outboxMessage WHERE state = 'queued'")
            return OutboxStatus(
                queued: counts["queued"] ?? 0, handing: counts["handing"] ?? 0, abandoned: counts["abandoned"] ?? 0,
                sent: counts["sent"] ?? 0, nextDue: next, runs: try ServiceRun.order(ServiceRun.Columns.job).fetchAll(db))
        }
    }

    /// Records that a service job started or ended, for `status`.
    public func recordRun(_ job: ServiceJob, startedAt: Date, succeeded: Bool, summary: String?) throws {
        try writeDatabase { db in
            try ServiceRun(job: job, startedAt: startedAt, finishedAt: clock.now, succeeded: succeeded, summary: summary).save(db)
        }
    }

    /// The service's mail settings, with `HELPDESK_SENDMAIL` and `HELPDESK_MAIL_FROM` before them.
    public func mailSettings(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> MailSettings {
        var settings = try readDatabase { db in try MailSettings.fetchOne(db, key: 1) } ?? MailSettings()
        if let program = environment["HELPDESK_SENDMAIL"], !program.isEmpty { settings.sendmail = program }
        if let from = environment["HELPDESK_MAIL_FROM"], !from.isEmpty { settings.fromAddress = from }
        return settings
    }

    /// Sets the desk's address and the sendmail program: the journal administrator or the IT engineer.
    public func updateMailSettings(_ caller: Caller, fromAddress: String?, sendmail: String?) throws -> MailSettings {
        try DeskAccess.check(.manageMail, caller, journal)
        if let fromAddress, !MailAddressCheck.isPlausible(fromAddress) { throw DeskError.invalid(.address, .badFormat) }
        if let sendmail, !sendmail.hasPrefix("/") { throw DeskError.invalid(.sendmail, .badFormat) }
        return try writeDatabase { db in
            var settings = try MailSettings.fetchOne(db, key: 1) ?? MailSettings()
            if let fromAddress { settings.fromAddress = fromAddress }
            if let sendmail { settings.sendmail = sendmail }
            try settings.save(db)
            return settings
        }
    }
}

/// Whether a text can be an e-mail address: one `@`, something on each side, a dot in the
/// domain, no spaces or controls. The MTA has the last word.
public enum MailAddressCheck {
    public static func isPlausible(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            address.count <= 254
        else { return false }
        return !address.unicodeScalars.contains {
            $0.properties.isWhitespace || $0.value < 0x20 || "<>()[],;:\\\"".unicodeScalars.contains($0)
        }
    }
}

/// Whom a message goes to and for which school: what its words need.
public struct MailRecipient: Sendable {
    public var organization: Organization
    public var name: String?
}

extension SupportDesk {
    public func recipient(of message: OutboxMessage) throws -> MailRecipient {
        try readDatabase { db in
            MailRecipient(
                organization: try organization(db, id: message.organizationId),
                name: try message.personId.flatMap { try Directory.contact(db.store, personId: $0) }?.fullName)
        }
    }
}
