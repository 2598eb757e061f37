internal import GRDB

/// One transaction of the store, as a module above the core sees it (issue 25, part 1): the
/// statements it runs, the rows they return, read by name, and records written whole. It is
/// valid only inside the `read` or `write` that handed it out; a write's changes are sealed in
/// the audit chain and committed together when that write ends, or not at all.
public struct StoreTransaction {
    /// The engine it runs on: the school's SQLite file, or a region's PostgreSQL (part 2).
    enum Connection {
        case sqlite(Database)
        case postgres(PostgresConnection)
    }

    let connection: Connection
    /// A write of the product on PostgreSQL, whose writers of a school run side by side.
    let isProductWrite: Bool
    /// A read of one moment on PostgreSQL (REPEATABLE READ): it holds no school's chain, so that
    /// a long one (a school's copy) never keeps the school's writers waiting.
    let isSnapshot: Bool

    init(_ sqlite: Database) {
        connection = .sqlite(sqlite)
        (isProductWrite, isSnapshot) = (false, false)
    }

    init(_ postgres: PostgresConnection, productWrite: Bool = false, snapshot: Bool = false) {
        connection = .postgres(postgres)
        (isProductWrite, isSnapshot) = (productWrite, snapshot)
    }

    /// The SQLite connection, for the core's SQLite-only parts (its seal triggers, the chain's
    /// streaming check); on another engine they are not there to run.
    var sqlite: Database {
        get throws(StoreEngineMismatch) {
            guard case .sqlite(let db) = connection else { throw StoreEngineMismatch() }
            return db
        }
    }

    /// The connection's identity, for what is kept per transaction under way (the chain's heads).
    var identity: ObjectIdentifier {
        switch connection {
        case .sqlite(let db): ObjectIdentifier(db)
        case .postgres(let postgres): ObjectIdentifier(postgres)
        }
    }

    /// Runs a statement that returns no rows.
    public func execute(_ sql: String, _ arguments: StoreArguments = []) throws {
        switch connection {
        case .sqlite(let db):
            if let statement = try Self.cached(db, sql) {
                try statement.execute(arguments: arguments.statementArguments)
            } else {
                try db.execute(sql: sql, arguments: arguments.statementArguments)
            }
        case .postgres(let postgres): _ = try postgres.execute(sql, arguments.storeValues)
        }
    }

