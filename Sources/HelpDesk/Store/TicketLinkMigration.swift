import JournalCore

/// Migration helpdesk v9: tickets merged, linked and gathered under an incident, and the
/// requester's rating of an answer. The history learns the new events: SQLite cannot widen a
/// CHECK, so `ticketEvent` is rebuilt with every row kept, and gains the other ticket an event
/// names. Frozen once landed.
enum TicketLinkMigration {
    static let statements: [StoreStatement] = [
        // The list of kinds keeps the line break it landed with (after 'refused',).
        """
        CREATE TABLE "ticketEventNew" (\
        "id" INTEGER PRIMARY KEY AUTOINCREMENT, \
        "ticketId" INTEGER NOT NULL REFERENCES "ticket"("id") ON DELETE CASCADE, \
        "at" DATETIME NOT NULL, \
        "actorId" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, \
        "kind" TEXT NOT NULL CHECK (kind IN ('created', 'assigned', 'state', 'reply', 'note', 'vendor', \
        'identityCheck', 'handover', 'refused',
        'merged', 'mergedInto', 'linked', 'unlinked', 'incident', 'incidentChild', 'rated')), \
        "fromState" TEXT, \
        "toState" TEXT, \
        "text" TEXT, \
        "isPublic" BOOLEAN NOT NULL, \
        "otherTicketId" INTEGER REFERENCES "ticket"("id") ON DELETE SET NULL)
        """,
        #"CREATE INDEX "ticketEventNew_on_ticketId" ON "ticketEventNew"("ticketId")"#,
        #"CREATE INDEX "ticketEventNew_on_actorId" ON "ticketEventNew"("actorId")"#,
        """
        INSERT INTO ticketEventNew (id, ticketId, at, actorId, kind, fromState, toState, text, isPublic)
        SELECT id, ticketId, at, actorId, kind, fromState, toState, text, isPublic FROM ticketEvent ORDER BY id
        """,
        "DROP TABLE ticketEvent",
        "ALTER TABLE ticketEventNew RENAME TO ticketEvent",
        #"CREATE INDEX "ticketEvent_on_ticket" ON "ticketEvent"("ticketId", "at")"#,
        #"ALTER TABLE "ticket" ADD COLUMN "isIncident" BOOLEAN NOT NULL DEFAULT 0"#,
        // A ticket belongs to at most one other: the one it was merged into, or its incident.
        // Related tickets are linked both ways by one row.
        """
        CREATE TABLE "ticketLink" (\
        "ticketId" INTEGER NOT NULL REFERENCES "ticket"("id") ON DELETE CASCADE, \
        "linkedTicketId" INTEGER NOT NULL REFERENCES "ticket"("id") ON DELETE CASCADE, \
        "kind" TEXT NOT NULL CHECK (kind IN ('merged', 'incident', 'related')), \
        "at" DATETIME NOT NULL, \
        "linkedBy" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, \
        PRIMARY KEY ("ticketId", "linkedTicketId"), \
        CHECK (ticketId <> linkedTicketId))
        """,
        #"CREATE INDEX "ticketLink_on_ticketId" ON "ticketLink"("ticketId")"#,
        #"CREATE INDEX "ticketLink_on_linkedTicketId" ON "ticketLink"("linkedTicketId")"#,
        #"CREATE UNIQUE INDEX ticketLink_parent ON ticketLink(ticketId) WHERE kind IN ('merged', 'incident')"#,
        #"CREATE INDEX "ticketLink_on_linked" ON "ticketLink"("linkedTicketId")"#,
        """
        CREATE TABLE "ticketRating" (\
        "ticketId" INTEGER PRIMARY KEY REFERENCES "ticket"("id") ON DELETE CASCADE, \
        "rating" INTEGER NOT NULL CHECK (("rating" >= 1) AND ("rating" <= 5)), \
        "comment" TEXT CHECK (LENGTH("comment") <= 2000), \
        "ratedAt" DATETIME NOT NULL, \
        "byMail" BOOLEAN NOT NULL)
        """,
    ]
}
