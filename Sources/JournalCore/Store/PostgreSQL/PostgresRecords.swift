/// Records written whole on PostgreSQL (issue 25, part 2): the columns as the store's coding
/// renders them, the table's primary key as the server's catalogue names it.
extension PostgresConnection {
    /// Inserts a record; with `returningId`, the id the server gave it.
    func insert(into table: String, _ columns: [(name: String, value: StoreValue)], returningId: Bool) throws -> Int64? {
        let names = columns.map { Self.quoted($0.name) }.joined(separator: ", ")
        let marks = StoreTransaction.placeholders(columns.count)
        let sql = "INSERT INTO \(table) (\(names)) VALUES (\(marks))" + (returningId ? " RETURNING id" : "")
        let result = try execute(sql, columns.map(\.value))
        guard returningId else { return nil }
        guard case .integer(let id) = result.rows.first?.first else { throw PostgresError(sqlState: nil, message: "no id returned") }
        return id
    }

    /// Writes every column of the row with the record's primary key: whether there was one.
    func update(_ table: String, _ columns: [(name: String, value: StoreValue)]) throws -> Bool {
        let (keys, rest) = try split(table, columns)
        guard !rest.isEmpty else { return try exists(table, keys) }
        let sets = rest.map { "\(Self.quoted($0.name)) = ?" }.joined(separator: ", ")
        let sql = "UPDATE \(table) SET \(sets) WHERE " + keys.map { "\(Self.quoted($0.name)) = ?" }.joined(separator: " AND ")
        return try execute(sql, rest.map(\.value) + keys.map(\.value)).changedRows > 0
    }

    /// Inserts the record, or writes it over the row with its primary key.
    func save(_ table: String, _ columns: [(name: String, value: StoreValue)]) throws {
        let (keys, rest) = try split(table, columns)
        let names = columns.map { Self.quoted($0.name) }.joined(separator: ", ")
        let conflict = keys.map { Self.quoted($0.name) }.joined(separator: ", ")
        let action =
            rest.isEmpty
            ? "DO NOTHING"
            : "DO UPDATE SET " + rest.map { "\(Self.quoted($0.name)) = EXCLUDED.\(Self.quoted($0.name))" }.joined(separator: ", ")
        let sql =
            "INSERT INTO \(table) (\(names)) VALUES (\(StoreTransaction.placeholders(columns.count))) ON CONFLICT (\(conflict)) \(action)"
        _ = try execute(sql, columns.map(\.value))
    }

    /// Deletes the row with the record's primary key: whether there was one.
    func delete(_ table: String, _ columns: [(name: String, value: StoreValue)]) throws -> Bool {
        let (keys, _) = try split(table, columns)
        let sql = "DELETE FROM \(table) WHERE " + keys.map { "\(Self.quoted($0.name)) = ?" }.joined(separator: " AND ")
        return try execute(sql, keys.map(\.value)).changedRows > 0
    }

    private func exists(_ table: String, _ keys: [(name: String, value: StoreValue)]) throws -> Bool {
        let sql = "SELECT 1 FROM \(table) WHERE " + keys.map { "\(Self.quoted($0.name)) = ?" }.joined(separator: " AND ")
        return try !execute(sql, keys.map(\.value)).rows.isEmpty
    }

    /// A column's name as the server keeps it, quoted: a name it reserves (`end`) stays a name.
    private static func quoted(_ name: String) -> String { "\"\(name.lowercased())\"" }

    /// The record's key columns and the others.
    private func split(
        _ table: String, _ columns: [(name: String, value: StoreValue)]
    ) throws -> (keys: [(name: String, value: StoreValue)], rest: [(name: String, value: StoreValue)]) {
        let key = Set(try primaryKey(table).map { $0.lowercased() })
        let keys = columns.filter { key.contains($0.name.lowercased()) }
        guard keys.count == key.count, !keys.isEmpty else {
            throw PostgresError(sqlState: nil, message: "the record has no whole primary key of \(table)")
        }
        return (keys, columns.filter { !key.contains($0.name.lowercased()) })
    }
}
