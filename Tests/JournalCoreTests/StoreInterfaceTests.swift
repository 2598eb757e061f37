import Foundation
import GRDB
import Testing

@testable import JournalCore

/// JournalCore's store interface (issue 25, part 1): what another module writes through it is
/// kept exactly as the engine kept it before (dates, codes, flags, nulls), reads back the same,
/// and a column read as what it is not is a thrown fault, never a crash.
@Suite struct StoreInterfaceTests {
    enum Colour: String, Codable, Sendable, StoreValueConvertible { case red, green }

    struct Note: StoredRecord, IdentifiedRecord, Equatable {
        static let tableName = "storeNote"
        var id: Int64?
        var text: String
        var colour: Colour
        var done: Bool
        var at: Date
        var day: LocalDate
        var remark: String?
    }

    static func store() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.write(at: Date()) { store in
            try store.execute(
                """
                CREATE TABLE storeNote (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL, colour TEXT NOT NULL,
                    done BOOLEAN NOT NULL, at DATETIME NOT NULL, day TEXT NOT NULL, remark TEXT)
                """)
        }
        return database
    }

    static let moment = Date(timeIntervalSince1970: 1_795_000_000.25)

    @Test("Issue 25: a record written through the store reads back the same, its columns kept as the engine keeps them")
    func aRecordRoundTrips() throws {
        let database = try Self.store()
        var note = Note(text: "Ёлка", colour: .green, done: true, at: Self.moment, day: LocalDate(2026, 12, 7), remark: nil)
        try database.write(at: Date()) { store in try store.insert(&note) }
        let id = try note.savedId
        let read = try database.read { store in try store.record(Note.self, id: id) }
        #expect(read == note)
        // As GRDB itself keeps a date, a flag and a code: files written before read alike.
        let raw = try database.readDatabase { db in
            try Row.fetchOne(
                db, sql: "SELECT at, done, colour, day, remark IS NULL AS noRemark FROM storeNote WHERE id = ?", arguments: [id])
        }
        let row = try #require(raw)
        let at: String? = row["at"]
        let done: Int? = row["done"]
        let colour: String? = row["colour"]
        let day: String? = row["day"]
        let noRemark: Bool? = row["noRemark"]
        #expect(at == "2026-11-18 11:06:40.250")
        #expect(done == 1 && colour == "green" && day == "2026-12-07" && noRemark == true)
    }

    @Test("Issue 25: statements bind typed arguments, change a record in place, and count what they changed")
    func statementsAndChanges() throws {
        let database = try Self.store()
        var first = Note(text: "один", colour: .red, done: false, at: Self.moment, day: LocalDate(2026, 12, 7), remark: "x")
        var second = Note(text: "два", colour: .green, done: false, at: Self.moment, day: LocalDate(2026, 12, 8), remark: nil)
        try database.write(at: Date()) { store in
            try store.insert(&first)
            try store.insert(&second)
            #expect(try store.update(&first) { $0.done = true })
            #expect(try !store.update(&first) { $0.done = true }, "nothing changed, nothing written")
            try store.execute("UPDATE storeNote SET remark = ? WHERE colour = ?", [Optional<String>.none, Colour.red])
            #expect(store.changedRows == 1)
        }
        try database.read { store in
            #expect(try store.values(String.self, "SELECT text FROM storeNote ORDER BY day DESC") == ["два", "один"])
            #expect(try store.value(Int.self, "SELECT COUNT(*) FROM storeNote WHERE done = ?", [true]) == 1)
            #expect(try store.value(String.self, "SELECT remark FROM storeNote WHERE id = ?", [first.id]) == nil)
            let row = try #require(try store.row("SELECT * FROM storeNote WHERE day = ?", [LocalDate(2026, 12, 8)]))
            let colour: Colour = try row["colour"]
            #expect(colour == .green)
            #expect(throws: StoreReadingError.self) { let _: Int64 = try row["text"] }
            #expect(throws: StoreReadingError.self) { let _: String = try row["nothing"] }
            #expect(try store.exists("SELECT 1 FROM storeNote WHERE text = ?", ["два"]))
        }
        let deleted = try database.write(at: Date()) { store in try store.delete(second) }
        let left = try database.read { store in try store.records(Note.self, "SELECT * FROM storeNote") }
        first.remark = nil  // as the statement above left it
        #expect(deleted && left == [first])
    }
}
