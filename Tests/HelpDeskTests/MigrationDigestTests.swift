import Crypto
import Foundation
import GRDB
import Testing

@testable import HelpDesk
@testable import JournalCore

/// A landed migration never changes (issue 26, part 4): files in schools were migrated by it, and
/// a changed body would leave them unlike new ones. What each migration makes of an empty file —
/// its schema and any rows it writes — is digested step by step and compared with the digests
/// frozen in `Tests/Fixtures/migrations/digests.tsv`. A new migration is added there as one line.
@Suite struct MigrationDigestTests {
    static let frozen = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/migrations/digests.tsv")

    /// Every migration in order, the journal's then the desk's, with the digest of the file after it.
    static func digests() throws -> [(name: String, digest: String)] {
        let queue = try DatabaseQueue()
        var result: [(String, String)] = []
        for migrator in [Migrations.migrator, DeskMigrations.migrations.migrator] {
            for name in migrator.migrations {
                try migrator.migrate(queue, upTo: name)
                result.append((name, try queue.read(digest)))
            }
        }
        return result
    }

    /// The schema's text (its whitespace folded) and every row of every table, in a fixed order.
    static func digest(_ db: Database) throws -> String {
        var text = ""
        let objects = try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, tbl_name, sql FROM sqlite_master
                WHERE name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations' ORDER BY type, name
                """)
        for object in objects {
            let sql: String = object["sql"] ?? ""
            text += "\(object["type"] as String? ?? "") \(object["name"] as String? ?? "") "
            text += sql.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "\n"
            if object["type"] as String? == "table", let name: String = object["name"] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(name.quotedDatabaseIdentifier) ORDER BY 1") {
                    text += row.description + "\n"
                }
            }
        }
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    @Test("Issue 26: no landed migration's body changed — each leaves an empty file as it did when it landed")
    func landedMigrationsAreFrozen() throws {
        let frozen = try String(contentsOf: Self.frozen, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { line in line.split(separator: "\t", maxSplits: 1).map(String.init) }
        let now = try Self.digests()
        let lines = now.map { "\($0.name)\t\($0.digest)" }.joined(separator: "\n")
        #expect(frozen.count <= now.count, "a landed migration was removed:\n\(lines)")
        for (index, line) in frozen.enumerated() where index < now.count {
            #expect(line.count == 2 && line[0] == now[index].name, "migrations renamed or reordered at \(index + 1):\n\(lines)")
            #expect(line.count == 2 && line[1] == now[index].digest, "«\(now[index].name)» changed after it landed")
        }
        #expect(frozen.count == now.count, "a new migration: add its line to Tests/Fixtures/migrations/digests.tsv:\n\(lines)")
    }
}
