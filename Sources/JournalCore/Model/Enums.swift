internal import GRDB

public enum Sex: String, CaseIterable, Codable, Sendable {
    case male
    case female
}

/// How an academic year is divided into reporting periods.
public enum PeriodKind: String, CaseIterable, Codable, Sendable {
    case quarter
    case trimester
    case halfYear

    /// How many periods of this kind a year has.
    public var count: Int {
        switch self {
        case .quarter: 4
        case .trimester: 3
        case .halfYear: 2
        }
    }
}

public enum AccountState: String, CaseIterable, Codable, Sendable {
    /// No credentials handed out yet.
    case notIssued
    case active
    /// The next login must set a new password.
    case mustChangePassword
    case locked
}

/// Why an account is locked.
public enum LockReason: String, CaseIterable, Codable, Sendable {
    /// By the journal administrator or class teacher: unlocking it keeps the password.
    case manual
    /// After too many failed logins: new credentials are needed.
    case failures
    /// Reported leaked (H-CRED-3): new credentials are needed.
    case breach
}

/// How a student came into a class (J-PEOPLE-2).
public enum EnrolmentStart: String, CaseIterable, Codable, Sendable {
    case enrolment
    case transfer
}

/// How a student left a class (J-PEOPLE-2).
public enum EnrolmentEnd: String, CaseIterable, Codable, Sendable {
    case transfer
    case leaving
}
