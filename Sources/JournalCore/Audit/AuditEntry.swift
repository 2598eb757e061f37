import GRDB

/// What an audit entry records a change of.
public enum AuditAction: String, CaseIterable, Codable, Sendable, DatabaseValueConvertible {
    case lessonCreated, lessonChanged, homeworkSet, attendanceSet, attendanceReason
    case markAdded, markCorrected
    case periodMarkSet, periodMarkChangedByNote, substitutionLogged
    case breachReported, breachWithdrawn, credentialsRecovered
    /// The state of a journal row as the product left it (`RowSeal`): what `audit verify`
    /// holds the tables against.
    case sealed
}

/// One line of the audit log that nobody can edit: who, when, what, before, after, reason,
/// chained to the line before by a SHA-256 hash.
public struct AuditEntry: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var organizationId: Int64
    /// Milliseconds since 1970, as hashed.
    public var at: Int64
    public var accountId: Int64
    public var action: AuditAction
    public var entity: String
    public var entityId: Int64
    public var studentId: Int64?
    public var lessonId: Int64?
    public var before: String?
    public var after: String?
    public var reason: String?
    public var previousHash: String
    public var hash: String

    public static let databaseTableName = "auditEntry"

    public enum Columns {
        static let organizationId = Column(CodingKeys.organizationId)
        static let studentId = Column(CodingKeys.studentId)
        static let lessonId = Column(CodingKeys.lessonId)
        static let accountId = Column(CodingKeys.accountId)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The text the hash covers: every field but the hash, in a fixed order.
    var hashedText: String {
        [previousHash, String(organizationId), String(at), String(accountId), action.rawValue, entity, String(entityId),
         studentId.map(String.init) ?? "", lessonId.map(String.init) ?? "", before ?? "", after ?? "", reason ?? ""]
            .map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|") }
            .joined(separator: "|")
    }
}

struct AuditHead: Codable, FetchableRecord, PersistableRecord {
    var organizationId: Int64
    var lastId: Int64
    var lastHash: String
    var count: Int
    static let databaseTableName = "auditHead"
}
