internal import GRDB

/// One row a statement returned, its columns read by name.
public struct StoreRow {
    let row: Row

    init(_ row: Row) { self.row = row.copy() }

    /// The column's value as `T`; a column that is missing or holds something else is a fault in
    /// the program (its statement and its reading disagree), thrown, not a crash.
    public subscript<T: StoreValueConvertible>(_ column: String) -> T {
        get throws(StoreReadingError) {
            guard let value: DatabaseValue = row[column] else { throw StoreReadingError(column: column, found: "no such column") }
            return try StoreReadingError.read(value, column: column)
        }
    }

    /// The column's value as the store keeps it; null for a column the row has not.
    public func value(_ column: String) -> StoreValue {
        (row[column] as DatabaseValue?).map(StoreValue.init) ?? .null
    }

    /// The columns' names, in the statement's order.
    public var columns: [String] { Array(row.columnNames) }
}

/// A column read as what it does not hold: a fault in the program, never in the data.
public struct StoreReadingError: Error, Equatable, Sendable, CustomStringConvertible {
    public let column: String
    public let found: String

    public var description: String { "the column \(column) could not be read: \(found)" }

    /// A column's value as `T`, or this error naming what it held.
    static func read<T: StoreValueConvertible>(_ value: DatabaseValue, column: String) throws(StoreReadingError) -> T {
        guard let converted = T(storeValue: StoreValue(value)) else { throw StoreReadingError(column: column, found: "\(value.storage)") }
        return converted
    }
}

extension StoreRow {
    /// The record this row holds, as `records` would read it (a row of a join that selected the
    /// record's columns, with more beside them).
    public func record<R: StoredRecord>(_ type: R.Type = R.self) throws -> R {
        try FetchedRecord<R>(row: row).record
    }
}
