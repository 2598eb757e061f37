import Foundation
internal import GRDB

/// The slip of one account's temporary credentials: when it was printed, and when the person
/// signed for it (J-ACL-4, H-CRED-2).
public struct CredentialSlip: Codable, Sendable, Equatable, StoredRecord {
    public var accountId: Int64
    public var issuedAt: Date
    public var issuedBy: Int64
    public var signedAt: Date?
    public var signedRecordedBy: Int64?

    public static let tableName = "credentialSlip"
}

/// A year's working regime (J-YEAR-1): a five- or six-day week and the bell times.
public struct WorkingRegime: Codable, Sendable, Equatable, StoredRecord {
    public var yearId: Int64
    public var daysPerWeek: Int
    /// `08:30-09:15`, one per lesson, comma-separated.
    public var bells: String

    public static let tableName = "workingRegime"

    /// The bells as start and end times.
    public var lessons: [(start: ClockTime, end: ClockTime)] {
        bells.split(separator: ",").compactMap { bell in
            let parts = bell.split(separator: "-").compactMap { ClockTime(parsing: String($0)) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }
}

/// A year closed by the director's order (J-YEAR-2, J-ARCH-3): its journal is read-only from then on.
public struct YearClosure: Codable, Sendable, Equatable, StoredRecord {
    public var yearId: Int64
    public var orderNumber: String
    public var orderDate: LocalDate
    public var closedAt: Date
    public var closedBy: Int64
    public var auditHead: String

    public static let tableName = "yearClosure"
}
