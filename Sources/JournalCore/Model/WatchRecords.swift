import Foundation
internal import GRDB

/// An account's first login of a day: whether people use the journal (J-REP-2, J-REP-3).
public struct JournalVisit: Codable, Sendable, Equatable, StoredRecord {
    public var accountId: Int64
    public var day: LocalDate
    public var firstAt: Date

    public static let tableName = "journalVisit"
}

/// A pupil the class teacher keeps in the risk group (J-REP-4), with why; taken off, the row
/// keeps who did it and when.
public struct RiskWatch: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var studentId: Int64
    public var schoolClassId: Int64
    public var reason: String
    public var addedBy: Int64
    public var addedAt: Date
    public var removedBy: Int64?
    public var removedAt: Date?

    public static let tableName = "riskWatch"

}

/// A guardian's acknowledgement of a period's final marks: the message they wrote to the class
/// teacher (seed 002 §6, J-DIARY-4).
public struct FinalAcknowledgement: Codable, Sendable, Equatable, StoredRecord {
    public var periodId: Int64
    public var studentId: Int64
    public var guardianId: Int64
    public var messageId: Int64
    public var at: Date

    public static let tableName = "finalAcknowledgement"

}
