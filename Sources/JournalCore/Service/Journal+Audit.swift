import Foundation
internal import GRDB

extension Journal {
    /// Checks the audit log's chain for the caller's organization (the administration only).
    public func verifyAudit(_ caller: Caller, progress: WorkProgress? = nil) throws -> (entries: Int, problems: [AuditProblem]) {
        try read { db in
            try Access.check(.viewAudit, caller: caller, organizationId: caller.organizationId, db)
            let count = try db.value(Int.self, "SELECT COUNT(*) FROM auditEntry WHERE organizationId = ?", [caller.organizationId]) ?? 0
            let problems = try AuditLog.verify(db, organizationId: caller.organizationId, tables: database.sealed.all) { checked in
                try progress?(Double(checked) / Double(max(1, count)))
            }
            return (count, problems)
        }
    }

    /// The head of the caller's organization's chain: to be written on printed documents and
    /// backups, so that the chain is anchored outside the file. Any member of staff who prints a
    /// report may have it (a class teacher printing their class's sheet, issue 24): it is a
    /// count and a hash, and tells nothing of the entries.
    public func auditHead(_ caller: Caller) throws -> AuditChainHead {
        try read { db in
            try Access.checkCaller(caller, db)
            guard caller.roles.contains(where: \.isStaff) else { throw JournalError.forbidden(.viewAudit) }
            return try AuditChainHead.read(db, organizationId: caller.organizationId)
        }
    }

    /// The logins of the accounts that made audit entries.
    public func auditLogins(_ caller: Caller) throws -> [Int64: String] {
        try read { db in
            try Access.check(.viewAudit, caller: caller, organizationId: caller.organizationId, db)
            let rows = try db.rows("SELECT id, login FROM account WHERE organizationId = ?", [caller.organizationId])
            return Dictionary(uniqueKeysWithValues: try rows.map { (try $0["id"] as Int64, try $0["login"] as String) })
        }
    }

    /// The audit entries about a student, a lesson or made by a person (a teacher, say), oldest
    /// first. Whoever may read the audit may ask by person: a deputy need not see accounts.
    public func auditEntries(_ caller: Caller, studentId: Int64? = nil, lessonId: Int64? = nil, byPersonId: Int64? = nil) throws
        -> [AuditEntry]
    {
        try read { db in
            try Access.check(.viewAudit, caller: caller, organizationId: caller.organizationId, db)
            var accountId: Int64?
            if let byPersonId {
                guard let person = try Directory.person(db, id: byPersonId, organizationId: caller.organizationId) else {
                    throw JournalError.invalid(.teacher, .unknown(String(byPersonId)))
                }
                // A person without an account has made no entries: nothing matches.
                accountId = try Directory.account(db, personId: person.id)?.id ?? -1
            }
            var query = StoreQuery(
                "SELECT * FROM auditEntry WHERE organizationId = ? AND action <> ?", [caller.organizationId, AuditAction.sealed.rawValue])
            query.and("studentId = ?", studentId)
            query.and("lessonId = ?", lessonId)
            query.and("accountId = ?", accountId)
            return try db.records(AuditEntry.self, query.then("ORDER BY id"), query.arguments)
        }
    }
}

/// The chain's head as printed: how many entries, the last one's hash and time.
public struct AuditChainHead: Sendable, Equatable, Codable {
    public var entries: Int
    public var hash: String
    public var at: Date?

    /// As printed on paper and archived files: the number of entries and the last hash.
    public var printed: String { "\(entries):\(hash)" }

    static func read(_ db: StoreTransaction, organizationId: Int64) throws -> AuditChainHead {
        let head = try ChainHeads.head(db, organizationId: organizationId)
        let at = try db.value(Int64.self, "SELECT at FROM auditEntry WHERE id = ?", [head.lastId])
        return AuditChainHead(
            entries: head.count, hash: head.lastHash,
            at: at.map { Date(timeIntervalSince1970: TimeInterval($0) / 1000) })
    }
}
