import Foundation
internal import GRDB

/// The credentials of one person in one organization.
public struct Account: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var organizationId: Int64
    public var personId: Int64
    public var login: String
    /// The number users quote to support (H-TICKET-1).
    public var identifier: Int64
    public var state: AccountState
    /// An scrypt hash with its parameters (`PasswordHash`); nil until credentials are issued.
    public var passwordHash: String?
    public var createdAt: Date
    /// Failed logins in a row (after 5 the account waits, after 20 it is locked).
    public var failedLogins: Int = 0
    /// No login is tried before this instant.
    public var blockedUntil: Date?
    /// A temporary password is refused after this instant.
    public var temporaryExpiresAt: Date?
    /// Sessions opened under an earlier epoch have ended.
    public var sessionEpoch: Int = 0
    /// Why a locked account is locked: only a manual lock may be lifted without new credentials.
    public var lockReason: LockReason?

    public init(
        id: Int64? = nil, organizationId: Int64, personId: Int64, login: String, identifier: Int64,
        state: AccountState, passwordHash: String? = nil, createdAt: Date
    ) {
        self.id = id
        self.organizationId = organizationId
        self.personId = personId
        self.login = login
        self.identifier = identifier
        self.state = state
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }

    public static let tableName = "account"

}
