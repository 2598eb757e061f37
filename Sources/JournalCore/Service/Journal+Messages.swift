import Foundation
internal import GRDB

/// Internal messages (J-MSG-1): written within the school's rules (`MessageRules`), each one in
/// the audit chain, read by their recipients, the unread ones counted at login.
extension Journal {
    /// Sends a message to these people; refused whole when the caller may not write to one of
    /// them. `within` runs in the same transaction (the desk queues the e-mail copies there).
    public func sendMessage(
        _ caller: Caller, to personIds: [Int64], subject: String, text: String, replyTo: Int64? = nil,
        within: (StoreTransaction, InternalMessage, [Int64]) throws -> Void = { _, _, _ in }
    ) throws -> MessageRow {
        let subject = try Validate.text(subject, .topic, max: 200)
        let text = try Validate.text(text, .description, max: InternalMessage.textLimit)
        let recipients = Array(Set(personIds)).sorted()
        guard !recipients.isEmpty else { throw JournalError.invalid(.person, .missing) }
        return try write { db in
            try Access.checkCaller(caller, db)
            return try insertMessage(db, caller, to: recipients, subject: subject, text: text, replyTo: replyTo, within: within)
        }
    }

    /// Writes one message inside the caller's transaction: refused whole when the caller may not
    /// write to one of the recipients; audited; `within` runs after it.
    func insertMessage(
        _ db: StoreTransaction, _ caller: Caller, to recipients: [Int64], subject: String, text: String, replyTo: Int64? = nil,
        within: (StoreTransaction, InternalMessage, [Int64]) throws -> Void
    ) throws -> MessageRow {
        for personId in recipients where try !MessageRules.mayWrite(caller, to: personId, replyTo: replyTo, db) {
            throw JournalError.forbidden(.writeMessage)
        }
        var message = InternalMessage(
            organizationId: caller.organizationId, senderId: caller.personId, subject: subject, text: text, sentAt: clock.now,
            replyToId: replyTo)
        try db.insert(&message)
        for personId in recipients {
            try db.execute("INSERT INTO messageRecipient (messageId, personId) VALUES (?, ?)", [message.savedId, personId])
        }
        try AuditLog.append(
            db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .messageSent,
            entity: .message, entityId: message.savedId,
            after: AuditText.of(["topic": subject, "personId": recipients.map(String.init).joined(separator: ",")]))
        try within(db, message, recipients)
        return try messageRow(db, caller, message)
    }

    /// A long text the program wrote itself (a class's preliminary report) as messages a row
    /// holds (4,000 characters each), split between lines and numbered «(1/3)» in the subject;
    /// stored whole, never refused for its length.
    func insertMessageInParts(
        _ db: StoreTransaction, _ caller: Caller, to recipients: [Int64], subject: String, text: String,
        within: (StoreTransaction, InternalMessage, [Int64]) throws -> Void
    ) throws {
        let parts = MessageParts.split(text, limit: InternalMessage.textLimit)
        for (index, part) in parts.enumerated() {
            let numbered = parts.count == 1 ? subject : "\(subject) (\(index + 1)/\(parts.count))"
            _ = try insertMessage(db, caller, to: recipients, subject: numbered, text: part, within: within)
        }
    }

    /// The person a message is for, by name or login, among those the caller may write to: a
    /// guardian finds their child's teachers, never a stranger, not even in a refusal.
    public func findRecipient(_ caller: Caller, _ query: String) throws -> (id: Int64, name: String) {
        let query = try Validate.text(query, .person, max: 120)
        return try read { db in
            try Access.checkCaller(caller, db)
            let found = try candidates(db, organizationId: caller.organizationId, role: nil, query: query)
            let matches = try found.matches.filter { try MessageRules.mayWrite(caller, to: $0, db) }
            let names = try Directory.names(db, personIds: matches)
            guard let first = matches.first else {
                let near = try found.near.filter { try MessageRules.mayWrite(caller, to: $0, db) }.prefix(5)
                let offered = try Directory.names(db, personIds: Array(near))
                throw JournalError.invalid(
                    .person, offered.isEmpty ? .unknown(query) : .notFound(query, closest: near.compactMap { offered[$0] }))
            }
            guard matches.count == 1 else { throw JournalError.invalid(.person, .ambiguous(matches.prefix(8).compactMap { names[$0] })) }
            return (first, names[first] ?? "")
        }
    }

