internal import GRDB

/// A value kept as one row of a table of its own, its properties the table's columns (issue 25,
/// part 1): another module's records are read and written through `StoreTransaction` and never
/// see the engine. Read with `SELECT *` (or the columns of all its properties).
public protocol StoredRecord: Codable, Sendable {
    /// The table its rows are in.
    static var tableName: String { get }
}

/// A record read through the engine: decoded from the row by the record's own `Codable`, dates
/// and nested values as the engine has always kept them.
struct FetchedRecord<Record: StoredRecord>: FetchableRecord, Decodable {
    let record: Record

    init(from decoder: any Decoder) throws {
        record = try Record(from: decoder)
    }
}

/// A record written through the engine, into its table by its primary key.
struct PersistedRecord<Record: StoredRecord>: MutablePersistableRecord, Encodable {
    static var databaseTableName: String { Record.tableName }

    let record: Record
    /// The row id the insert gave, for a record known by an integer id.
    var insertedId: Int64?

    init(_ record: Record) { self.record = record }

    func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        insertedId = inserted.rowID
    }
}
