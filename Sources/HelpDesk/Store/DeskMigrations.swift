import Foundation
import JournalCore

/// The help desk's tables, beside the journal's in the same file. Frozen once landed: change the
/// schema by adding a migration. Raw table names only. Each step is the statements the engine's
/// table builder wrote when it landed, word for word and in its order — with the index it made on
/// each reference (`booking_on_organizationId` …) —, so that a new file gets the schema the files
/// already in schools have (issue 25).
enum DeskMigrations {
    static var migrations: StoreMigrations {
        var migrations = StoreMigrations()
        migrations.add("helpdesk v1 timetables, bookings, trainings, rollout", calendarSide)
        migrations.add("helpdesk v2 tickets", TicketMigration.tickets)
        migrations.add("helpdesk v3 breach reports", TicketMigration.breachReports)
        migrations.add("helpdesk v4 who serves which school, breach reports tied to the journal's", ServiceMigration.statements)
        migrations.add("helpdesk v5 outbox, mail preferences, service runs", OutboxMigration.statements)
        migrations.add("helpdesk v6 mail in, ticket attachments", InboundMailMigration.statements)
        migrations.add("helpdesk v7 knowledge base", KnowledgeMigration.statements)
        migrations.add("helpdesk v8 canned replies", CannedReplyMigration.statements)
        migrations.add("helpdesk v9 merged and linked tickets, incidents, ratings", TicketLinkMigration.statements)
        migrations.add("helpdesk v10 answers to consultation invitations", CalendarReplyMigration.statements)
        migrations.add(
            PostgresStep(
                "helpdesk postgresql v1 the desk as of its SQLite steps v1 to v10",
                script: Bundle.module.url(forResource: "desk", withExtension: "sql", subdirectory: "PostgreSQL"),
                rows: CannedReplyMigration.shippedRows + KnowledgeMigration.shippedRows))
        return migrations
    }

    /// When the rows shipped with the product were written: 1 September 2026, 00:00 UTC.
    static let shippedAt = Date(timeIntervalSince1970: 1_788_220_800)

    /// Helpdesk v1: the desk's timetables and settings, consultations booked, trainings and their
    /// registrations, the rollout plan.
    private static let calendarSide: [StoreStatement] = [
        // The timetable in use, as the text of its file: a corrected file replaces it only whole.
        """
        CREATE TABLE "supportSchedule" (\
        "organizationCode" TEXT PRIMARY KEY NOT NULL CHECK (LENGTH("organizationCode") > 0), \
        "fileName" TEXT NOT NULL, \
        "source" TEXT NOT NULL, \
        "loadedAt" DATETIME NOT NULL)
        """,
        """
        CREATE TABLE "deskSettings" (\
        "organizationId" INTEGER PRIMARY KEY REFERENCES "organization"("id") ON DELETE CASCADE, \
        "noticeMinutes" INTEGER NOT NULL CHECK (("noticeMinutes" >= 0) AND ("noticeMinutes" <= 10080)) DEFAULT 60, \
        "horizonDays" INTEGER NOT NULL CHECK (("horizonDays" >= 1) AND ("horizonDays" <= 366)) DEFAULT 28)
        """,
        """
        CREATE TABLE "booking" (\
        "id" INTEGER PRIMARY KEY AUTOINCREMENT, \
        "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, \
        "requesterId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, \
        "responsible" TEXT NOT NULL CHECK (LENGTH("responsible") > 0), \
        "helpKind" TEXT NOT NULL CHECK (helpKind IN ('technical', 'methodological', 'any')), \
        "topic" TEXT NOT NULL CHECK ((LENGTH("topic") > 0) AND (LENGTH("topic") <= 300)), \
        "room" TEXT, \
        "start" DATETIME NOT NULL, \
        "end" DATETIME NOT NULL, \
        "state" TEXT NOT NULL CHECK (state IN ('booked', 'cancelled')), \
        "createdAt" DATETIME NOT NULL, \
        "movedFrom" DATETIME, \
        "cancelledAt" DATETIME, \
        "cancelledById" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, \
        "cancelReason" TEXT, \
        CHECK (start < "end"), \
        CHECK ((state = 'cancelled') = (cancelReason IS NOT NULL)))
        """,
        #"CREATE INDEX "booking_on_organizationId" ON "booking"("organizationId")"#,
        #"CREATE INDEX "booking_on_requesterId" ON "booking"("requesterId")"#,
        #"CREATE INDEX "booking_on_cancelledById" ON "booking"("cancelledById")"#,
        #"CREATE INDEX "booking_on_responsible" ON "booking"("organizationId", "responsible", "start")"#,
        #"CREATE INDEX "booking_on_requester" ON "booking"("requesterId", "start")"#,
        """
        CREATE TABLE "training" (\
        "id" INTEGER PRIMARY KEY AUTOINCREMENT, \
        "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, \
        "topic" TEXT NOT NULL CHECK ((LENGTH("topic") > 0) AND (LENGTH("topic") <= 300)), \
        "audience" TEXT NOT NULL CHECK (audience IN ('teachers', 'guardians', 'students')), \
        "gradeBand" TEXT CHECK (gradeBand IN ('2-4', '5-9', '10-11')), \
        "format" TEXT NOT NULL CHECK (format IN ('training', 'seminar')), \
        "date" TEXT NOT NULL, \
        "start" TEXT NOT NULL, \
        "end" TEXT NOT NULL, \
        "room" TEXT, \
        "trainer" TEXT NOT NULL CHECK (LENGTH("trainer") > 0), \
        "capacity" INTEGER NOT NULL CHECK (("capacity" >= 1) AND ("capacity" <= 1000)), \
        "cancelled" BOOLEAN NOT NULL DEFAULT 0, \
        CHECK (start < "end"), \
        CHECK (gradeBand IS NULL OR audience = 'teachers'))
        """,
        #"CREATE INDEX "training_on_organizationId" ON "training"("organizationId")"#,
        #"CREATE INDEX "training_on_date" ON "training"("organizationId", "date")"#,
        """
        CREATE TABLE "trainingRegistration" (\
        "trainingId" INTEGER NOT NULL REFERENCES "training"("id") ON DELETE CASCADE, \
        "personId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, \
        "registeredAt" DATETIME NOT NULL, \
        "attended" BOOLEAN, \
        PRIMARY KEY ("trainingId", "personId"))
        """,
        #"CREATE INDEX "trainingRegistration_on_trainingId" ON "trainingRegistration"("trainingId")"#,
        #"CREATE INDEX "trainingRegistration_on_personId" ON "trainingRegistration"("personId")"#,
        """
        CREATE TABLE "rolloutTask" (\
        "id" INTEGER PRIMARY KEY AUTOINCREMENT, \
        "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, \
        "number" INTEGER NOT NULL CHECK ("number" >= 1), \
        "title" TEXT NOT NULL CHECK ((LENGTH("title") > 0) AND (LENGTH("title") <= 1000)), \
        "deadlineText" TEXT NOT NULL, \
        "deadline" TEXT, \
        "responsible" TEXT NOT NULL, \
        "state" TEXT NOT NULL CHECK (state IN ('planned', 'inProgress', 'done', 'cancelled')), \
        "doneOn" TEXT, \
        "note" TEXT, \
        UNIQUE ("organizationId", "number"), \
        CHECK ((state = 'done') = (doneOn IS NOT NULL)))
        """,
        #"CREATE INDEX "rolloutTask_on_organizationId" ON "rolloutTask"("organizationId")"#,
    ]
}
