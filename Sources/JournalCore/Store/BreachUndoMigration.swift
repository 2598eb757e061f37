internal import GRDB

/// Migration v12: what a breach report took out of the journal beyond marks and entries (J-ACL-5,
/// H-CRED-3) — rows the leaked credentials added (period marks, keys, risk-group entries,
/// messages, consents) kept whole so that a withdrawn report puts them back, and the accounts
/// whose credentials the intruder issued, locked with the report. Frozen once landed.
enum BreachUndoMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "breachUndo") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("breach", onDelete: .cascade).notNull()
            t.column("kind", .text).notNull().check(sql: "kind IN ('removed', 'locked')")
            t.column("tableName", .text).notNull().check { length($0) > 0 }
            // The removed row as JSON, or the locked account's id.
            t.column("row", .text).notNull()
        }
    }
}
