import DeskTestSupport
import Foundation
import TestSupport
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The whole demo — the school, the seed schools, the desk — built on a region's PostgreSQL
/// (issue 25, part 3): every table holds the rows it holds in a file, every school's chain has the
/// entries it has there, and `audit verify` finds each chain whole and every sealed row as sealed.
@Suite(.enabled(if: PostgresScratch.server != nil)) struct DemoOnPostgresTests {
    /// Each table's rows and each school's chain, counted.
    static func counts(_ desk: SupportDesk, tables: [String]) throws -> [String: Int] {
        try desk.journal.database.read { store in
            var counts: [String: Int] = [:]
            for table in tables { counts[table] = try store.value(Int.self, "SELECT COUNT(*) FROM \(table)") ?? 0 }
            for row in try store.rows("SELECT organizationId, COUNT(*) AS entries FROM auditEntry GROUP BY organizationId") {
                let organizationId: Int64 = try row["organizationId"]
                counts["chain of \(organizationId)"] = try row["entries"]
            }
            return counts
        }
    }

    @Test("Issue 25: the whole demo built on PostgreSQL holds the file's rows and chains, and audit verify finds every school whole")
    func theDemoOnPostgresIsTheFiles() throws {
        let schema = try PostgresTestSchema()
        let onServer = try DemoDesk.make(database: AppDatabase.open(postgresql: schema.connectionString))
        let inFile = try DemoDesk.make()
        let tables = try inFile.journal.database.read { store in
            try store.values(
                String.self, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> 'grdb_migrations'"
            )
        }
        let expected = try Self.counts(inFile, tables: tables)
        let found = try Self.counts(onServer, tables: tables)
        for (name, count) in expected.sorted(by: { $0.key < $1.key }) where found[name] != count {
            Issue.record("\(name): \(found[name] ?? 0) on PostgreSQL, \(count) in the file")
        }
        #expect((expected["mark"] ?? 0) > 10_000)
        let organizations = try onServer.journal.database.read { store in
            try store.values(Int64.self, "SELECT id FROM organization ORDER BY id")
        }
        #expect(organizations.count > 1)
        for organizationId in organizations {
            let problems = try onServer.journal.database.read { store in
                try AuditLog.verify(store, organizationId: organizationId, tables: onServer.journal.database.sealed.all)
            }
            #expect(problems.isEmpty, "school \(organizationId): \(problems.prefix(5))")
        }
        try Self.moveBothWays(inFile, expected: expected, tables: tables)
    }

    /// Every school of the demo's file moved into a new region's database, and the region's moved
    /// back into a new file (issue 25, part 4): each holds the file's rows, the chains' heads are
    /// the file's, and the region goes on numbering after the rows that came.
    static func moveBothWays(_ inFile: SupportDesk, expected: [String: Int], tables: [String]) throws {
        let codes = try inFile.journal.database.read { store in try store.values(String.self, "SELECT code FROM organization ORDER BY id") }
        let heads = try inFile.journal.database.read { store in
            try store.values(Int64.self, "SELECT id FROM organization ORDER BY id").map {
                try AuditChainHead.read(store, organizationId: $0)
            }
        }
        let region = try PostgresTestSchema()
        let onServer = try SupportDesk(
            journal: Journal(database: AppDatabase.open(postgresql: region.connectionString), clock: FixedClock(DemoDesk.moment)),
            schedulesFolder: SchoolFile.schedules)
        let intoRegion = try inFile.move(codes, to: onServer)
        #expect(intoRegion.schools.map(\.head) == heads)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("move-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let backInFile = try SupportDesk(
            journal: Journal(database: AppDatabase.open(path: folder.appendingPathComponent("school.sqlite").path)),
            schedulesFolder: SchoolFile.schedules)
        let intoFile = try onServer.move(codes, to: backInFile)
        #expect(intoFile.schools.map(\.head) == heads)
        for (name, desk) in [("region", onServer), ("file", backInFile)] {
            let found = try counts(desk, tables: tables)
            for (table, count) in expected.sorted(by: { $0.key < $1.key }) where found[table] != count && table != "backupLog" {
                Issue.record("moved into a \(name): \(table) \(found[table] ?? 0), \(count) in the demo's file")
            }
        }
        // A new school after them takes the next ids, on the region as in the file.
        for desk in [onServer, backInFile] {
            try desk.journal.createOrganization(
                code: "novaya", name: "Новая школа", timeZone: "Europe/Moscow", adminName: "Новикова Анна Ивановна",
                adminLogin: "novikova.new", adminPassword: "Rt5-клён-Qz73")
        }
    }
}
