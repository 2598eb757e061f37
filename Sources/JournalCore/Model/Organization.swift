import Foundation
internal import GRDB

/// A school (J-ORG-1); several share one database.
public struct Organization: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var code: String
    public var name: String
    public var timeZone: String

    public init(id: Int64? = nil, code: String, name: String, timeZone: String) {
        self.id = id
        self.code = code
        self.name = name
        self.timeZone = timeZone
    }

    public static let tableName = "organization"

    /// The organization's time zone; all its times are local (J-ORG-1).
    public var zone: TimeZone { TimeZone(identifier: timeZone) ?? .moscow }
}
