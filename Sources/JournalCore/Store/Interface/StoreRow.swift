internal import GRDB

/// One row a statement returned, its columns read by name (whatever their case: PostgreSQL folds
/// unquoted names to lower case; the first column of a name wins, as in a join).
public struct StoreRow {
    /// The columns' names, in the statement's order.
    public let columns: [String]
    let values: [StoreValue]

    init(columns: [String], values: [StoreValue]) {
        self.columns = columns
        self.values = values
    }

    init(_ row: Row) {
        self.init(columns: Array(row.columnNames), values: row.databaseValues.map(StoreValue.init))
    }

    /// The column's value as `T`; a column that is missing or holds something else is a fault in
    /// the program (its statement and its reading disagree), thrown, not a crash.
    public subscript<T: StoreValueConvertible>(_ column: String) -> T {
        get throws(StoreReadingError) {
            guard let index = index(column) else { throw StoreReadingError(column: column, found: "no such column") }
            return try StoreReadingError.read(values[index], column: column)
        }
    }

    /// The column's value as the store keeps it; null for a column the row has not.
    public func value(_ column: String) -> StoreValue {
        index(column).map { values[$0] } ?? .null
    }

    /// The record this row holds, as `records` would read it (a row of a join that selected the
    /// record's columns, with more beside them).
    public func record<R: StoredRecord>(_ type: R.Type = R.self) throws -> R {
        try StoreRecordDecoder.record(R.self, columns: columns, values: values)
    }

    private func index(_ column: String) -> Int? {
        columns.firstIndex { $0.caseInsensitiveCompare(column) == .orderedSame }
    }
}

/// A column read as what it does not hold: a fault in the program, never in the data.
public struct StoreReadingError: Error, Equatable, Sendable, CustomStringConvertible {
    public let column: String
    public let found: String

    public var description: String { "the column \(column) could not be read: \(found)" }

    /// A column's value as `T`, or this error naming what it held.
    static func read<T: StoreValueConvertible>(_ value: StoreValue, column: String) throws(StoreReadingError) -> T {
        guard let converted = T(storeValue: value) else { throw StoreReadingError(column: column, found: "\(value)") }
        return converted
    }
}
