internal import GRDB

/// One transaction of the store, as a module above the core sees it (issue 25, part 1): the
/// statements it runs, the rows they return, read by name, and records written whole. It is
/// valid only inside the `read` or `write` that handed it out; a write's changes are sealed in
/// the audit chain and committed together when that write ends, or not at all.
public struct StoreTransaction {
    /// The engine's connection, for the core's SQLite-only parts (its seals, backups, schema).
    let sqlite: Database

    init(_ sqlite: Database) { self.sqlite = sqlite }

    /// Runs a statement that returns no rows.
    public func execute(_ sql: String, _ arguments: StoreArguments = []) throws {
        try sqlite.execute(sql: sql, arguments: arguments.statementArguments)
    }

    /// The `?` of an `IN (…)` list of `count` values, one each; no values give `NULL`, which no
    /// value is `IN` (an empty list is not SQL every engine takes).
    public static func placeholders(_ count: Int) -> String {
        count == 0 ? "NULL" : Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// How many rows the last statement inserted, changed or deleted.
    public var changedRows: Int { sqlite.changesCount }

    /// The rows of a query.
    public func rows(_ sql: String, _ arguments: StoreArguments = []) throws -> [StoreRow] {
        try Row.fetchAll(sqlite, sql: sql, arguments: arguments.statementArguments).map(StoreRow.init)
    }

    /// The first row of a query, if any.
    public func row(_ sql: String, _ arguments: StoreArguments = []) throws -> StoreRow? {
        try Row.fetchOne(sqlite, sql: sql, arguments: arguments.statementArguments).map(StoreRow.init)
    }

    /// The first column of a query's first row; nil when there is no row or it holds null.
    public func value<T: StoreValueConvertible>(_ type: T.Type = T.self, _ sql: String, _ arguments: StoreArguments = []) throws -> T? {
        guard let value = try DatabaseValue.fetchOne(sqlite, sql: sql, arguments: arguments.statementArguments), !value.isNull else {
            return nil
        }
        return try StoreReadingError.read(value, column: "1")
    }

    /// The first column of every row of a query.
    public func values<T: StoreValueConvertible>(_ type: T.Type = T.self, _ sql: String, _ arguments: StoreArguments = []) throws -> [T] {
        try DatabaseValue.fetchAll(sqlite, sql: sql, arguments: arguments.statementArguments).map {
            try StoreReadingError.read($0, column: "1")
        }
    }

    /// Whether a query returns a row.
    public func exists(_ sql: String, _ arguments: StoreArguments = []) throws -> Bool {
        try Row.fetchOne(sqlite, sql: sql, arguments: arguments.statementArguments) != nil
    }

    /// The records a query returns.
    public func records<R: StoredRecord>(_ type: R.Type = R.self, _ sql: String, _ arguments: StoreArguments = []) throws -> [R] {
        try FetchedRecord<R>.fetchAll(sqlite, sql: sql, arguments: arguments.statementArguments).map(\.record)
    }

    /// The first record a query returns, if any.
    public func record<R: StoredRecord>(_ type: R.Type = R.self, _ sql: String, _ arguments: StoreArguments = []) throws -> R? {
        try FetchedRecord<R>.fetchOne(sqlite, sql: sql, arguments: arguments.statementArguments)?.record
    }

    /// The record of a table known by an integer `id`, if there is one.
    public func record<R: StoredRecord & IdentifiedRecord>(_ type: R.Type = R.self, id: Int64) throws -> R? {
        try record(R.self, "SELECT * FROM \(R.tableName) WHERE id = ?", [id])
    }

    /// Inserts a record known by an integer id, and sets the id the store gave it.
    public func insert<R: StoredRecord & IdentifiedRecord>(_ record: inout R) throws {
        var persisted = PersistedRecord(record)
        try persisted.insert(sqlite)
        record.id = persisted.insertedId
    }

    /// Inserts a record known by its own key.
    public func insert<R: StoredRecord>(_ record: R) throws {
        var persisted = PersistedRecord(record)
        try persisted.insert(sqlite)
    }

    /// Writes every column of an existing record, found by its primary key.
    public func update<R: StoredRecord>(_ record: R) throws {
        try PersistedRecord(record).update(sqlite)
    }

    /// Changes a record by `change` and writes it when that changed anything: whether it did.
    @discardableResult
    public func update<R: StoredRecord & Equatable>(_ record: inout R, _ change: (inout R) throws -> Void) throws -> Bool {
        var changed = record
        try change(&changed)
        guard changed != record else { return false }
        try update(changed)
        record = changed
        return true
    }

    /// Inserts a record, or writes it over the one with its primary key.
    public func save<R: StoredRecord>(_ record: R) throws {
        var persisted = PersistedRecord(record)
        try persisted.save(sqlite)
    }

    /// Deletes a record, found by its primary key: whether there was one.
    @discardableResult
    public func delete<R: StoredRecord>(_ record: R) throws -> Bool {
        try PersistedRecord(record).delete(sqlite)
    }
}

extension Database {
    /// This connection's transaction as the store's interface hands it out.
    var store: StoreTransaction { StoreTransaction(self) }
}
