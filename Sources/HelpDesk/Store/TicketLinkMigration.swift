import Foundation
import GRDB

/// Migration helpdesk v9: tickets merged, linked and gathered under an incident, and the
/// requester's rating of an answer. The history learns the new events: SQLite cannot widen a
/// CHECK, so `ticketEvent` is rebuilt with every row kept, and gains the other ticket an event
/// names. Frozen once landed.
enum TicketLinkMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "ticketEventNew") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("ticket", onDelete: .cascade).notNull()
            t.column("at", .datetime).notNull()
            t.belongsTo("actor", inTable: "person", onDelete: .setNull)
            t.column("kind", .text).notNull()
                .check(
                    sql: """
                        kind IN ('created', 'assigned', 'state', 'reply', 'note', 'vendor', 'identityCheck', 'handover', 'refused',
                        'merged', 'mergedInto', 'linked', 'unlinked', 'incident', 'incidentChild', 'rated')
                        """)
            t.column("fromState", .text)
            t.column("toState", .text)
            t.column("text", .text)
            t.column("isPublic", .boolean).notNull()
            t.column("otherTicketId", .integer).references("ticket", onDelete: .setNull)
        }
        try db.execute(
            sql: """
                INSERT INTO ticketEventNew (id, ticketId, at, actorId, kind, fromState, toState, text, isPublic)
                SELECT id, ticketId, at, actorId, kind, fromState, toState, text, isPublic FROM ticketEvent ORDER BY id;
                DROP TABLE ticketEvent;
                ALTER TABLE ticketEventNew RENAME TO ticketEvent;
                """)
        try db.create(index: "ticketEvent_on_ticket", on: "ticketEvent", columns: ["ticketId", "at"])
        try db.alter(table: "ticket") { t in
            t.add(column: "isIncident", .boolean).notNull().defaults(to: false)
        }
        // A ticket belongs to at most one other: the one it was merged into, or its incident.
        // Related tickets are linked both ways by one row.
        try db.create(table: "ticketLink") { t in
            t.belongsTo("ticket", onDelete: .cascade).notNull()
            t.belongsTo("linkedTicket", inTable: "ticket", onDelete: .cascade).notNull()
            t.column("kind", .text).notNull().check(sql: "kind IN ('merged', 'incident', 'related')")
            t.column("at", .datetime).notNull()
            t.column("linkedBy", .integer).references("person", onDelete: .setNull)
            t.primaryKey(["ticketId", "linkedTicketId"])
            t.check(sql: "ticketId <> linkedTicketId")
        }
        try db.execute(sql: "CREATE UNIQUE INDEX ticketLink_parent ON ticketLink(ticketId) WHERE kind IN ('merged', 'incident')")
        try db.create(index: "ticketLink_on_linked", on: "ticketLink", columns: ["linkedTicketId"])
        try db.create(table: "ticketRating") { t in
            t.primaryKey("ticketId", .integer).references("ticket", onDelete: .cascade)
            t.column("rating", .integer).notNull().check { $0 >= 1 && $0 <= 5 }
            t.column("comment", .text).check { length($0) <= 2000 }
            t.column("ratedAt", .datetime).notNull()
            t.column("byMail", .boolean).notNull()
        }
    }
}