    /// The connection's prepared statement for `sql`, compiled once per connection (a lesson
    /// filled, a demo school loaded run the same few statements hundreds of times); nil for a
    /// text of several statements, which is run as it is.
    private static func cached(_ db: Database, _ sql: String) throws -> Statement? {
        do {
            return try db.cachedStatement(sql: sql)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_MISUSE {
            return nil
        }
    }

    /// A single statement's prepared form: every query is one.
    private static func query(_ db: Database, _ sql: String) throws -> Statement {
        try db.cachedStatement(sql: sql)
    }

    /// The `?` of an `IN (…)` list of `count` values, one each; no values give `NULL`, which no
    /// value is `IN` (an empty list is not SQL every engine takes).
    public static func placeholders(_ count: Int) -> String {
        count == 0 ? "NULL" : Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// How many rows the last statement inserted, changed or deleted.
    public var changedRows: Int {
        switch connection {
        case .sqlite(let db): db.changesCount
        case .postgres(let postgres): postgres.changedRows
        }
    }

    /// The rows of a query.
    public func rows(_ sql: String, _ arguments: StoreArguments = []) throws -> [StoreRow] {
        switch connection {
        case .sqlite(let db):
            return try Row.fetchAll(Self.query(db, sql), arguments: arguments.statementArguments).map(StoreRow.init)
        case .postgres(let postgres):
            let result = try postgres.execute(sql, arguments.storeValues)
            return result.rows.map { StoreRow(columns: result.columns, values: $0) }
        }
    }

    /// Holds the school's audit chain for the rest of the transaction. On PostgreSQL, where
    /// writers of one school run side by side, the next one waits here for this one's commit and
    /// then reads the head it left (without it the chain forks); SQLite has one writer at a time.
    func lockChain(of organizationId: Int64) throws {
        guard case .postgres(let postgres) = connection, !isSnapshot else { return }
        _ = try postgres.execute("SELECT pg_advisory_xact_lock(\(Self.lockClass), ?)", [.integer(organizationId)])
    }

    /// Makes a product write of a school's the only one under way on PostgreSQL, from its check
    /// of the caller's rights to its commit, as a school's file has one writer: what it reads to
    /// decide (a free slot, the next number) stays so until it writes. The chain's own lock, which
    /// its first entry takes anyway; nothing to do on SQLite or in a read.
    func serializeSchool(_ organizationId: Int64) throws {
        guard isProductWrite else { return }
        try lockChain(of: organizationId)
    }

    /// Holds the database's accounts for the rest of the transaction on PostgreSQL: logins and
    /// identifiers are unique in the whole database, so that a free one found stays free until
    /// this transaction takes it, whichever school another writer serves.
    func lockAccounts() throws {
        guard case .postgres(let postgres) = connection else { return }
        _ = try postgres.execute("SELECT pg_advisory_xact_lock(\(Self.lockClass), 0)")
    }

    /// The class of the advisory locks of the chains' heads, one per database schema (a region's
    /// schema, a test's), so that the schools of one never wait for another's; (class, 0) holds
    /// the accounts.
    private static let lockClass = "hashtext('helpdesk chains ' || current_schema())"

    /// The first row of a query, if any.
    public func row(_ sql: String, _ arguments: StoreArguments = []) throws -> StoreRow? {
        switch connection {
        case .sqlite(let db): try Row.fetchOne(Self.query(db, sql), arguments: arguments.statementArguments).map(StoreRow.init)
        case .postgres: try rows(sql, arguments).first
        }
    }

    /// The first column of a query's first row; nil when there is no row or it holds null.
    public func value<T: StoreValueConvertible>(_ type: T.Type = T.self, _ sql: String, _ arguments: StoreArguments = []) throws -> T? {
        guard let value = try firstColumn(sql, arguments).first, value != .null else { return nil }
        return try StoreReadingError.read(value, column: "1")
    }

    /// The first column of every row of a query.
    public func values<T: StoreValueConvertible>(_ type: T.Type = T.self, _ sql: String, _ arguments: StoreArguments = []) throws -> [T] {
        try firstColumn(sql, arguments).map { try StoreReadingError.read($0, column: "1") }
    }

    private func firstColumn(_ sql: String, _ arguments: StoreArguments) throws -> [StoreValue] {
        switch connection {
        case .sqlite(let db):
            try DatabaseValue.fetchAll(Self.query(db, sql), arguments: arguments.statementArguments).map(StoreValue.init)
        case .postgres(let postgres):
            try postgres.execute(sql, arguments.storeValues).rows.map { $0.first ?? .null }
        }
    }

    /// Whether a query returns a row.
    public func exists(_ sql: String, _ arguments: StoreArguments = []) throws -> Bool {
        try row(sql, arguments) != nil
    }

    /// The records a query returns.
    public func records<R: StoredRecord>(_ type: R.Type = R.self, _ sql: String, _ arguments: StoreArguments = []) throws -> [R] {
        switch connection {
        case .sqlite(let db):
            try FetchedRecord<R>.fetchAll(Self.query(db, sql), arguments: arguments.statementArguments).map(\.record)
        case .postgres:
            try rows(sql, arguments).map { try $0.record(R.self) }
        }
    }

    /// The first record a query returns, if any.
    public func record<R: StoredRecord>(_ type: R.Type = R.self, _ sql: String, _ arguments: StoreArguments = []) throws -> R? {
        switch connection {
        case .sqlite(let db):
            try FetchedRecord<R>.fetchOne(Self.query(db, sql), arguments: arguments.statementArguments)?.record
        case .postgres:
            try rows(sql, arguments).first?.record(R.self)
        }
    }

    /// The record of a table known by an integer `id`, if there is one.
    public func record<R: StoredRecord & IdentifiedRecord>(_ type: R.Type = R.self, id: Int64) throws -> R? {
        try record(R.self, "SELECT * FROM \(R.tableName) WHERE id = ?", [id])
    }

    /// Inserts a record known by an integer id, and sets the id the store gave it.
    public func insert<R: StoredRecord & IdentifiedRecord>(_ record: inout R) throws {
        switch connection {
        case .sqlite(let db):
            var persisted = PersistedRecord(record)
            try persisted.insert(db)
            record.id = persisted.insertedId
        case .postgres(let postgres):
            let columns = try StoreRecordEncoder.columns(record).filter { $0.name != "id" || $0.value != .null }
            record.id = try postgres.insert(into: R.tableName, columns, returningId: true)
        }
    }

    /// Inserts a record known by its own key.
    public func insert<R: StoredRecord>(_ record: R) throws {
        switch connection {
        case .sqlite(let db):
            var persisted = PersistedRecord(record)
            try persisted.insert(db)
        case .postgres(let postgres):
            _ = try postgres.insert(into: R.tableName, try StoreRecordEncoder.columns(record), returningId: false)
        }
    }

    /// Writes every column of an existing record, found by its primary key.
    public func update<R: StoredRecord>(_ record: R) throws {
        switch connection {
        case .sqlite(let db): try PersistedRecord(record).update(db)
        case .postgres(let postgres):
            guard try postgres.update(R.tableName, try StoreRecordEncoder.columns(record)) else {
                throw StoreMissingRecord(table: R.tableName)
            }
        }
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
        switch connection {
        case .sqlite(let db):
            var persisted = PersistedRecord(record)
            try persisted.save(db)
        case .postgres(let postgres):
            try postgres.save(R.tableName, try StoreRecordEncoder.columns(record))
        }
    }

    /// Deletes a record, found by its primary key: whether there was one.
    @discardableResult
    public func delete<R: StoredRecord>(_ record: R) throws -> Bool {
        switch connection {
        case .sqlite(let db): try PersistedRecord(record).delete(db)
        case .postgres(let postgres): try postgres.delete(R.tableName, try StoreRecordEncoder.columns(record))
        }
    }
}

/// The SQLite-only part of the core was asked to run on another engine: a fault in the program.
struct StoreEngineMismatch: Error, CustomStringConvertible {
    var description: String { "this part of the store runs on SQLite only" }
}

/// A record written over a row that is not there (GRDB's record-not-found, on either engine).
public struct StoreMissingRecord: Error, Equatable, Sendable, CustomStringConvertible {
    public let table: String
    public var description: String { "no row of \(table) to write over" }
}

extension Database {
    /// This connection's transaction as the store's interface hands it out.
    var store: StoreTransaction { StoreTransaction(self) }
}
