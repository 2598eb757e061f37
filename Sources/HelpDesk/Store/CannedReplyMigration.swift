import Foundation
import GRDB

/// Migration helpdesk v8: canned replies, with the common ones shipped in both languages.
/// Frozen once landed.
enum CannedReplyMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "cannedReply") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade)
            t.column("name", .text).notNull().check { length($0) > 0 && length($0) <= 40 }
            t.column("language", .text).notNull().check(sql: "language IN ('ru', 'en')")
            t.column("text", .text).notNull().check { length($0) > 0 && length($0) <= 4000 }
            t.column("writtenBy", .integer).references("person", onDelete: .setNull)
            t.column("writtenAt", .datetime).notNull()
        }
        try db.execute(
            sql: "CREATE UNIQUE INDEX cannedReplyName ON cannedReply(IFNULL(organizationId, 0), name COLLATE NOCASE, language)")
        let shipped = Date(timeIntervalSince1970: 1_788_220_800)  // 1 September 2026
        for seed in SeedReplies.all {
            var reply = CannedReply(organizationId: nil, name: seed.name, language: seed.language, text: seed.text, writtenAt: shipped)
            try reply.insert(db)
        }
    }
}
