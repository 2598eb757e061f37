internal import GRDB

/// Migration v6: public keys tied to accounts, for the console reached over SSH. Frozen once landed.
enum KeyMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "accountKey") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("account", onDelete: .restrict).notNull()
            t.column("algorithm", .text).notNull().check { length($0) > 0 && length($0) <= 64 }
            t.column("blob", .text).notNull().check { length($0) > 0 && length($0) <= 4096 }
            t.column("comment", .text).notNull().defaults(to: "")
            // One key opens one account.
            t.column("fingerprint", .text).notNull().unique()
            t.column("addedAt", .datetime).notNull()
            t.column("addedBy", .integer).notNull().references("account")
        }
    }
}
