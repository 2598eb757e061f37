import Foundation
import GRDB

/// Migration helpdesk v7: the knowledge base — articles written by the desk's staff, with the
/// answers the regulations imply shipped in it. Frozen once landed.
enum KnowledgeMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "article") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade)
            t.column("title", .text).notNull().check { length($0) > 0 && length($0) <= 200 }
            t.column("body", .text).notNull().check { length($0) > 0 && length($0) <= 8000 }
            t.column("topics", .text).notNull().defaults(to: "").check { length($0) <= 300 }
            t.column("audience", .text).notNull().check(sql: "audience IN ('all', 'staff', 'guardians', 'students')")
            t.belongsTo("sourceTicket", inTable: "ticket", onDelete: .setNull)
            t.column("writtenBy", .integer).references("person", onDelete: .setNull)
            t.column("writtenAt", .datetime).notNull()
            t.column("retiredAt", .datetime)
            t.column("retiredBy", .integer).references("person", onDelete: .setNull)
            t.check(sql: "(retiredAt IS NULL) = (retiredBy IS NULL)")
        }
        let shipped = Date(timeIntervalSince1970: 1_788_220_800)  // 1 September 2026
        for seed in SeedArticles.all {
            var article = Article(
                organizationId: nil, title: seed.title, body: seed.body, topics: seed.topics, audience: seed.audience,
                sourceTicketId: nil, writtenBy: nil, writtenAt: shipped)
            try article.insert(db)
        }
    }
}
