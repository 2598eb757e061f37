import Foundation
import GRDB
import Testing

@testable import JournalCore

/// J-ARCH-2 on every table (issue 24): a change behind the product to any table the journal's
/// rules rest on is named by `audit verify`; the list comes from the schema itself, so a new
/// table is either sealed or exempted here with its reason.
@Suite struct SealCoverageTests {
    /// Tables not sealed, each with why: the audit chain itself and what the program keeps for its
    /// own running. The help desk's tables are held to the same in HelpDesk's `DeskSealTests`.
    static let exempt: [String: String] = [
        "auditEntry": "the chain itself", "auditHead": "the chain's head", "auditInvalidation": "marks entries of the chain",
        "maintenance": "the program's own flags", "grdb_migrations": "the schema's history", "sqlite_sequence": "SQLite's own",
        "sqlite_stat1": "the planner's statistics", "loginThrottle": "back-off counters", "loginFailure": "back-off counters",
        "journalVisit": "first logins of the day, counted, never a rule", "messageRecipient": "read receipts change on reading",
        "breachUndo": "what a breach took out, kept for its withdrawal", "calendarDay": "the shipped production calendar",
        "shortenedDay": "the shipped production calendar", "backupLog": "the backups' log", "serviceRun": "the timers' log",
    ]

    /// The SQL table a sealed table reads.
    static func sqlTable(_ table: SealedTable) -> String { table == .roles ? "personRole" : table.rawValue }

    @Test("J-ARCH-2: every table of the schema is sealed or exempted with its reason")
    func everyTableIsSealedOrExempted() throws {
        let database = try AppDatabase.inMemory()
        let tables = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        let sealed = Set(SealedTable.allCases.map(Self.sqlTable))
        let loose = tables.filter { !sealed.contains($0) && Self.exempt[$0] == nil }
        #expect(loose.isEmpty, "neither sealed nor exempted: \(loose)")
    }

    @Test("J-ARCH-2: a row deleted behind the product from any sealed table is named by audit verify")
    func aRowDeletedFromAnySealedTableIsNamed() throws {
        let journal = Journal(
            database: try AppDatabase.inMemory(), clock: FixedClock(DemoSchoolTests.wednesday), hasher: .fastForTests)
        try journal.loadDemo()
        let admin = try journal.authenticate(login: "admin", password: DemoSchool.password)
        let zavuch = try journal.authenticate(login: "zavuch", password: DemoSchool.password)
        let klruk = try journal.authenticate(login: "klruk", password: DemoSchool.password)
        // Rows of the tables the demo leaves empty, made through the product.
        _ = try journal.updateJournalSettings(admin, allowsMarkOne: true)
        try journal.setWorkWeight(admin, .test, weight: 3)
        let pupil = try #require(try journal.diaryStudents(try journal.authenticate(login: "parent", password: DemoSchool.password)).first)
        let pupilId = try #require(pupil.person.id)
        _ = try journal.addToRiskGroup(klruk, studentId: pupilId, reason: "пропуски")
        _ = try journal.recordConsent(klruk, studentId: pupilId, consentOn: LocalDate(parsing: "2026-09-01"), access: nil, accessOn: nil)
        _ = try journal.sendMessage(zavuch, to: [klruk.personId], subject: "Совещание", text: "В четверг в 15:00")
        _ = try journal.issueCredentials(admin, account: "student")
        let teachers = try journal.read { db in try db.values(Int64.self, "SELECT teacherId FROM lesson GROUP BY teacherId LIMIT 2") }
        _ = try journal.logSubstitution(
            zavuch, absentTeacherId: teachers[0], substituteId: teachers[1], from: LocalDate(parsing: "2026-12-03")!,
            to: LocalDate(parsing: "2026-12-04")!)
        #expect(try journal.verifyAudit(admin).problems.isEmpty)

        // Behind the product, as the sqlite3 tool would (no foreign keys enforced): one row out of
        // each sealed table that has one.
        var touched: [String] = []
        try journal.database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            // Rows that others join through (a year, a person) go last, so that each table's row is still found.
            for table in SealedTable.allCases.reversed() {
                // The demo school's last row of the table.
                let last =
                    table == .roles
                    ? "SELECT MAX(r.rowid) FROM personRole r JOIN person p ON p.id = r.personId WHERE p.organizationId = ?"
                    : "SELECT MAX(t.rowid) FROM \(table.source) WHERE \(table.organization) = ?"
                guard let rowid = try Int64.fetchOne(db, sql: last, arguments: [admin.organizationId]) else { continue }
                try db.execute(sql: "DELETE FROM \(Self.sqlTable(table)) WHERE rowid = ?", arguments: [rowid])
                touched.append(table.rawValue)
            }
        }
        let named = Set(
            try journal.verifyAudit(admin).problems.compactMap { problem -> String? in
                switch problem {
                case .rowDeleted(let table, _), .rowChanged(let table, _, _), .rowInserted(let table, _): table
                default: nil
                }
            })
        // The tables the issue found editable unnoticed, and those the demo fills or the steps above made.
        let required: Set<String> = [
            "substitution", "enrolment", "markCorrection", "person", "planItem", "guardianship", "assignment", "message", "familyConsent",
            "journalSettings", "workWeight", "riskWatch", "credentialSlip", "subject", "schoolClass", "timetableEntry", "mark", "lesson",
        ]
        #expect(required.isSubset(of: Set(touched)), "not touched: \(required.subtracting(touched))")
        #expect(Set(touched).subtracting(named).isEmpty, "not named: \(Set(touched).subtracting(named))")
    }
}
