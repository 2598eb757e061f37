import JournalCore

/// Migration helpdesk v6: the mail that came in, held or answered, and the files tickets carry.
/// Frozen once landed.
enum InboundMailMigration {
    static let statements: [StoreStatement] = [
        """
        CREATE TABLE "inboundMail" (\
        "id" INTEGER PRIMARY KEY AUTOINCREMENT, \
        "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, \
        "messageId" TEXT UNIQUE, \
        "address" TEXT NOT NULL, \
        "subject" TEXT NOT NULL, \
        "text" TEXT NOT NULL, \
        "receivedAt" DATETIME NOT NULL, \
        "outcome" TEXT NOT NULL CHECK (outcome IN ('reply', 'opened', 'held', 'taken', 'unsubscribed', 'ignored')), \
        "ticketId" INTEGER REFERENCES "ticket"("id") ON DELETE SET NULL)
        """,
        #"CREATE INDEX "inboundMail_on_organizationId" ON "inboundMail"("organizationId")"#,
        #"CREATE INDEX "inboundMail_on_ticketId" ON "inboundMail"("ticketId")"#,
        #"CREATE INDEX "inboundMail_held" ON "inboundMail"("outcome", "organizationId")"#,
        // "data": nil when the file was over the limit: listed, not kept.
        """
        CREATE TABLE "ticketAttachment" (\
        "id" INTEGER PRIMARY KEY AUTOINCREMENT, \
        "ticketId" INTEGER REFERENCES "ticket"("id") ON DELETE CASCADE, \
        "inboundMailId" INTEGER REFERENCES "inboundMail"("id") ON DELETE CASCADE, \
        "fileName" TEXT NOT NULL CHECK ((LENGTH("fileName") > 0) AND (LENGTH("fileName") <= 200)), \
        "contentType" TEXT NOT NULL, \
        "size" INTEGER NOT NULL, \
        "data" BLOB, \
        "receivedAt" DATETIME NOT NULL, \
        CHECK (ticketId IS NOT NULL OR inboundMailId IS NOT NULL))
        """,
        #"CREATE INDEX "ticketAttachment_on_ticketId" ON "ticketAttachment"("ticketId")"#,
        #"CREATE INDEX "ticketAttachment_on_inboundMailId" ON "ticketAttachment"("inboundMailId")"#,
        #"CREATE INDEX "ticketAttachment_on_ticket" ON "ticketAttachment"("ticketId")"#,
    ]
}
