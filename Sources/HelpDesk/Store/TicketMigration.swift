import GRDB

/// Tickets, their history and their time targets (H-TICKET-1 … H-TICKET-3). Frozen once landed.
enum TicketMigration {
    /// H-CRED-3: when a leak was discovered and reported, and whether the report came late.
    static func createBreachReports(_ db: Database) throws {
        try db.create(table: "breachReport") { t in
            t.primaryKey("ticketId", .integer).references("ticket", onDelete: .cascade)
            t.belongsTo("account", onDelete: .cascade).notNull()
            t.column("discoveredAt", .datetime).notNull()
            t.column("reportedAt", .datetime).notNull()
            t.column("late", .boolean).notNull()
            t.column("invalidatedEntries", .integer).notNull()
            t.column("voidedMarks", .integer).notNull()
            t.check(sql: "discoveredAt <= reportedAt")
        }
    }

    static func create(_ db: Database) throws {
        try db.create(table: "ticket") { t in
            // AUTOINCREMENT: a number is never given twice, even after the last ticket is deleted.
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("kind", .text).notNull().check(sql: "kind IN ('help', 'credentialReset', 'breach')")
            t.column("priority", .text).notNull().check(sql: "priority IN ('low', 'normal', 'high', 'urgent')")
            t.column("state", .text).notNull().check(sql: "state IN ('new', 'assigned', 'inProgress', 'waiting', 'resolved', 'closed')")
            t.column("requesterLogin", .text).notNull().check { length($0) > 0 }
            t.column("requesterIdentifier", .integer).notNull()
            t.column("requesterRole", .text).notNull()
            t.belongsTo("requesterAccount", inTable: "account", onDelete: .setNull)
            t.column("verified", .boolean).notNull()
            t.column("contact", .text)
            t.column("topic", .text).notNull().check { length($0) > 0 && length($0) <= 300 }
            t.column("helpKind", .text).notNull().check(sql: "helpKind IN ('technical', 'methodological', 'any')")
            t.column("description", .text).notNull()
            t.belongsTo("schoolClass", inTable: "schoolClass", onDelete: .setNull)
            t.belongsTo("lesson", onDelete: .setNull)
            t.belongsTo("mark", onDelete: .setNull)
            t.column("assignee", .text)
            t.belongsTo("assigneePerson", inTable: "person", onDelete: .setNull)
            t.column("vendorReference", .text)
            t.column("createdAt", .datetime).notNull()
            t.belongsTo("createdBy", inTable: "person", onDelete: .setNull)
            t.column("firstResponseAt", .datetime)
            t.column("resolvedAt", .datetime)
            t.column("closedAt", .datetime)
        }
        try db.create(index: "ticket_on_state", on: "ticket", columns: ["organizationId", "state"])
        try db.create(index: "ticket_on_login", on: "ticket", columns: ["requesterLogin"])
        try db.create(table: "ticketEvent") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("ticket", onDelete: .cascade).notNull()
            t.column("at", .datetime).notNull()
            t.belongsTo("actor", inTable: "person", onDelete: .setNull)
            t.column("kind", .text).notNull()
                .check(sql: "kind IN ('created', 'assigned', 'state', 'reply', 'note', 'vendor', 'identityCheck', 'handover', 'refused')")
            t.column("fromState", .text)
            t.column("toState", .text)
            t.column("text", .text)
            t.column("isPublic", .boolean).notNull()
        }
        try db.create(index: "ticketEvent_on_ticket", on: "ticketEvent", columns: ["ticketId", "at"])
        try db.create(table: "ticketTarget") { t in
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("kind", .text).notNull()
            t.column("priority", .text).notNull()
            t.column("firstResponseMinutes", .integer).notNull().check { $0 > 0 }
            t.column("resolutionMinutes", .integer).notNull().check { $0 > 0 }
            t.primaryKey(["organizationId", "kind", "priority"])
        }
    }
}
