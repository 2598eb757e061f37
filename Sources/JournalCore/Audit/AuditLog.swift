import Crypto
import Foundation
import GRDB

/// The append-only audit log of lessons, attendance and marks. Each entry's hash covers the
/// previous entry's hash, so that `verify` finds any entry changed, deleted or put out of order.
enum AuditLog {
    static let genesis = String(repeating: "0", count: 64)

    /// Appends an entry inside the caller's transaction.
    static func append(
        _ db: Database, organizationId: Int64, at date: Date, accountId: Int64, action: AuditAction,
        entity: String, entityId: Int64, studentId: Int64? = nil, lessonId: Int64? = nil,
        before: String? = nil, after: String? = nil, reason: String? = nil
    ) throws {
        var appender = try Appender(db, organizationId: organizationId)
        try appender.append(at: date, accountId: accountId, action: action, entity: entity, entityId: entityId,
                            studentId: studentId, lessonId: lessonId, before: before, after: after, reason: reason)
        try appender.finish()
    }

    /// Appends many entries in one transaction, keeping the chain's head in memory until `finish`.
    struct Appender {
        let db: Database
        let organizationId: Int64
        private var head: AuditHead

        init(_ db: Database, organizationId: Int64) throws {
            self.db = db
            self.organizationId = organizationId
            head = try AuditHead.fetchOne(db, key: organizationId)
                ?? AuditHead(organizationId: organizationId, lastId: 0, lastHash: AuditLog.genesis, count: 0)
        }

        mutating func append(
            at date: Date, accountId: Int64, action: AuditAction, entity: String, entityId: Int64,
            studentId: Int64? = nil, lessonId: Int64? = nil, before: String? = nil, after: String? = nil, reason: String? = nil
        ) throws {
            var entry = AuditEntry(
                id: nil, organizationId: organizationId, at: Int64((date.timeIntervalSince1970 * 1000).rounded()),
                accountId: accountId, action: action, entity: entity, entityId: entityId, studentId: studentId, lessonId: lessonId,
                before: before, after: after, reason: reason, previousHash: head.lastHash, hash: "")
            entry.hash = AuditLog.digest(entry.hashedText)
            try db.cachedStatement(sql: """
                INSERT INTO auditEntry (organizationId, at, accountId, action, entity, entityId, studentId, lessonId,
                                        before, after, reason, previousHash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [organizationId, entry.at, accountId, action, entity, entityId, studentId, lessonId,
                                         before, after, reason, entry.previousHash, entry.hash])
            head = AuditHead(organizationId: organizationId, lastId: db.lastInsertedRowID, lastHash: entry.hash, count: head.count + 1)
        }

        /// Writes the chain's head.
        func finish() throws {
            try head.save(db)
        }
    }

    static func digest(_ text: String) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(text.utf8)) {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Walks the chain of one organization; returns the problems found, empty when intact.
    static func verify(_ db: Database, organizationId: Int64) throws -> [AuditProblem] {
        var problems: [AuditProblem] = []
        var previous = genesis
        var count = 0
        var lastId: Int64 = 0
        let entries = try AuditEntry.filter(AuditEntry.Columns.organizationId == organizationId).order(Column("id")).fetchCursor(db)
        while let entry = try entries.next() {
            count += 1
            lastId = entry.id!
            if entry.previousHash != previous {
                problems.append(.brokenLink(entryId: entry.id!))
            }
            if digest(entry.hashedText) != entry.hash {
                problems.append(.altered(entryId: entry.id!))
            }
            previous = entry.hash
        }
        let head = try AuditHead.fetchOne(db, key: organizationId)
        if let head, head.count != count || head.lastHash != previous || head.lastId != lastId {
            problems.append(.headMismatch(expected: head.count, found: count))
        } else if head == nil && count > 0 {
            problems.append(.headMismatch(expected: 0, found: count))
        }
        return problems
    }
}

/// What `audit verify` can find.
public enum AuditProblem: Equatable, Sendable {
    /// The entry's content no longer matches its hash.
    case altered(entryId: Int64)
    /// The entry does not follow the one before it: something was deleted or reordered.
    case brokenLink(entryId: Int64)
    /// Entries are missing at the end, or the head was tampered with.
    case headMismatch(expected: Int, found: Int)
}
