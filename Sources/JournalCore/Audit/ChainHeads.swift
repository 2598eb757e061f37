internal import GRDB
import Synchronization

/// The chains' heads of the product's write transaction under way on a connection, kept in
/// memory from the first entry to the commit: a transaction that appends many entries (a
/// lesson filled, its rows sealed) reads each school's head once and writes it once, instead of
/// once per entry (issue 25, part 6). Outside such a transaction each append reads and writes
/// the head itself.
enum ChainHeads {
    private static let open = Mutex<[ObjectIdentifier: [Int64: AuditHead]]>([:])

    /// Starts keeping the heads of the transaction `db` is in.
    static func begin(_ db: StoreTransaction) {
        open.withLock { $0[db.identity] = [:] }
    }

    /// Writes the heads changed in the transaction, before it commits, and stops keeping them.
    static func end(_ db: StoreTransaction) throws {
        let heads = open.withLock { $0.removeValue(forKey: db.identity) } ?? [:]
        for head in heads.values { try db.save(head) }
    }

    /// Stops keeping the heads of a transaction that rolls back (nothing of it is written).
    static func discard(_ db: StoreTransaction) {
        open.withLock { _ = $0.removeValue(forKey: db.identity) }
    }

    /// A school's head as the transaction left it so far: kept, or read.
    static func head(_ db: StoreTransaction, organizationId: Int64) throws -> AuditHead {
        if let kept = open.withLock({ $0[db.identity]?[organizationId] }) { return kept }
        try db.lockChain(of: organizationId)
        return try db.record(AuditHead.self, "SELECT * FROM auditHead WHERE organizationId = ?", [organizationId])
            ?? AuditHead(organizationId: organizationId, lastId: 0, lastHash: AuditLog.genesis, count: 0)
    }

    /// Keeps a school's new head until the commit; writes it at once outside such a transaction.
    static func advance(_ db: StoreTransaction, to head: AuditHead) throws {
        let kept = open.withLock { heads -> Bool in
            guard heads[db.identity] != nil else { return false }
            heads[db.identity]?[head.organizationId] = head
            return true
        }
        if !kept { try db.save(head) }
    }
}
