import Foundation
import GRDB
import TestSupport
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The journal's and the desk's schema on PostgreSQL (issue 25, part 2), held equal to the one
/// their steps make in a new SQLite file: the same tables with the same columns, keys, references,
/// unique sets, indexes, checks and closed-year guards, the same rows shipped — and the guards
/// refusing by the product's own SQLSTATE.
@Suite(.enabled(if: PostgresScratch.server != nil)) struct PostgresSchemaTests {
    /// A new SQLite file after every step of the journal and of the desk, and nothing else.
    static func sqlite() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        try DeskMigrations.migrations.migrator.migrate(queue)
        return queue
    }

    @Test("Issue 25: every table on PostgreSQL has the columns, keys, references, indexes, checks and guards it has in a file")
    func theSchemaIsTheFilesTableByTable() throws {
        let sqlite = try Self.sqlite()
        let expected = try sqlite.read { db in try SchemaShape.sqlite(db) }
        let scratch = try PostgresScratch()
        try PostgresSchema.migrate(scratch.connection, PostgresSchema.journal)
        try PostgresSchema.migrate(scratch.connection, DeskMigrations.migrations.postgresql)
        let found = try SchemaShape.postgres(scratch.connection)
        #expect(found.keys.sorted() == expected.keys.sorted())
        for (name, table) in expected.sorted(by: { $0.key < $1.key }) {
            guard let other = found[name] else { continue }
            #expect(other.columns == table.columns, "\(name): columns")
            #expect(other.primaryKey == table.primaryKey, "\(name): primary key")
            #expect(other.references == table.references, "\(name): references")
            #expect(other.uniques == table.uniques, "\(name): unique sets")
            #expect(other.indexes == table.indexes, "\(name): indexes")
            #expect(other.checks == table.checks, "\(name): checks")
            #expect(other.triggers == table.triggers, "\(name): triggers")
        }
        #expect(expected.count == 68)
    }

    @Test("Issue 25: the rows a new database starts with are the file's, on PostgreSQL too")
    func theShippedRowsAreTheFiles() throws {
        let sqlite = try Self.sqlite()
        let scratch = try PostgresScratch()
        try PostgresSchema.migrate(scratch.connection, PostgresSchema.journal)
        try PostgresSchema.migrate(scratch.connection, DeskMigrations.migrations.postgresql)
        // Twice is once: a step applied is not applied again.
        try PostgresSchema.migrate(scratch.connection, DeskMigrations.migrations.postgresql)
        let queries = [
            "SELECT id, sealsPending, calendarRevision, sealedTables FROM maintenance",
            "SELECT id, organizationId, name, language, text, writtenBy, writtenAt FROM cannedReply ORDER BY id",
            "SELECT id, title, body, topics, audience, writtenAt, retiredAt FROM article ORDER BY id",
        ]
        for sql in queries {
            let inFile = try sqlite.read { db in try StoreTransaction(db).rows(sql).map(\.values) }
            let onServer = try StoreTransaction(scratch.connection).rows(sql).map(\.values)
            #expect(!inFile.isEmpty && onServer == inFile, "\(sql)")
        }
    }

    @Test("Issue 25, J-YEAR-2: a closed year's rows are refused on PostgreSQL by the product's SQLSTATE HD001")
    func aClosedYearRefusesByItsCode() throws {
        let scratch = try PostgresScratch()
        try PostgresSchema.migrate(scratch.connection, PostgresSchema.journal)
        let store = StoreTransaction(scratch.connection)
        let rows: [StoreStatement] = [
            "INSERT INTO organization (id, code, name, timeZone) VALUES (1, 'school', 'Школа', 'Europe/Moscow')",
            "INSERT INTO academicYear (id, organizationId, name, startDate, endDate, periodKind) VALUES (1, 1, '2025/2026', '2025-09-01', '2026-08-31', 'quarter')",
            "INSERT INTO reportingPeriod (yearId, number, startDate, endDate) VALUES (1, 1, '2025-09-01', '2025-10-26')",
            "INSERT INTO schoolClass (id, yearId, gradeLevel, letter) VALUES (1, 1, 5, 'А')",
            "INSERT INTO subgroup (id, classId, name) VALUES (1, 1, '1 группа')",
            "INSERT INTO person (id, organizationId, fullName) VALUES (1, 1, 'Иванова Анна Петровна')",
            """
            INSERT INTO account (id, organizationId, personId, login, identifier, state, passwordHash, createdAt)
            VALUES (1, 1, 1, 'Ivanova', 100001, 'active', 'x', '2026-06-01 09:00:00.000')
            """,
            """
            INSERT INTO yearClosure (yearId, orderNumber, orderDate, closedAt, closedBy, auditHead)
            VALUES (1, '45-о', '2026-06-20', '2026-06-20 09:00:00.000', 1, 'head')
            """,
        ]
        for row in rows { try store.execute(row.sql) }
        let refused = [
            "INSERT INTO reportingPeriod (yearId, number, startDate, endDate) VALUES (1, 2, '2025-11-05', '2025-12-28')",
            "UPDATE reportingPeriod SET endDate = '2025-10-27' WHERE yearId = 1",
            "DELETE FROM reportingPeriod WHERE yearId = 1",
            "INSERT INTO subgroup (classId, name) VALUES (1, '2 группа')",
            "UPDATE subgroup SET name = 'Первая группа' WHERE id = 1",
            "DELETE FROM schoolClass WHERE id = 1",
            "UPDATE academicYear SET name = '2025–2026' WHERE id = 1",
            "UPDATE yearClosure SET orderNumber = '46-о'",
            "DELETE FROM yearClosure",
        ]
        for sql in refused {
            #expect(throws: PostgresError(sqlState: "HD001", message: "helpdesk: the school year is closed"), "\(sql)") {
                try scratch.connection.execute(sql)
            }
        }
        #expect(try store.value(Int.self, "SELECT COUNT(*) FROM reportingPeriod") == 1)
        #expect(try store.value(String.self, "SELECT name FROM subgroup") == "1 группа")
        // Another year's rows stay open.
        try store.execute(
            "INSERT INTO academicYear (id, organizationId, name, startDate, endDate, periodKind) VALUES (2, 1, '2026/2027', '2026-09-01', '2027-08-31', 'quarter')"
        )
        try store.execute("INSERT INTO schoolClass (id, yearId, gradeLevel, letter) VALUES (2, 2, 6, 'А')")
        try store.execute("INSERT INTO subgroup (classId, name) VALUES (2, '1 группа')")
    }

    @Test("Issue 25: a login is unique and found whatever its case, on PostgreSQL as in a file")
    func loginsCompareWithoutCase() throws {
        let scratch = try PostgresScratch()
        try PostgresSchema.migrate(scratch.connection, PostgresSchema.journal)
        let store = StoreTransaction(scratch.connection)
        try store.execute("INSERT INTO organization (id, code, name, timeZone) VALUES (1, 'school', 'Школа', 'Europe/Moscow')")
        try store.execute("INSERT INTO person (id, organizationId, fullName) VALUES (1, 1, 'Иванова'), (2, 1, 'Иванов')")
        let account =
            "INSERT INTO account (organizationId, personId, login, identifier, state, createdAt) VALUES (1, ?, ?, ?, 'notIssued', '')"
        try store.execute(account, [1, "Ivanova", 100001])
        #expect(throws: PostgresError.self) { try store.execute(account, [2, "IVANOVA", 100002]) }
        #expect(try store.value(Int64.self, "SELECT id FROM account WHERE login = ? COLLATE NOCASE", ["ivanova"]) == 1)
    }
}

/// A connection to a schema of its own on the test cluster (`PostgresTestSchema`).
final class PostgresScratch {
    static let server = PostgresTestSchema.server
    let schema: PostgresTestSchema
    let connection: PostgresConnection

    init() throws {
        schema = try PostgresTestSchema()
        connection = try PostgresConnection(schema.connectionString)
    }

    /// Another session on the same schema: another console, or a plain `psql`.
    func session() throws -> PostgresConnection { try PostgresConnection(schema.connectionString) }
}
