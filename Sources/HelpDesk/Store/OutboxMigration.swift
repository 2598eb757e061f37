import JournalCore

/// Migration helpdesk v5: the outbox and what people asked of the mail; the service's runs.
/// Frozen once landed.
enum OutboxMigration {
    static let statements: [StoreStatement] = [
        """
        CREATE TABLE "outboxMessage" (\
        "id" INTEGER PRIMARY KEY AUTOINCREMENT, \
        "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, \
        "personId" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, \
        "address" TEXT NOT NULL CHECK ((LENGTH("address") > 2) AND (LENGTH("address") <= 254)), \
        "language" TEXT NOT NULL CHECK (language IN ('ru', 'en')), \
        "notice" TEXT NOT NULL, \
        "dedupeKey" TEXT UNIQUE, \
        "ticketId" INTEGER REFERENCES "ticket"("id") ON DELETE SET NULL, \
        "messageToken" TEXT NOT NULL UNIQUE, \
        "createdAt" DATETIME NOT NULL, \
        "dueAt" DATETIME NOT NULL, \
        "state" TEXT NOT NULL CHECK (state IN ('queued', 'handing', 'sent', 'abandoned')), \
        "attempts" INTEGER NOT NULL DEFAULT 0, \
        "lastError" TEXT, \
        "handedAt" DATETIME, \
        "sentAt" DATETIME, \
        CHECK ((state = 'sent') = (sentAt IS NOT NULL)))
        """,
        #"CREATE INDEX "outboxMessage_on_organizationId" ON "outboxMessage"("organizationId")"#,
        #"CREATE INDEX "outboxMessage_on_personId" ON "outboxMessage"("personId")"#,
        #"CREATE INDEX "outboxMessage_on_ticketId" ON "outboxMessage"("ticketId")"#,
        #"CREATE INDEX "outboxMessage_due" ON "outboxMessage"("state", "dueAt")"#,
        """
        CREATE TABLE "mailPreference" (\
        "personId" INTEGER PRIMARY KEY REFERENCES "person"("id") ON DELETE CASCADE, \
        "language" TEXT NOT NULL CHECK (language IN ('ru', 'en')), \
        "digest" TEXT NOT NULL CHECK (digest IN ('none', 'email', 'paper')), \
        "messageCopies" BOOLEAN NOT NULL, \
        "unsubscribeToken" TEXT NOT NULL UNIQUE)
        """,
        """
        CREATE TABLE "mailSettings" (\
        "id" INTEGER PRIMARY KEY CHECK ("id" = 1), \
        "fromAddress" TEXT, \
        "sendmail" TEXT)
        """,
        """
        CREATE TABLE "serviceRun" (\
        "job" TEXT PRIMARY KEY NOT NULL CHECK (job IN ('notify', 'backup', 'mailIn')), \
        "startedAt" DATETIME NOT NULL, \
        "finishedAt" DATETIME, \
        "succeeded" BOOLEAN NOT NULL, \
        "summary" TEXT)
        """,
    ]
}
