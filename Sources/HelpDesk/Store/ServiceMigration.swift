import GRDB

/// Migration helpdesk v4: which support organization serves which school (a regional desk, like
/// the vendor's support of seed 002), and each breach report tied to the journal's record of it.
/// Frozen once landed.
enum ServiceMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "deskService") { t in
            t.belongsTo("supportOrganization", inTable: "organization", onDelete: .cascade).notNull()
            t.belongsTo("schoolOrganization", inTable: "organization", onDelete: .cascade).notNull()
            t.primaryKey(["supportOrganizationId", "schoolOrganizationId"])
            t.check(sql: "supportOrganizationId <> schoolOrganizationId")
        }
        try db.alter(table: "breachReport") { t in
            t.add(column: "breachId", .integer)
        }
        // RFC 5545 SEQUENCE: raised by every move and the cancellation.
        try db.alter(table: "booking") { t in
            t.add(column: "sequence", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
        }
    }
}
