import GRDB

// TRANSITIONAL (issue 25, part 1): the store's interface spelled on the engine's connection, so
// that the core's function bodies move onto it file by file while their signatures still take
// the engine's `Database`; once every body is moved, the signatures take a `StoreTransaction`
// and this file is deleted.
extension Database {
    func execute(_ sql: String, _ arguments: StoreArguments = []) throws { try store.execute(sql, arguments) }

    var changedRows: Int { store.changedRows }

    func rows(_ sql: String, _ arguments: StoreArguments = []) throws -> [StoreRow] { try store.rows(sql, arguments) }

    func row(_ sql: String, _ arguments: StoreArguments = []) throws -> StoreRow? { try store.row(sql, arguments) }

    func value<T: StoreValueConvertible>(_ type: T.Type = T.self, _ sql: String, _ arguments: StoreArguments = []) throws -> T? {
        try store.value(type, sql, arguments)
    }

    func values<T: StoreValueConvertible>(_ type: T.Type = T.self, _ sql: String, _ arguments: StoreArguments = []) throws -> [T] {
        try store.values(type, sql, arguments)
    }

    func exists(_ sql: String, _ arguments: StoreArguments = []) throws -> Bool { try store.exists(sql, arguments) }

    func records<R: StoredRecord>(_ type: R.Type = R.self, _ sql: String, _ arguments: StoreArguments = []) throws -> [R] {
        try store.records(type, sql, arguments)
    }

    func record<R: StoredRecord>(_ type: R.Type = R.self, _ sql: String, _ arguments: StoreArguments = []) throws -> R? {
        try store.record(type, sql, arguments)
    }

    func record<R: StoredRecord & IdentifiedRecord>(_ type: R.Type = R.self, id: Int64) throws -> R? {
        try store.record(type, id: id)
    }

    func insert<R: StoredRecord & IdentifiedRecord>(_ record: inout R) throws { try store.insert(&record) }

    func insert<R: StoredRecord>(_ record: R) throws { try store.insert(record) }

    func update<R: StoredRecord>(_ record: R) throws { try store.update(record) }

    @discardableResult
    func update<R: StoredRecord & Equatable>(_ record: inout R, _ change: (inout R) throws -> Void) throws -> Bool {
        try store.update(&record, change)
    }

    func save<R: StoredRecord>(_ record: R) throws { try store.save(record) }

    @discardableResult
    func delete<R: StoredRecord>(_ record: R) throws -> Bool { try store.delete(record) }
}

// TRANSITIONAL: a record that is still the engine's too takes its table's name from there.
extension StoredRecord where Self: TableRecord {
    public static var tableName: String { databaseTableName }
}