    /// The people of a class a message to the class goes to: its pupils, their guardians, or both.
    public func classRecipients(_ caller: Caller, classId: Int64, audience: MessageAudience) throws -> [Int64] {
        try read { db in
            try Access.checkCaller(caller, db)
            switch audience {
            case .students: return try ClassMembers.students(db, classId: classId)
            case .guardians: return try ClassMembers.guardians(db, classId: classId)
            case .all: return try ClassMembers.students(db, classId: classId) + ClassMembers.guardians(db, classId: classId)
            }
        }
    }

    /// A reply goes to the message's sender.
    public func replyToMessage(
        _ caller: Caller, id: Int64, text: String, within: (StoreTransaction, InternalMessage, [Int64]) throws -> Void = { _, _, _ in }
    ) throws -> MessageRow {
        let original = try openMessage(caller, id: id, markRead: false)
        return try sendMessage(
            caller, to: [original.message.senderId], subject: "Re: " + original.message.subject, text: text, replyTo: id, within: within)
    }

    /// The caller's messages, received and sent, newest first.
    public func messages(_ caller: Caller) throws -> [MessageRow] {
        try read { db in
            try Access.checkCaller(caller, db)
            let messages = try db.records(
                InternalMessage.self,
                """
                SELECT * FROM message WHERE senderId = ?1 OR id IN (SELECT messageId FROM messageRecipient WHERE personId = ?1)
                ORDER BY sentAt DESC, id DESC
                """, [caller.personId])
            return try messages.map { try messageRow(db, caller, $0) }
        }
    }

    /// One message the caller sent or received; reading it marks it read.
    public func openMessage(_ caller: Caller, id: Int64, markRead: Bool = true) throws -> MessageRow {
        try write { db in
            try Access.checkCaller(caller, db)
            let received =
                try db.value(Int.self, "SELECT count(*) FROM messageRecipient WHERE messageId = ? AND personId = ?", [id, caller.personId])
                ?? 0
            guard let message = try db.record(InternalMessage.self, id: id), message.senderId == caller.personId || received > 0 else {
                throw JournalError.invalid(.message, .unknown(String(id)))
            }
            if markRead {
                try db.execute(
                    "UPDATE messageRecipient SET readAt = ? WHERE messageId = ? AND personId = ? AND readAt IS NULL",
                    [clock.now, id, caller.personId])
            }
            return try messageRow(db, caller, message)
        }
    }

    /// How many messages wait unread: said at login.
    public func unreadMessages(_ caller: Caller) throws -> Int {
        try read { db in
            try db.value(Int.self, "SELECT count(*) FROM messageRecipient WHERE personId = ? AND readAt IS NULL", [caller.personId]) ?? 0
        }
    }

    /// A recipient sees only their own copy: never the names of the other families a message to a
    /// class went to (personal data of one family is not shown to another); the sender sees them all.
    private func messageRow(_ db: StoreTransaction, _ caller: Caller, _ message: InternalMessage) throws -> MessageRow {
        let everyone = try db.values(
            Int64.self, "SELECT personId FROM messageRecipient WHERE messageId = ? ORDER BY personId", [message.savedId])
        let recipients = message.senderId == caller.personId ? everyone : everyone.filter { $0 == caller.personId }
        let names = try Directory.names(db, personIds: recipients + [message.senderId])
        let readAt = try db.value(
            Date.self, "SELECT readAt FROM messageRecipient WHERE messageId = ? AND personId = ?", [message.savedId, caller.personId])
        return MessageRow(
            message: message, senderName: names[message.senderId] ?? "", recipientNames: recipients.compactMap { names[$0] },
            readAt: readAt, sentByCaller: message.senderId == caller.personId)
    }
}
