import Foundation
import GRDB
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The seals' notes on PostgreSQL (J-ARCH-2, issue 25 part 2): a transaction of the product notes
/// the very rows its temporary triggers note in a file — the same tables, keys and columns — and a
/// session that did not say it is the product's (a plain `psql`) notes nothing, so that its edit
/// stays unsealed and `audit verify` names it.
@Suite(.enabled(if: PostgresScratch.server != nil)) struct SealNotesOnPostgresTests {
    static let tables = SealedTable.allCases.map(\.rows) + DeskSeals.tables

    /// Transactions one after another, each with the rows it is to note (table, id, second number).
    static let transactions: [(statements: [String], noted: [String])] = [
        (
            [
                "INSERT INTO organization (id, code, name, timeZone) VALUES (1, 'school', 'Школа', 'Europe/Moscow')",
                "INSERT INTO person (id, organizationId, fullName) VALUES (1, 1, 'Иванова Анна'), (2, 1, 'Петров Пётр')",
                "INSERT INTO personRole (personId, role) VALUES (1, 'director')",
                """
                INSERT INTO account (id, organizationId, personId, login, identifier, state, createdAt)
                VALUES (1, 1, 1, 'ivanova', 100001, 'notIssued', '2026-12-07 09:00:00.000')
                """,
                "INSERT INTO deskSettings (organizationId) VALUES (1)",
            ],
            ["account 1 0", "deskSettings 1 0", "organization 1 0", "person 1 0", "person 2 0", "roles 1 0"]
        ),
        // A column the account's seal leaves out: nothing to seal.
        (["UPDATE account SET failedLogins = 1 WHERE id = 1"], []),
        (
            ["UPDATE account SET sessionEpoch = 1 WHERE id = 1", "UPDATE person SET fullName = 'Петров Пётр Ильич' WHERE id = 2"],
            ["account 1 0", "person 2 0"]
        ),
        (["DELETE FROM personRole WHERE personId = 1", "UPDATE deskSettings SET horizonDays = 14"], ["deskSettings 1 0", "roles 1 0"]),
    ]

    static func text(_ note: (entity: String, id: Int64, sub: Int64)) -> String { "\(note.entity) \(note.id) \(note.sub)" }

    @Test("Issue 25, J-ARCH-2: a transaction of the product notes on PostgreSQL the rows it notes in a file")
    func theProductsTransactionNotesTheSameRows() throws {
        let file = try PostgresSchemaTests.sqlite()
        try file.writeWithoutTransaction { db in try RowSeal.install(db, Self.tables) }
        let scratch = try PostgresScratch()
        let server = scratch.connection
        try PostgresSchema.migrate(server, PostgresSchema.journal)
        try PostgresSchema.migrate(server, DeskMigrations.migrations.postgresql)
        try PostgresSeals.install(server, Self.tables)
        for (statements, expected) in Self.transactions {
            let inFile = try file.writeWithoutTransaction { db in
                try db.inTransaction {
                    try RowSeal.prepare(db)
                    for sql in statements { try db.execute(sql: sql) }
                    return .commit
                }
                let notes = try Row.fetchAll(db, sql: "SELECT entity, entityId, sub FROM temp.pendingSeal ORDER BY entity, entityId, sub")
                return notes.map { Self.text(($0["entity"], $0["entityId"], $0["sub"])) }
            }
            _ = try server.execute("BEGIN")
            try PostgresSeals.begin(server)
            for sql in statements { _ = try server.execute(sql) }
            let onServer = try PostgresSeals.noted(server).map(Self.text).sorted()
            try PostgresSeals.clear(server)
            _ = try server.execute("COMMIT")
            #expect(inFile == expected, "\(statements)")
            #expect(onServer == expected, "\(statements)")
        }
        #expect(try server.execute("SELECT COUNT(*) FROM pendingseal").rows == [[.integer(0)]])
    }

    @Test("Issue 25, J-ARCH-2: an edit from a session that is not the product's is not noted on PostgreSQL")
    func aPlainSessionNotesNothing() throws {
        let scratch = try PostgresScratch()
        let server = scratch.connection
        try PostgresSchema.migrate(server, PostgresSchema.journal)
        try PostgresSeals.install(server, SealedTable.allCases.map(\.rows))
        _ = try server.execute("BEGIN")
        try PostgresSeals.begin(server)
        _ = try server.execute("INSERT INTO organization (id, code, name, timeZone) VALUES (1, 'school', 'Школа', 'Europe/Moscow')")
        // Another session meanwhile: the product's notes are its transaction's own.
        let psql = try scratch.session()
        _ = try psql.execute("INSERT INTO organization (id, code, name, timeZone) VALUES (2, 'other', 'Другая', 'Europe/Moscow')")
        #expect(try PostgresSeals.noted(server).map(Self.text) == ["organization 1 0"])
        try PostgresSeals.clear(server)
        _ = try server.execute("COMMIT")
        // The setting lasts one transaction: the next one is plain again.
        _ = try server.execute("UPDATE organization SET name = 'Школа № 1' WHERE id = 1")
        _ = try psql.execute("UPDATE organization SET name = 'Школа № 2' WHERE id = 2")
        #expect(try psql.execute("SELECT COUNT(*) FROM pendingseal").rows == [[.integer(0)]])
        #expect(try server.execute("SELECT name FROM organization ORDER BY id").rows == [[.text("Школа № 1")], [.text("Школа № 2")]])
    }
}
