import Foundation
import TestSupport
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The roles of a region's database (issue 25, part 2): the tables are the owner's, who alone
/// changes the schema; the application's role (`scripts/region-roles.sql`) writes through the
/// product, appends to the chain, and can change no entry of it and no table.
@Suite(.enabled(if: PostgresScratch.server != nil)) struct RegionRolesTests {
    /// Runs SQL as the cluster's superuser, or as `user` on the test database.
    static func psql(_ arguments: [String], user: String = "postgres") throws -> (Int32, String) {
        let given = try #require(PostgresTestSchema.server)
        var server = try #require(URLComponents(string: given))
        server.user = user
        return try Program.run(
            "/usr/bin/psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", server.string ?? ""] + arguments,
            environment: ["PATH": "/usr/bin:/bin", "PGOPTIONS": "-c client_min_messages=warning"])
    }

    @Test(
        "Issue 25: on a region's database the application's role writes through the product and appends to the chain, but changes no entry of it, no step of the schema and no table"
    )
    func theApplicationCannotRewriteTheChainOrTheSchema() throws {
        let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        let (owner, app, schema) = ("owner_\(suffix)", "app_\(suffix)", "region_\(suffix)")
        let made = try Self.psql([
            "-c", "CREATE ROLE \(owner) LOGIN", "-c", "CREATE ROLE \(app) LOGIN", "-c", "CREATE SCHEMA \(schema) AUTHORIZATION \(owner)",
            "-c", "GRANT USAGE ON SCHEMA \(schema) TO \(app)",
        ])
        #expect(made.0 == 0, "\(made.1)")
        defer {
            _ = try? Self.psql([
                "-c", "DROP SCHEMA IF EXISTS \(schema) CASCADE", "-c", "DROP OWNED BY \(app)", "-c", "DROP ROLE IF EXISTS \(app)",
                "-c", "DROP OWNED BY \(owner)", "-c", "DROP ROLE IF EXISTS \(owner)",
            ])
        }
        let server = try #require(PostgresTestSchema.server)
        func connection(_ role: String) throws -> String {
            var url = try #require(URLComponents(string: server))
            url.user = role
            return (url.string ?? "") + "?options=-csearch_path%3D\(schema)"
        }
        // Before the owner has set it up, the application's role is told who must.
        #expect(throws: StorageProblem.ownerMustUpgrade) { try AppDatabase.open(postgresql: connection(app)) }
        // The owner opens it once: the schema is made, and is the owner's.
        _ = try SupportDesk(
            journal: Journal(database: AppDatabase.open(postgresql: connection(owner))), schedulesFolder: DeskFixture.schedules)
        let roles = try Self.psql(
            [
                "-v", "owner=\(owner)", "-v", "app=\(app)", "-v", "schema=\(schema)", "-f",
                MailSink.repository.appendingPathComponent("scripts/region-roles.sql").path,
            ],
            user: owner)
        #expect(roles.0 == 0, "\(roles.1)")

        // The application's role: the product's writes go through, sealed in the chain.
        let journal = Journal(
            database: try AppDatabase.open(postgresql: connection(app)),
            clock: FixedClock(DeskFixture.instant("2026-11-23T10:00:00", "Europe/Samara")), hasher: .fastForTests)
        let desk = try SupportDesk(journal: journal, schedulesFolder: DeskFixture.schedules)
        try desk.journal.createOrganization(
            code: "glshkola", name: "Школа", timeZone: "Europe/Samara", adminName: "Абжелова Анна Дмитриевна", adminLogin: "abzhelova",
            adminPassword: "Kq7-вереск-Lm29")
        let entries = try journal.database.read { store in try store.value(Int.self, "SELECT COUNT(*) FROM auditEntry") ?? 0 }
        #expect(entries > 0)

        // …and nothing else: each refused by the server, whatever the product does.
        for statement in [
            "UPDATE auditentry SET reason = 'подправлено'", "DELETE FROM auditentry", "TRUNCATE auditentry", "DELETE FROM audithead",
            "INSERT INTO schemamigration (identifier) VALUES ('x')", "DROP TABLE mark", "ALTER TABLE person ADD COLUMN note text",
            "CREATE TABLE mine (id int)",
        ] {
            let (status, said) = try Self.psql(["-c", "SET search_path = \(schema)", "-c", statement], user: app)
            #expect(status != 0 && (said.contains("permission denied") || said.contains("must be owner")), "\(statement): \(said)")
        }
        let after = try journal.database.read { store in try store.value(Int.self, "SELECT COUNT(*) FROM auditEntry") ?? 0 }
        #expect(after == entries)
    }
}
