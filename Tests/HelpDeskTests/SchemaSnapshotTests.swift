import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The schema a new file gets, against the one the landed migrations made (issue 25, part 1):
/// the help desk's migrations, written as the store's own statements instead of the engine's
/// table builder, must make the very same tables, so that a file made before and a file made
/// after open, seal and verify alike. `Tests/Fixtures/schema-sqlite.sql` was written by the
/// builder's migrations; `HELPDESK_WRITE_SCHEMA=1` writes it again.
@Suite struct SchemaSnapshotTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/schema-sqlite.sql")

    /// Every table, index and trigger of a new file with the desk's tables, as SQLite keeps it.
    static func schema() throws -> String {
        let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(Date(timeIntervalSince1970: 1_795_000_000)))
        _ = try SupportDesk(journal: journal, schedulesFolder: DeskFixture.schedules)
        let rows = try journal.database.read { store in
            try store.rows(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite%' AND sql IS NOT NULL ORDER BY type, name")
        }
        return try rows.map { row -> String in
            let type: String = try row["type"]
            let name: String = try row["name"]
            let sql: String = try row["sql"]
            return "-- \(type) \(name)\n\(sql);\n"
        }.joined(separator: "\n")
    }

    @Test("Issue 25: a new file's schema is the one the landed migrations made, table by table")
    func theSchemaIsTheLandedOne() throws {
        let schema = try Self.schema()
        if ProcessInfo.processInfo.environment["HELPDESK_WRITE_SCHEMA"] == "1" {
            try schema.write(to: Self.fixture, atomically: true, encoding: .utf8)
        }
        let landed = try String(contentsOf: Self.fixture, encoding: .utf8)
        let expected = landed.components(separatedBy: "\n-- ")
        let found = schema.components(separatedBy: "\n-- ")
        for (name, statement) in zip(expected, found) where name != statement {
            Issue.record("differs:\nlanded: \(name)\nnow:    \(statement)")
        }
        #expect(expected.count == found.count, "\(expected.count) statements landed, \(found.count) now")
    }
}
