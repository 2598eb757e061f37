import JournalCore

/// Migration helpdesk v8: canned replies, with the common ones shipped in both languages.
/// Frozen once landed.
enum CannedReplyMigration {
    /// The table, then the shipped replies.
    static var statements: [StoreStatement] { table + shippedRows }

    /// The shipped replies, the same statements on either engine.
    static var shippedRows: [StoreStatement] { SeedReplies.all.map(shipped) }

    private static let table: [StoreStatement] = [
        """
        CREATE TABLE "cannedReply" (\
        "id" INTEGER PRIMARY KEY AUTOINCREMENT, \
        "organizationId" INTEGER REFERENCES "organization"("id") ON DELETE CASCADE, \
        "name" TEXT NOT NULL CHECK ((LENGTH("name") > 0) AND (LENGTH("name") <= 40)), \
        "language" TEXT NOT NULL CHECK (language IN ('ru', 'en')), \
        "text" TEXT NOT NULL CHECK ((LENGTH("text") > 0) AND (LENGTH("text") <= 4000)), \
        "writtenBy" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, \
        "writtenAt" DATETIME NOT NULL)
        """,
        #"CREATE INDEX "cannedReply_on_organizationId" ON "cannedReply"("organizationId")"#,
        #"CREATE UNIQUE INDEX cannedReplyName ON cannedReply(IFNULL(organizationId, 0), name COLLATE NOCASE, language)"#,
    ]

    /// A shipped reply: for every school the desk serves, written by nobody (NULL).
    private static func shipped(_ seed: (name: String, language: Language, text: String)) -> StoreStatement {
        StoreStatement(
            "INSERT INTO cannedReply (name, language, text, writtenAt) VALUES (?, ?, ?, ?)",
            [seed.name, seed.language.rawValue, seed.text, DeskMigrations.shippedAt])
    }
}
