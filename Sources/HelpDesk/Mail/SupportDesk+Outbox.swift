import Foundation
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
    func enqueue(_ store: StoreTransaction, _ notice: Notice, to contact: Contact, key: String? = nil, due: Date? = nil) throws -> Bool {
        guard let address = contact.email, MailAddressCheck.isPlausible(address) else { return false }
        let preference = try mailPreference(store, personId: contact.personId)
        return try enqueue(
            store, notice, address: address, language: preference?.language ?? .ru, organizationId: contact.organizationId,
            personId: contact.personId, key: key, due: due)
    }

    /// Queues a message to an address that belongs to no person (a sender the desk does not know).
    @discardableResult
    func enqueue(
        _ store: StoreTransaction, _ notice: Notice, address: String, language: Language, organizationId: Int64, personId: Int64?,
        key: String? = nil, due: Date? = nil
    ) throws -> Bool {
        guard sendsMail else { return false }
        if let key, try store.exists("SELECT 1 FROM outboxMessage WHERE dedupeKey = ?", [key]) { return false }
        var message = OutboxMessage(
            organizationId: organizationId, personId: personId, address: address, language: language, notice: notice,
            dedupeKey: key, ticketId: notice.ticketId, messageToken: Token.random(), createdAt: clock.now, dueAt: due ?? clock.now,
            state: .queued, attempts: 0)
        try store.insert(&message)
        return true
    }

    /// Takes the due messages for handing over: each is marked as being handed in the same
    /// transaction, so that a second `notify` running at once never takes it too.
    public func claimDueMessages(limit: Int = 100) throws -> [OutboxMessage] {
        try write { store in
            let due = try store.records(
                OutboxMessage.self, "SELECT * FROM outboxMessage WHERE state = ? AND dueAt <= ? ORDER BY dueAt, id LIMIT ?",
                [OutboxState.queued, clock.now, limit])
            return try due.map { message in
                var claimed = message
                claimed.state = .handing
                claimed.handedAt = clock.now
                claimed.attempts += 1
                try store.update(claimed)
                return claimed
            }
        }
    }

    /// The messages left being handed over by a `notify` that was stopped, for it to settle.
    public func messagesBeingHanded() throws -> [OutboxMessage] {
        try read { store in
            try store.records(OutboxMessage.self, "SELECT * FROM outboxMessage WHERE state = ?", [OutboxState.handing])
        }
    }

    /// The MTA accepted the message.
    public func markSent(_ id: Int64) throws {
        try write { store in
            guard var message = try store.record(OutboxMessage.self, id: id), message.state != .sent else { return }
            message.state = .sent
            message.sentAt = clock.now
            message.lastError = nil
            try store.update(message)
        }
    }

    /// The MTA refused the message, or its handoff never ended: it is tried again after a delay
    /// that grows with each refusal, and abandoned after `maximumAttempts`.
    public func markRefused(_ id: Int64, error: String) throws {
        try write { store in
            guard var message = try store.record(OutboxMessage.self, id: id), message.state == .handing else { return }
            message.lastError = String(error.prefix(1000))
            if message.attempts >= OutboxMessage.maximumAttempts {
                message.state = .abandoned
            } else {
                message.state = .queued
                message.dueAt = clock.now.addingTimeInterval(OutboxMessage.delay(afterAttempt: message.attempts))
            }
            try store.update(message)
        }
    }

    /// A handoff that never ran, or whose waiter was stopped before telling: the message is due
    /// again at once, and the attempt does not count.
    public func requeue(_ id: Int64) throws {
        try write { store in
            guard var message = try store.record(OutboxMessage.self, id: id), message.state == .handing else { return }
            message.state = .queued
            message.attempts = max(0, message.attempts - 1)
            try store.update(message)
        }
    }

    /// One message of the outbox by its id.
    public func outboxMessage(_ id: Int64) throws -> OutboxMessage? {
        try read { store in try store.record(OutboxMessage.self, id: id) }
    }

    /// The ticket a message the desk sent was about, by the Message-ID's token.
    func ticketOfMessage(_ store: StoreTransaction, token: String) throws -> Int64? {
        try store.record(OutboxMessage.self, "SELECT * FROM outboxMessage WHERE messageToken = ?", [token])?.ticketId
    }

    public func outboxStatus() throws -> OutboxStatus {
        try read { store in
            let counts = try outboxCounts(store)
            let next = try store.value(Date.self, "SELECT min(dueAt) FROM outboxMessage WHERE state = 'queued'")
            return OutboxStatus(
                queued: counts["queued"] ?? 0, handing: counts["handing"] ?? 0, abandoned: counts["abandoned"] ?? 0,
                sent: counts["sent"] ?? 0, nextDue: next,
                runs: try store.records(ServiceRun.self, "SELECT * FROM serviceRun ORDER BY job"))
        }
    }

    /// How many messages the outbox holds in each state.
    private func outboxCounts(_ store: StoreTransaction) throws -> [String: Int] {
        let counts = try store.rows("SELECT state, count(*) AS n FROM outboxMessage GROUP BY state").map { row -> (String, Int) in
            let state: String = try row["state"]
            let count: Int = try row["n"]
            return (state, count)
        }
        return Dictionary(counts, uniquingKeysWith: +)
    }

    /// Records that a service job started or ended, for `status`.
    public func recordRun(_ job: ServiceJob, startedAt: Date, succeeded: Bool, summary: String?) throws {
        try write { store in
            try store.save(ServiceRun(job: job, startedAt: startedAt, finishedAt: clock.now, succeeded: succeeded, summary: summary))
        }
    }

    /// The service's mail settings, with `HELPDESK_SENDMAIL` and `HELPDESK_MAIL_FROM` before them.
    public func mailSettings(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> MailSettings {
        var settings = try read { store in try storedMailSettings(store) } ?? MailSettings()
        if let program = environment["HELPDESK_SENDMAIL"], !program.isEmpty { settings.sendmail = program }
        if let from = environment["HELPDESK_MAIL_FROM"], !from.isEmpty { settings.fromAddress = from }
        return settings
    }

    /// Sets the desk's address and the sendmail program: the journal administrator or the IT engineer.
    public func updateMailSettings(_ caller: Caller, fromAddress: String?, sendmail: String?) throws -> MailSettings {
        try DeskAccess.check(.manageMail, caller, journal)
        if let fromAddress, !MailAddressCheck.isPlausible(fromAddress) { throw DeskError.invalid(.address, .badFormat) }
        if let sendmail, !sendmail.hasPrefix("/") { throw DeskError.invalid(.sendmail, .badFormat) }
        return try write { store in
            var settings = try storedMailSettings(store) ?? MailSettings()
            if let fromAddress { settings.fromAddress = fromAddress }
            if let sendmail { settings.sendmail = sendmail }
            try store.save(settings)
            return settings
        }
    }

    /// The one row of the mail settings, when they were ever set.
    private func storedMailSettings(_ store: StoreTransaction) throws -> MailSettings? {
        try store.record(MailSettings.self, "SELECT * FROM mailSettings WHERE id = ?", [MailSettings().id])
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
        try read { store in
            MailRecipient(
                organization: try organization(store, id: message.organizationId),
                name: try message.personId.flatMap { try Directory.contact(store, personId: $0) }?.fullName)
        }
    }
}
