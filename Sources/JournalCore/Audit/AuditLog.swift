import Crypto
import Foundation
internal import GRDB

/// The append-only audit log of lessons, attendance and marks. Each entry's hash covers the
/// previous entry's hash, so that `verify` finds any entry changed, deleted or put out of order.
enum AuditLog {
    static let genesis = String(repeating: "0", count: 64)

    /// Appends an entry inside the caller's transaction.
    static func append(
        _ db: StoreTransaction, organizationId: Int64, at date: Date, accountId: Int64, action: AuditAction,
        entity: AuditEntity, entityId: Int64, studentId: Int64? = nil, lessonId: Int64? = nil,
        before: String? = nil, after: String? = nil, reason: String? = nil
    ) throws {
        var appender = try Appender(db, organizationId: organizationId)
        try appender.append(
            at: date, accountId: accountId, action: action, entity: entity, entityId: entityId,
            studentId: studentId, lessonId: lessonId, before: before, after: after, reason: reason)
        try appender.finish()
    }

    /// Appends many entries in one transaction, keeping the chain's head in memory until `finish`.
    struct Appender {
        let db: StoreTransaction
        let organizationId: Int64
        private var head: AuditHead

        init(_ db: StoreTransaction, organizationId: Int64) throws {
            self.db = db
            self.organizationId = organizationId
            head = try ChainHeads.head(db, organizationId: organizationId)
        }

        mutating func append(
            at date: Date, accountId: Int64, action: AuditAction, entity: AuditEntity, entityId: Int64,
            studentId: Int64? = nil, lessonId: Int64? = nil, before: String? = nil, after: String? = nil, reason: String? = nil
        ) throws {
            var entry = AuditEntry(
                id: nil, organizationId: organizationId, at: Int64((date.timeIntervalSince1970 * 1000).rounded()),
                accountId: accountId, action: action, entity: entity, entityId: entityId, studentId: studentId, lessonId: lessonId,
                before: before, after: after, reason: reason, previousHash: head.lastHash, hash: "")
            entry.hash = AuditLog.digest(entry.hashedBytes)
            try db.insert(&entry)
            head = try AuditHead(organizationId: organizationId, lastId: entry.savedId, lastHash: entry.hash, count: head.count + 1)
        }

        /// Moves the chain's head on (written at the commit of the product's write).
        func finish() throws {
            try ChainHeads.advance(db, to: head)
        }
    }

    static func digest(_ text: String) -> String {
        digest(Array(text.utf8))
    }

    /// SHA-256 in lower-case hex.
    static func digest(_ bytes: [UInt8]) -> String {
        String(decoding: hex(SHA256.hash(data: bytes)), as: UTF8.self)
    }

    private static func hex(_ digest: SHA256.Digest) -> [UInt8] {
        let hex = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0f)])
        }
        return out
    }

    /// Walks the chain of one organization and holds the journal's tables against its seals;
    /// returns the problems found, empty when intact.
    static func verify(
        _ db: StoreTransaction, organizationId: Int64, tables: [SealedRows] = SealedTable.allCases.map(\.rows),
        checked: ((Int) throws -> Void)? = nil
    ) throws -> [AuditProblem] {
        var walk = ChainWalk(checked: checked)
        let sql = """
            SELECT id, organizationId, at, accountId, action, entity, entityId, studentId, lessonId, before, after, reason, previousHash, hash
            FROM auditEntry WHERE organizationId = ? ORDER BY id
            """
        // The chain streams through in bounded memory (issue 25, part 6): on SQLite the engine's
        // own cursor, its bytes hashed where they lie; on PostgreSQL a server-side cursor.
        switch db.connection {
        case .sqlite(let sqlite):
            let rows = try Row.fetchCursor(sqlite, sql: sql, arguments: [organizationId])
            while let row = try rows.next() {
                try walk.entry(id: row[0]) { input, previous in
                    let linked = try row.withUnsafeData(atIndex: 12) { data in
                        input.data(data)
                        return data.map { $0.elementsEqual(previous) } ?? false
                    }
                    for index in 1...3 { input.number(row[index]) }
                    for index in [4, 5] { try row.withUnsafeData(atIndex: index) { input.data($0) } }
                    for index in 6...8 { input.number(row[index]) }
                    for index in 9...11 { try row.withUnsafeData(atIndex: index) { input.data($0) } }
                    return (linked, try row.withUnsafeData(atIndex: 13) { $0.map(Array.init) } ?? [])
                }
            }
        case .postgres:
            let rows = try StoreCursor(db, sql, [organizationId])
            while let values = try rows.next()?.values, values.count == 14 {
                guard case .integer(let id) = values[0] else { throw StoreReadingError(column: "id", found: "\(values[0])") }
                try walk.entry(id: id) { input, previous in
                    func text(_ index: Int) -> String? { if case .text(let text) = values[index] { text } else { nil } }
                    func number(_ index: Int) -> Int64? { if case .integer(let number) = values[index] { number } else { nil } }
                    input.text(text(12))
                    for index in 1...3 { input.number(number(index)) }
                    for index in [4, 5] { input.text(text(index)) }
                    for index in 6...8 { input.number(number(index)) }
                    for index in 9...11 { input.text(text(index)) }
                    return (text(12).map { Array($0.utf8) == previous } ?? false, Array((text(13) ?? "").utf8))
                }
            }
        }
        var problems = walk.problems
        let head = try db.record(AuditHead.self, "SELECT * FROM auditHead WHERE organizationId = ?", [organizationId])
        if let head, head.count != walk.count || Array(head.lastHash.utf8) != walk.previous || head.lastId != walk.lastId {
            problems.append(.headMismatch(expected: head.count, found: walk.count))
        } else if head == nil && walk.count > 0 {
            problems.append(.headMismatch(expected: 0, found: walk.count))
        }
        return problems + (try SealCheck(tables: tables).compare(db, organizationId: organizationId))
    }

    /// The walk along one chain, the same on either engine: each entry must follow the one
    /// before it and hash to what it holds.
    private struct ChainWalk {
        let checked: ((Int) throws -> Void)?
        var problems: [AuditProblem] = []
        var previous = Array(genesis.utf8)
        var count = 0
        var lastId: Int64 = 0
        var input = AuditHashInput()

        /// One entry: `feed` gives the hash its fields, from the previous hash on, and says
        /// whether the entry names the previous hash and which hash it holds.
        mutating func entry(id: Int64, _ feed: (inout AuditHashInput, [UInt8]) throws -> (linked: Bool, stored: [UInt8])) throws {
            count += 1
            if count % 20_000 == 0 { try checked?(count) }
            lastId = id
            input.reset()
            let (linked, stored) = try feed(&input, previous)
            if !linked { problems.append(.brokenLink(entryId: id)) }
            if AuditLog.hex(SHA256.hash(data: input.bytes)) != stored { problems.append(.altered(entryId: id)) }
            previous = stored
        }
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
    /// A journal row that no entry of the chain accounts for: inserted behind the product.
    case rowInserted(table: String, key: String)
    /// A journal row that differs from its last seal: changed behind the product.
    case rowChanged(table: String, key: String, differences: [FieldDifference])
    /// A sealed journal row that is gone: deleted behind the product.
    case rowDeleted(table: String, key: String)
}

/// One column of a row as sealed and as found.
public struct FieldDifference: Equatable, Sendable {
    public var column: String
    public var sealed: String?
    public var found: String?
}
