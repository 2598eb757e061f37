import Foundation
internal import GRDB

/// The guardians' answer to electronic access (J-PD-1, J-DIARY-2).
public enum AccessChoice: String, CaseIterable, Codable, Sendable {
    /// They applied for the electronic diary.
    case applied
    /// They declined it: no e-mail is needed, and the class teacher prints the week for them.
    case declined
}

/// What the school holds for one pupil (J-PD-1).
public struct FamilyConsent: Codable, Sendable, Equatable, StoredRecord {
    public var studentId: Int64
    /// When the personal-data consent was signed.
    public var consentOn: LocalDate?
    public var access: AccessChoice?
    public var accessOn: LocalDate?
    public var recordedBy: Int64
    public var recordedAt: Date

    public static let tableName = "familyConsent"
}

/// A pupil of a class with what is recorded for them, and what is missing.
public struct ConsentRow: Sendable, Equatable {
    public var studentId: Int64
    public var studentName: String
    public var consent: FamilyConsent?

    public var missesConsent: Bool { consent?.consentOn == nil }
    public var missesAccessAnswer: Bool { consent?.access == nil }
}
