import Foundation
internal import GRDB

/// Seals the rows of the sealed tables in the audit chain (J-ARCH-2). Every write transaction of
/// the product notes the rows it touched (`SealedRows.triggers`) and, before it commits, appends
/// one `sealed` entry per row whose state changed: its sealed columns as JSON, or nothing once it
/// is deleted. `audit verify` then holds each table against the last seal of each row.
enum RowSeal {
    /// Gives the writer connection the notes table and every sealed table's triggers; run outside
    /// any transaction (a rolled-back one would take them away again), once per set of tables.
    static func install(_ db: Database, _ tables: [SealedRows]) throws {
        try db.execute(
            sql:
                "CREATE TEMP TABLE IF NOT EXISTS pendingSeal (entity TEXT NOT NULL, entityId INTEGER NOT NULL, sub INTEGER NOT NULL, PRIMARY KEY (entity, entityId, sub))"
        )
        for table in tables {
            for trigger in table.triggers { try db.execute(sql: trigger) }
        }
    }

    /// Readies the writer connection for a transaction: nothing noted yet. What a write outside
    /// `AppDatabase.write` left noted is not the product's: never sealed.
    static func prepare(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM temp.pendingSeal")
    }

    /// Appends a seal for every noted row whose state differs from its last seal.
    static func flush(_ db: StoreTransaction, at now: Date, _ tables: SealedSet) throws {
        let noted = try notes(db).compactMap { note -> (SealedRows, SealKey)? in
            guard let table = tables[note.entity] else { return nil }
            return (table, SealKey(table: table.name, id: note.id, sub: note.sub))
        }
        guard !noted.isEmpty else { return }
        // Each table's noted rows and their last seals, read a few hundred at a time rather than
        // two statements per row (issue 25, part 6).
        var currents: [SealKey: (organizationId: Int64, text: String)] = [:]
        var lasts: [SealKey: (organizationId: Int64, text: String?)] = [:]
        for (name, group) in Dictionary(grouping: noted, by: { $0.0.name }) {
            guard let table = group.first?.0 else { continue }
            for chunk in stride(from: 0, to: group.count, by: 400).map({ group[$0..<min($0 + 400, group.count)].map(\.1) }) {
                currents.merge(try states(db, table, chunk)) { $1 }
                lasts.merge(try lastSeals(db, name, chunk)) { $1 }
            }
        }
        var appenders: [Int64: AuditLog.Appender] = [:]
        for (table, key) in noted {
            let current = currents[key]
            let last = lasts[key]
            guard current?.text != last?.text, let organizationId = current?.organizationId ?? last?.organizationId else { continue }
            if appenders[organizationId] == nil {
                appenders[organizationId] = try AuditLog.Appender(db, organizationId: organizationId)
            }
            try appenders[organizationId]?.append(
                at: now, accountId: 0, action: .sealed, entity: table.entity, entityId: key.id,
                studentId: key.sub == 0 ? nil : key.sub, after: current?.text)
        }
        for appender in appenders.values { try appender.finish() }
        try clearNotes(db)
    }

    /// The rows the transaction noted, in the order first noted: the connection's temporary notes
    /// on SQLite, the transaction's own on PostgreSQL.
    private static func notes(_ db: StoreTransaction) throws -> [(entity: String, id: Int64, sub: Int64)] {
        switch db.connection {
        case .sqlite:
            try db.rows("SELECT entity, entityId, sub FROM temp.pendingSeal ORDER BY rowid").map { row in
                (try row["entity"], try row["entityId"], try row["sub"])
            }
        case .postgres(let connection): try PostgresSeals.noted(connection)
        }
    }

    private static func clearNotes(_ db: StoreTransaction) throws {
        switch db.connection {
        case .sqlite: try db.execute("DELETE FROM temp.pendingSeal")
        case .postgres(let connection): try PostgresSeals.clear(connection)
        }
    }

    /// The tables whose rows are still to be sealed once: all of them in a database from before
    /// the seals, in one from before a table was sealed the tables sealed since.
    static func unsealedTables(_ db: StoreTransaction, _ tables: [SealedRows]) throws -> [SealedRows] {
        try SealState.read(db).unsealed(tables)
    }

    /// Whether some table's rows are to be sealed once, when such a database is first opened.
    static func baselinePending(_ db: StoreTransaction, _ tables: [SealedRows]) throws -> Bool {
        try !unsealedTables(db, tables).isEmpty
    }

