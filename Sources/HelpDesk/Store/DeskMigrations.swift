import GRDB

/// The help desk's tables, beside the journal's in the same file. Frozen once landed: change the
/// schema by adding a migration. Raw table names only.
enum DeskMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("helpdesk v1 timetables, bookings, trainings, rollout", migrate: createCalendarSide)
        migrator.registerMigration("helpdesk v2 tickets", migrate: TicketMigration.create)
        migrator.registerMigration("helpdesk v3 breach reports", migrate: TicketMigration.createBreachReports)
        migrator.registerMigration(
            "helpdesk v4 who serves which school, breach reports tied to the journal's", migrate: ServiceMigration.create)
        migrator.registerMigration("helpdesk v5 outbox, mail preferences, service runs", migrate: OutboxMigration.create)
        migrator.registerMigration("helpdesk v6 mail in, ticket attachments", migrate: InboundMailMigration.create)
        migrator.registerMigration("helpdesk v7 knowledge base", migrate: KnowledgeMigration.create)
        migrator.registerMigration("helpdesk v8 canned replies", migrate: CannedReplyMigration.create)
        migrator.registerMigration("helpdesk v9 merged and linked tickets, incidents, ratings", migrate: TicketLinkMigration.create)
        migrator.registerMigration("helpdesk v10 answers to consultation invitations", migrate: CalendarReplyMigration.create)
        return migrator
    }

    private static func createCalendarSide(_ db: Database) throws {
        // The timetable in use, as the text of its file: a corrected file replaces it only whole.
        try db.create(table: "supportSchedule") { t in
            t.primaryKey("organizationCode", .text).check { length($0) > 0 }
            t.column("fileName", .text).notNull()
            t.column("source", .text).notNull()
            t.column("loadedAt", .datetime).notNull()
        }
        try db.create(table: "deskSettings") { t in
            t.primaryKey("organizationId", .integer).references("organization", onDelete: .cascade)
            t.column("noticeMinutes", .integer).notNull().defaults(to: 60).check { $0 >= 0 && $0 <= 10080 }
            t.column("horizonDays", .integer).notNull().defaults(to: 28).check { $0 >= 1 && $0 <= 366 }
        }
        try db.create(table: "booking") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.belongsTo("requester", inTable: "person", onDelete: .cascade).notNull()
            t.column("responsible", .text).notNull().check { length($0) > 0 }
            t.column("helpKind", .text).notNull().check(sql: "helpKind IN ('technical', 'methodological', 'any')")
            t.column("topic", .text).notNull().check { length($0) > 0 && length($0) <= 300 }
            t.column("room", .text)
            t.column("start", .datetime).notNull()
            t.column("end", .datetime).notNull()
            t.column("state", .text).notNull().check(sql: "state IN ('booked', 'cancelled')")
            t.column("createdAt", .datetime).notNull()
            t.column("movedFrom", .datetime)
            t.column("cancelledAt", .datetime)
            t.belongsTo("cancelledBy", inTable: "person", onDelete: .setNull)
            t.column("cancelReason", .text)
            t.check(sql: "start < \"end\"")
            t.check(sql: "(state = 'cancelled') = (cancelReason IS NOT NULL)")
        }
        try db.create(index: "booking_on_responsible", on: "booking", columns: ["organizationId", "responsible", "start"])
        try db.create(index: "booking_on_requester", on: "booking", columns: ["requesterId", "start"])
        try db.create(table: "training") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("topic", .text).notNull().check { length($0) > 0 && length($0) <= 300 }
            t.column("audience", .text).notNull().check(sql: "audience IN ('teachers', 'guardians', 'students')")
            t.column("gradeBand", .text).check(sql: "gradeBand IN ('2-4', '5-9', '10-11')")
            t.column("format", .text).notNull().check(sql: "format IN ('training', 'seminar')")
            t.column("date", .text).notNull()
            t.column("start", .text).notNull()
            t.column("end", .text).notNull()
            t.column("room", .text)
            t.column("trainer", .text).notNull().check { length($0) > 0 }
            t.column("capacity", .integer).notNull().check { $0 >= 1 && $0 <= 1000 }
            t.column("cancelled", .boolean).notNull().defaults(to: false)
            t.check(sql: "start < \"end\"")
            t.check(sql: "gradeBand IS NULL OR audience = 'teachers'")
        }
        try db.create(index: "training_on_date", on: "training", columns: ["organizationId", "date"])
        try db.create(table: "trainingRegistration") { t in
            t.belongsTo("training", onDelete: .cascade).notNull()
            t.belongsTo("person", onDelete: .cascade).notNull()
            t.column("registeredAt", .datetime).notNull()
            t.column("attended", .boolean)
            t.primaryKey(["trainingId", "personId"])
        }
        try db.create(table: "rolloutTask") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("number", .integer).notNull().check { $0 >= 1 }
            t.column("title", .text).notNull().check { length($0) > 0 && length($0) <= 1000 }
            t.column("deadlineText", .text).notNull()
            t.column("deadline", .text)
            t.column("responsible", .text).notNull()
            t.column("state", .text).notNull().check(sql: "state IN ('planned', 'inProgress', 'done', 'cancelled')")
            t.column("doneOn", .text)
            t.column("note", .text)
            t.uniqueKey(["organizationId", "number"])
            t.check(sql: "(state = 'done') = (doneOn IS NOT NULL)")
        }
    }
}
