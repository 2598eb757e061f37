import Foundation
import GRDB
import Testing

@testable import JournalCore

/// What an audit entry is about is a closed set, stored as the table's name it always was (issue 26).
@Suite struct AuditEntityTests {
    @Test func eachSealedTableIsNamedInTheChainAsItsTableIs() {
        for table in SealedTable.allCases { #expect(table.entity.rawValue == table.rawValue) }
    }

    @Test func theChainStoresEntitiesAsTextAndReadsThemBack() throws {
        // Given a school created in a fresh database: its rows are sealed in the chain
        let database = try AppDatabase.inMemory()
        let journal = Journal(database: database, hasher: .fastForTests)
        try journal.createOrganization(
            code: "chain", name: "Школа", timeZone: "Europe/Moscow", adminName: "Иванов Иван", adminLogin: "admin1",
            adminPassword: "harbour-lamp-7")
        // Then the column holds the tables' names, and every entry reads back with its entity
        let stored = try database.readDatabase { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT entity FROM auditEntry ORDER BY entity")
        }
        #expect(stored.contains("organization") && stored.contains("account") && stored.contains("person"))
        let entries = try database.readDatabase { db in try db.store.records(AuditEntry.self, "SELECT * FROM auditEntry") }
        #expect(Set(entries.map(\.entity.rawValue)) == Set(stored))
    }
}
