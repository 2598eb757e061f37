import JournalCore

/// Tickets, their history and their time targets (H-TICKET-1 … H-TICKET-3). Frozen once landed.
enum TicketMigration {
    /// H-CRED-3: when a leak was discovered and reported, and whether the report came late.
    static let breachReports: [StoreStatement] = [
        """
        CREATE TABLE "breachReport" (\
        "ticketId" INTEGER PRIMARY KEY REFERENCES "ticket"("id") ON DELETE CASCADE, \
        "accountId" INTEGER NOT NULL REFERENCES "account"("id") ON DELETE CASCADE, \
        "discoveredAt" DATETIME NOT NULL, \
        "reportedAt" DATETIME NOT NULL, \
        "late" BOOLEAN NOT NULL, \
        "invalidatedEntries" INTEGER NOT NULL, \
        "voidedMarks" INTEGER NOT NULL, \
        CHECK (discoveredAt <= reportedAt))
        """,
        #"CREATE INDEX "breachReport_on_accountId" ON "breachReport"("accountId")"#,
    ]

    /// Helpdesk v2: tickets, their history, their time targets.
    static let tickets: [StoreStatement] = [
        // "id" AUTOINCREMENT: a number is never given twice, even after the last ticket is deleted.
        """
        CREATE TABLE "ticket" (\
        "id" INTEGER PRIMARY KEY AUTOINCREMENT, \
        "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, \
        "kind" TEXT NOT NULL CHECK (kind IN ('help', 'credentialReset', 'breach')), \
        "priority" TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')), \
        "state" TEXT NOT NULL CHECK (state IN ('new', 'assigned', 'inProgress', 'waiting', 'resolved', 'closed')), \
        "requesterLogin" TEXT NOT NULL CHECK (LENGTH("requesterLogin") > 0), \
        "requesterIdentifier" INTEGER NOT NULL, \
        "requesterRole" TEXT NOT NULL, \
        "requesterAccountId" INTEGER REFERENCES "account"("id") ON DELETE SET NULL, \
        "verified" BOOLEAN NOT NULL, \
        "contact" TEXT, \
        "topic" TEXT NOT NULL CHECK ((LENGTH("topic") > 0) AND (LENGTH("topic") <= 300)), \
        "helpKind" TEXT NOT NULL CHECK (helpKind IN ('technical', 'methodological', 'any')), \
        "description" TEXT NOT NULL, \
        "schoolClassId" INTEGER REFERENCES "schoolClass"("id") ON DELETE SET NULL, \
        "lessonId" INTEGER REFERENCES "lesson"("id") ON DELETE SET NULL, \
        "markId" INTEGER REFERENCES "mark"("id") ON DELETE SET NULL, \
        "assignee" TEXT, \
        "assigneePersonId" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, \
        "vendorReference" TEXT, \
        "createdAt" DATETIME NOT NULL, \
        "createdById" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, \
        "firstResponseAt" DATETIME, \
        "resolvedAt" DATETIME, \
        "closedAt" DATETIME)
        """,
        #"CREATE INDEX "ticket_on_organizationId" ON "ticket"("organizationId")"#,
        #"CREATE INDEX "ticket_on_requesterAccountId" ON "ticket"("requesterAccountId")"#,
        #"CREATE INDEX "ticket_on_schoolClassId" ON "ticket"("schoolClassId")"#,
        #"CREATE INDEX "ticket_on_lessonId" ON "ticket"("lessonId")"#,
        #"CREATE INDEX "ticket_on_markId" ON "ticket"("markId")"#,
        #"CREATE INDEX "ticket_on_assigneePersonId" ON "ticket"("assigneePersonId")"#,
        #"CREATE INDEX "ticket_on_createdById" ON "ticket"("createdById")"#,
        #"CREATE INDEX "ticket_on_state" ON "ticket"("organizationId", "state")"#,
        #"CREATE INDEX "ticket_on_login" ON "ticket"("requesterLogin")"#,
        """
        CREATE TABLE "ticketEvent" (\
        "id" INTEGER PRIMARY KEY AUTOINCREMENT, \
        "ticketId" INTEGER NOT NULL REFERENCES "ticket"("id") ON DELETE CASCADE, \
        "at" DATETIME NOT NULL, \
        "actorId" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, \
        "kind" TEXT NOT NULL CHECK (kind IN ('created', 'assigned', 'state', 'reply', 'note', 'vendor', \
        'identityCheck', 'handover', 'refused')), \
        "fromState" TEXT, \
        "toState" TEXT, \
        "text" TEXT, \
        "isPublic" BOOLEAN NOT NULL)
        """,
        #"CREATE INDEX "ticketEvent_on_ticketId" ON "ticketEvent"("ticketId")"#,
        #"CREATE INDEX "ticketEvent_on_actorId" ON "ticketEvent"("actorId")"#,
        #"CREATE INDEX "ticketEvent_on_ticket" ON "ticketEvent"("ticketId", "at")"#,
        """
        CREATE TABLE "ticketTarget" (\
        "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, \
        "kind" TEXT NOT NULL, \
        "priority" TEXT NOT NULL, \
        "firstResponseMinutes" INTEGER NOT NULL CHECK ("firstResponseMinutes" > 0), \
        "resolutionMinutes" INTEGER NOT NULL CHECK ("resolutionMinutes" > 0), \
        PRIMARY KEY ("organizationId", "kind", "priority"))
        """,
        #"CREATE INDEX "ticketTarget_on_organizationId" ON "ticketTarget"("organizationId")"#,
    ]
}
