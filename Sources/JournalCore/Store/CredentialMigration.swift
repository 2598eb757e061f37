internal import GRDB

/// Migration v3: failed logins and their back-off, the expiry of temporary passwords, sessions that
/// a reset or a breach ends, and journal records voided by a breach. Frozen once landed.
enum CredentialMigration {
    static func create(_ db: Database) throws {
        try db.alter(table: "account") { t in
            t.add(column: "failedLogins", .integer).notNull().defaults(to: 0)
            t.add(column: "blockedUntil", .datetime)
            t.add(column: "temporaryExpiresAt", .datetime)
            // Raised by a reset or a breach: every session opened before it ends.
            t.add(column: "sessionEpoch", .integer).notNull().defaults(to: 0)
        }
        try db.create(table: "loginFailure") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("login", .text).notNull()
            t.belongsTo("account", onDelete: .cascade)
            t.column("at", .datetime).notNull()
        }
        try db.alter(table: "journalSettings") { t in
            t.add(column: "temporaryPasswordHours", .integer).notNull().defaults(to: 72).check { $0 >= 1 && $0 <= 720 }
        }
        // J-ACL-5, H-CRED-3: what was done with leaked credentials after the report is void.
        try db.alter(table: "mark") { t in t.add(column: "voidedAt", .datetime) }
        try db.create(table: "auditInvalidation") { t in
            t.primaryKey("auditEntryId", .integer).references("auditEntry", onDelete: .cascade)
            t.column("reason", .text).notNull()
            t.column("at", .datetime).notNull()
        }
    }
}
