import GRDB

/// Migration helpdesk v5: the outbox and what people asked of the mail; the service's runs.
/// Frozen once landed.
enum OutboxMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "outboxMessage") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.belongsTo("person", onDelete: .setNull)
            t.column("address", .text).notNull().check { length($0) > 2 && length($0) <= 254 }
            t.column("language", .text).notNull().check(sql: "language IN ('ru', 'en')")
            t.column("notice", .jsonText).notNull()
            t.column("dedupeKey", .text).unique()
            t.belongsTo("ticket", onDelete: .setNull)
            t.column("messageToken", .text).notNull().unique()
            t.column("createdAt", .datetime).notNull()
            t.column("dueAt", .datetime).notNull()
            t.column("state", .text).notNull().check(sql: "state IN ('queued', 'handing', 'sent', 'abandoned')")
            t.column("attempts", .integer).notNull().defaults(to: 0)
            t.column("lastError", .text)
            t.column("handedAt", .datetime)
            t.column("sentAt", .datetime)
            t.check(sql: "(state = 'sent') = (sentAt IS NOT NULL)")
        }
        try db.create(index: "outboxMessage_due", on: "outboxMessage", columns: ["state", "dueAt"])
        try db.create(table: "mailPreference") { t in
            t.primaryKey("personId", .integer).references("person", onDelete: .cascade)
            t.column("language", .text).notNull().check(sql: "language IN ('ru', 'en')")
            t.column("digest", .text).notNull().check(sql: "digest IN ('none', 'email', 'paper')")
            t.column("messageCopies", .boolean).notNull()
            t.column("unsubscribeToken", .text).notNull().unique()
        }
        try db.create(table: "mailSettings") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("fromAddress", .text)
            t.column("sendmail", .text)
        }
        try db.create(table: "serviceRun") { t in
            t.primaryKey("job", .text).check(sql: "job IN ('notify', 'backup', 'mailIn')")
            t.column("startedAt", .datetime).notNull()
            t.column("finishedAt", .datetime)
            t.column("succeeded", .boolean).notNull()
            t.column("summary", .text)
        }
    }
}
