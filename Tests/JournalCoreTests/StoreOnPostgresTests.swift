import Foundation
import Testing

@testable import JournalCore

/// The store's interface on its second engine (issue 25, part 2): the same calls a module makes
/// on the school's file read and write PostgreSQL alike — records whole, by their primary key as
/// the server's catalogue names it, columns by name whatever their case.
@Suite struct StoreOnPostgresTests {
    struct Note: StoredRecord, IdentifiedRecord, Equatable {
        static let tableName = "storeNote"
        var id: Int64?
        var organizationId: Int64
        var text: String
        var writtenAt: Date
        var day: LocalDate?
        var role: Role
        var done: Bool
    }

    struct Pair: StoredRecord, Equatable {
        static let tableName = "storePair"
        var personId: Int64
        var role: Role
        var since: LocalDate
    }

    static func store() throws -> StoreTransaction {
        let connection = try PostgresConnection(try #require(PostgresConnectionTests.server))
        _ = try connection.execute(
            """
            CREATE TEMP TABLE storeNote (id BIGSERIAL PRIMARY KEY, organizationId BIGINT NOT NULL, text TEXT NOT NULL,
            writtenAt TEXT NOT NULL, day TEXT, role TEXT NOT NULL, done INTEGER NOT NULL)
            """)
        _ = try connection.execute(
            "CREATE TEMP TABLE storePair (personId BIGINT NOT NULL, role TEXT NOT NULL, since TEXT NOT NULL, PRIMARY KEY (personId, role))")
        return StoreTransaction(connection)
    }

    @Test(.enabled(if: PostgresConnectionTests.server != nil)) func recordsAreWrittenAndReadWhole() throws {
        let store = try Self.store()
        let at = Date(timeIntervalSince1970: 1_796_000_000.125)
        var note = Note(
            organizationId: 7, text: "Контрольная «сочинение»", writtenAt: at, day: LocalDate(2026, 12, 7), role: .director, done: false)
        try store.insert(&note)
        let id = try note.savedId
        #expect(try store.record(Note.self, id: id) == note)
        // Kept as the school's file keeps it: the date as its UTC text with milliseconds.
        #expect(try store.value(String.self, "SELECT writtenAt FROM storeNote WHERE id = ?", [id]) == "2026-11-30 00:53:20.125")
        #expect(try store.update(&note) { $0.done = true } && store.changedRows == 1)
        #expect(try !store.update(&note) { $0.done = true })
        #expect(try store.records(Note.self, "SELECT * FROM storeNote WHERE done = 1") == [note])
        var second = note
        second.id = nil
        second.day = nil
        try store.insert(&second)
        #expect(try store.values(Int64.self, "SELECT id FROM storeNote ORDER BY id") == [id, try second.savedId])
        #expect(try store.delete(note) && !store.delete(note))
        #expect(try store.exists("SELECT 1 FROM storeNote WHERE id = ?", [try second.savedId]))
        #expect(throws: StoreMissingRecord.self) { try store.update(note) }
    }

    @Test(.enabled(if: PostgresConnectionTests.server != nil)) func aRecordOfAKeyOfItsOwnIsSavedOverItsRow() throws {
        let store = try Self.store()
        let pair = Pair(personId: 3, role: .student, since: LocalDate(2026, 9, 1))
        try store.insert(pair)
        var moved = pair
        moved.since = LocalDate(2026, 10, 1)
        try store.save(moved)
        try store.save(Pair(personId: 3, role: .guardian, since: LocalDate(2026, 9, 2)))
        #expect(
            try store.records(Pair.self, "SELECT * FROM storePair ORDER BY role") == [
                Pair(personId: 3, role: .guardian, since: LocalDate(2026, 9, 2)), moved,
            ])
        let row = try #require(try store.row("SELECT personId, since FROM storePair WHERE role = ?", [Role.student]))
        // PostgreSQL names the column `personid`; it is read by the name the code gives it.
        #expect(row.columns == ["personid", "since"])
        let person: Int64 = try row["personId"]
        #expect(person == 3)
    }
}
