import Foundation
internal import GRDB

/// A public key tied to an account: whoever holds the private key reaches the console over
/// SSH as that account, with no password hash per command.
public struct AccountKey: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var accountId: Int64
    public var algorithm: String
    public var blob: String
    public var comment: String
    public var fingerprint: String
    public var addedAt: Date
    public var addedBy: Int64

    public static let tableName = "accountKey"

    public var publicKey: PublicKey? { PublicKey(line: "\(algorithm) \(blob)") }
}

/// A key with the login it opens, as `account key list` shows it.
public struct AccountKeyRow: Sendable, Equatable {
    public let key: AccountKey
    public let login: String
    public let fullName: String
}
