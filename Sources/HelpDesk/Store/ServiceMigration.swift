import JournalCore

/// Migration helpdesk v4: which support organization serves which school (a regional desk, like
/// the vendor's support of seed 002), and each breach report tied to the journal's record of it.
/// Frozen once landed.
enum ServiceMigration {
    static let statements: [StoreStatement] = [
        """
        CREATE TABLE "deskService" (\
        "supportOrganizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, \
        "schoolOrganizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, \
        PRIMARY KEY ("supportOrganizationId", "schoolOrganizationId"), \
        CHECK (supportOrganizationId <> schoolOrganizationId))
        """,
        #"CREATE INDEX "deskService_on_supportOrganizationId" ON "deskService"("supportOrganizationId")"#,
        #"CREATE INDEX "deskService_on_schoolOrganizationId" ON "deskService"("schoolOrganizationId")"#,
        #"ALTER TABLE "breachReport" ADD COLUMN "breachId" INTEGER"#,
        // RFC 5545 SEQUENCE: raised by every move and the cancellation.
        #"ALTER TABLE "booking" ADD COLUMN "sequence" INTEGER NOT NULL CHECK ("sequence" >= 0) DEFAULT 0"#,
    ]
}
