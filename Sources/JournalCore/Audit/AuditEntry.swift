import Foundation
internal import GRDB

/// What an audit entry records a change of.
public enum AuditAction: String, CaseIterable, Codable, Sendable {
    case lessonCreated, lessonChanged, homeworkSet, attendanceSet, attendanceReason
    case markAdded, markCorrected
    case periodMarkSet, periodMarkChangedByNote, substitutionLogged
    case breachReported, breachWithdrawn, credentialsRecovered
    /// A reset of someone's credentials refused for want of the right: its only trace.
    case credentialsRefused
    case keyAdded, keyRemoved
    case messageSent
    case consentRecorded
    case peopleImported
    case yearClosed
    case slipSigned
    case riskWatchAdded, riskWatchRemoved, finalMarksAcknowledged
    case settingsChanged
    /// The state of a journal row as the product left it (`RowSeal`): what `audit verify`
    /// holds the tables against.
    case sealed
}

/// One line of the audit log that nobody can edit: who, when, what, before, after, reason,
/// chained to the line before by a SHA-256 hash.
public struct AuditEntry: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var organizationId: Int64
    /// Milliseconds since 1970, as hashed.
    public var at: Int64
    public var accountId: Int64
    public var action: AuditAction
    public var entity: AuditEntity
    public var entityId: Int64
    public var studentId: Int64?
    public var lessonId: Int64?
    public var before: String?
    public var after: String?
    public var reason: String?
    public var previousHash: String
    public var hash: String

    public static let tableName = "auditEntry"

    /// The bytes the hash covers: every field but the hash, in a fixed order (`AuditHashInput`).
    var hashedBytes: [UInt8] {
        var input = AuditHashInput()
        input.text(previousHash)
        input.number(organizationId)
        input.number(at)
        input.number(accountId)
        input.text(action.rawValue)
        input.text(entity.rawValue)
        input.number(entityId)
        input.number(studentId)
        input.number(lessonId)
        input.text(before)
        input.text(after)
        input.text(reason)
        return input.bytes
    }
}

/// What an audit entry's SHA-256 covers: its fields as text, joined by `|`, with `\` and `|`
/// inside a field escaped by a backslash; a missing value is empty.
struct AuditHashInput {
    private(set) var bytes: [UInt8] = []
    private var fields = 0

    init() { bytes.reserveCapacity(512) }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        fields = 0
    }

    private mutating func separate() {
        if fields > 0 { bytes.append(UInt8(ascii: "|")) }
        fields += 1
    }

    mutating func text(_ value: String?) {
        separate()
        guard var value else { return }
        value.withUTF8 { escape($0) }
    }

    mutating func data(_ value: Data?) {
        separate()
        value?.withUnsafeBytes { escape($0.bindMemory(to: UInt8.self)) }
    }

    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        for byte in utf8 {
            if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "|") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
    }

    mutating func number(_ value: Int64?) {
        separate()
        guard let value else { return }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}

struct AuditHead: Codable, Sendable, StoredRecord {
    var organizationId: Int64
    var lastId: Int64
    var lastHash: String
    var count: Int
    static let tableName = "auditHead"
}
