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
        let head = try AuditHead.fetchOne(db, key: organizationId)
        var entry = AuditEntry(
            id: nil, organizationId: organizationId, at: Int64((date.timeIntervalSince1970 * 1000).rounded()),
            accountId: accountId, action: action, entity: entity, entityId: entityId, studentId: studentId, lessonId: lessonId,
            before: before, after: after, reason: reason, previousHash: head?.lastHash ?? genesis, hash: "")
        entry.hash = digest(entry.hashedText)
        try entry.insert(db)
        try AuditHead(organizationId: organizationId, lastId: entry.id!, lastHash: entry.hash, count: (head?.count ?? 0) + 1).save(db)
    }

    static func digest(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
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
