internal import GRDB

/// Migration v7: internal messages between the people of a school (J-MSG-1). Frozen once landed.
enum MessageMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "message") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.belongsTo("sender", inTable: "person", onDelete: .restrict).notNull()
            t.column("subject", .text).notNull().check { length($0) > 0 && length($0) <= 200 }
            t.column("text", .text).notNull().check { length($0) > 0 && length($0) <= 4000 }
            t.column("sentAt", .datetime).notNull()
            t.belongsTo("replyTo", inTable: "message", onDelete: .setNull)
        }
        try db.create(table: "messageRecipient") { t in
            t.belongsTo("message", onDelete: .cascade).notNull()
            t.belongsTo("person", onDelete: .cascade).notNull()
            t.column("readAt", .datetime)
            t.primaryKey(["messageId", "personId"])
        }
        try db.create(index: "messageRecipient_unread", on: "messageRecipient", columns: ["personId", "readAt"])
    }
}