    /// Seals every row of the tables not sealed yet, once, and notes them sealed.
    static func baseline(_ db: StoreTransaction, at now: Date, _ tables: [SealedRows]) throws {
        let unsealed = try unsealedTables(db, tables)
        guard !unsealed.isEmpty else { return }
        for organizationId in try db.values(Int64.self, "SELECT id FROM organization ORDER BY id") {
            var appender = try AuditLog.Appender(db, organizationId: organizationId)
            for table in unsealed {
                // A whole table, in bounded memory on either engine.
                let rows = try StoreCursor(db, table.selectOrganization, [organizationId])
                while let values = try rows.next()?.values {
                    guard values.count > 3, case .integer(let id) = values[1], case .integer(let sub) = values[2] else { continue }
                    try appender.append(
                        at: now, accountId: 0, action: .sealed, entity: table.entity, entityId: id,
                        studentId: sub == 0 ? nil : sub, after: text(table, values))
                }
            }
            try appender.finish()
        }
        let before = try db.value(String.self, "SELECT sealedTables FROM maintenance WHERE id = 1")
        let sealed = Set((before ?? "").split(separator: ",").map(String.init)).union(tables.map(\.name))
        try db.execute("UPDATE maintenance SET sealsPending = 0, sealedTables = ? WHERE id = 1", [sealed.sorted().joined(separator: ",")])
    }

    /// The rows of `keys` as they are now, by key (the first, when a join repeats one).
    private static func states(_ db: StoreTransaction, _ table: SealedRows, _ keys: [SealKey]) throws -> [SealKey: (
        organizationId: Int64, text: String
    )] {
        // By the first key's index (a row value `IN (VALUES …)` would scan the table), the
        // second key sorted out here.
        let ids = Array(Set(keys.map(\.id)))
        let wanted = Set(keys)
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        var found: [SealKey: (organizationId: Int64, text: String)] = [:]
        for row in try db.rows(table.select(where: "\(table.key.id) IN (\(marks))"), ids) {
            let values = row.values
            guard values.count > 3, case .integer(let organizationId) = values[0], case .integer(let id) = values[1],
                case .integer(let sub) = values[2]
            else { continue }
            let key = SealKey(table: table.name, id: id, sub: sub)
            if wanted.contains(key) && found[key] == nil { found[key] = (organizationId, text(table, values)) }
        }
        return found
    }

    /// The last seal of each of `keys`, by key.
    private static func lastSeals(_ db: StoreTransaction, _ entity: String, _ keys: [SealKey]) throws -> [SealKey: (
        organizationId: Int64, text: String?
    )] {
        let ids = Array(Set(keys.map(\.id)))
        let wanted = Set(keys)
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        var found: [SealKey: (organizationId: Int64, text: String?)] = [:]
        let rows = try db.rows(
            """
            SELECT entityId, COALESCE(studentId, 0) AS sub, organizationId, after FROM auditEntry
            WHERE action = 'sealed' AND entity = ? AND entityId IN (\(marks))
            ORDER BY id
            """, [entity] + ids)
        for row in rows {
            let key = SealKey(table: entity, id: try row["entityId"], sub: try row["sub"])
            if wanted.contains(key) { found[key] = (try row["organizationId"], try row["after"]) }
        }
        return found
    }

    /// Whether a journal row is as the product last sealed it: not inserted nor changed behind it.
    static func intact(_ db: StoreTransaction, _ table: SealedTable, id: Int64, sub: Int64 = 0) throws -> Bool {
        let key = SealKey(table: table.rawValue, id: id, sub: sub)
        guard let current = try states(db, table.rows, [key])[key], let sealed = try lastSeals(db, key.table, [key])[key]?.text
        else { return false }
        return current.text == sealed
    }

    /// The sealed columns of a row selected by `SealedRows.select`, as sorted-key JSON.
    static func text(_ table: SealedRows, _ row: Row) -> String {
        text(table, row.databaseValues.map(StoreValue.init))
    }

    /// The same from the row's values, as the store read them on either engine.
    static func text(_ table: SealedRows, _ values: [StoreValue]) -> String {
        var fields: [String: String?] = [:]
        for (index, column) in table.columns.enumerated() where index + 3 < values.count {
            let value = plain(values[index + 3])
            fields[column.name] = column.digestOnly ? value.map { "sha256:" + AuditLog.digest($0) } : value
        }
        return AuditText.of(fields)
    }

    /// A stored value as text, the same whatever Swift type the product wrote it from.
    static func plain(_ value: StoreValue) -> String? {
        switch value {
        case .null: nil
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): text
        case .blob(let data): data.map { String(format: "%02x", $0) }.joined()
        }
    }
}
