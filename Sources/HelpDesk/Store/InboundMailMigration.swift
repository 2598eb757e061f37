import GRDB

/// Migration helpdesk v6: the mail that came in, held or answered, and the files tickets carry.
/// Frozen once landed.
enum InboundMailMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "inboundMail") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("messageId", .text).unique()
            t.column("address", .text).notNull()
            t.column("subject", .text).notNull()
            t.column("text", .text).notNull()
            t.column("receivedAt", .datetime).notNull()
            t.column("outcome", .text).notNull()
                .check(sql: "outcome IN ('reply', 'opened', 'held', 'taken', 'unsubscribed', 'ignored')")
            t.belongsTo("ticket", onDelete: .setNull)
        }
        try db.create(index: "inboundMail_held", on: "inboundMail", columns: ["outcome", "organizationId"])
        try db.create(table: "ticketAttachment") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("ticket", onDelete: .cascade)
            t.belongsTo("inboundMail", onDelete: .cascade)
            t.column("fileName", .text).notNull().check { length($0) > 0 && length($0) <= 200 }
            t.column("contentType", .text).notNull()
            t.column("size", .integer).notNull()
            // Nil when the file was over the limit: listed, not kept.
            t.column("data", .blob)
            t.column("receivedAt", .datetime).notNull()
            t.check(sql: "ticketId IS NOT NULL OR inboundMailId IS NOT NULL")
        }
        try db.create(index: "ticketAttachment_on_ticket", on: "ticketAttachment", columns: ["ticketId"])
    }
}
