/// The seals' notes on PostgreSQL (J-ARCH-2, issue 25 part 2): each sealed table's trigger,
/// installed with the tables sealed, and the current transaction's notes read and cleared before
/// it commits.
enum PostgresSeals {
    /// Gives every table of `tables` its seal trigger (again, when a module's description of one
    /// changed): in the transaction that migrates the schema.
    static func install(_ connection: PostgresConnection, _ tables: [SealedRows]) throws {
        for table in tables { try connection.run(script: table.notes.postgresql) }
    }

    /// Marks the current transaction as the product's: its changes to sealed rows are noted.
    static func begin(_ connection: PostgresConnection) throws {
        _ = try connection.execute("SET LOCAL helpdesk.sealing = 'on'")
    }

    /// The rows the current transaction noted, by table name, id and second number, in the order
    /// they were first noted (as SQLite's notes are read).
    static func noted(_ connection: PostgresConnection) throws -> [(entity: String, id: Int64, sub: Int64)] {
        try connection.execute("SELECT entity, entityid, sub FROM pendingseal WHERE txid = txid_current() ORDER BY noted")
            .rows.compactMap { row in
                guard row.count == 3, case .text(let entity) = row[0], case .integer(let id) = row[1], case .integer(let sub) = row[2]
                else {
                    return nil
                }
                return (entity, id, sub)
            }
    }

    /// Clears the current transaction's notes, once they are sealed.
    static func clear(_ connection: PostgresConnection) throws {
        _ = try connection.execute("DELETE FROM pendingseal WHERE txid = txid_current()")
    }
}
