import GRDB

/// A record whose row is known by an integer `id`: nil in a value not yet inserted, set by
/// `didInsert`, always there in a row read from the database.
public protocol IdentifiedRecord: TableRecord {
    var id: Int64? { get }
}

extension IdentifiedRecord {
    /// The id of a record read from the database or just inserted. A record never saved has
    /// none: asking it for one is a fault in the program, thrown as `UnsavedRecord`, not a crash.
    public var savedId: Int64 {
        get throws(UnsavedRecord) {
            guard let id else { throw UnsavedRecord(table: Self.databaseTableName) }
            return id
        }
    }
}

/// A record's id was asked for before the record was inserted: a fault in the program, never in
/// the data, and the write it happened in is rolled back whole.
public struct UnsavedRecord: Error, Equatable, Sendable, CustomStringConvertible {
    /// The record's table.
    public let table: String

    public var description: String { "a \(table) record was used before it was saved" }
}
