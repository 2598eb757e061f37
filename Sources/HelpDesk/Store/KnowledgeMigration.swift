import JournalCore

/// Migration helpdesk v7: the knowledge base — articles written by the desk's staff, with the
/// answers the regulations imply shipped in it. Frozen once landed.
enum KnowledgeMigration {
    /// The table, then the shipped articles.
    static var statements: [StoreStatement] { table + shippedRows }

    /// The shipped articles, the same statements on either engine.
    static var shippedRows: [StoreStatement] { SeedArticles.all.map(shipped) }

    private static let table: [StoreStatement] = [
        """
        CREATE TABLE "article" (\
        "id" INTEGER PRIMARY KEY AUTOINCREMENT, \
        "organizationId" INTEGER REFERENCES "organization"("id") ON DELETE CASCADE, \
        "title" TEXT NOT NULL CHECK ((LENGTH("title") > 0) AND (LENGTH("title") <= 200)), \
        "body" TEXT NOT NULL CHECK ((LENGTH("body") > 0) AND (LENGTH("body") <= 8000)), \
        "topics" TEXT NOT NULL CHECK (LENGTH("topics") <= 300) DEFAULT '', \
        "audience" TEXT NOT NULL CHECK (audience IN ('all', 'staff', 'guardians', 'students')), \
        "sourceTicketId" INTEGER REFERENCES "ticket"("id") ON DELETE SET NULL, \
        "writtenBy" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, \
        "writtenAt" DATETIME NOT NULL, \
        "retiredAt" DATETIME, \
        "retiredBy" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, \
        CHECK ((retiredAt IS NULL) = (retiredBy IS NULL)))
        """,
        #"CREATE INDEX "article_on_organizationId" ON "article"("organizationId")"#,
        #"CREATE INDEX "article_on_sourceTicketId" ON "article"("sourceTicketId")"#,
    ]

    /// A shipped article: for every school, from no ticket, written by nobody (NULL).
    private static func shipped(_ seed: (title: String, body: String, topics: String, audience: ArticleAudience)) -> StoreStatement {
        StoreStatement(
            "INSERT INTO article (title, body, topics, audience, writtenAt) VALUES (?, ?, ?, ?, ?)",
            [seed.title, seed.body, seed.topics, seed.audience.rawValue, DeskMigrations.shippedAt])
    }
}
