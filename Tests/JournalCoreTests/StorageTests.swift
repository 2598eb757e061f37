import Foundation
import GRDB
import Testing

@testable import JournalCore

@Suite struct StorageTests {
    @Test func migratesAnEmptyFileAndReopensIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let path = directory.appendingPathComponent("helpdesk.sqlite").path
        defer { try? FileManager.default.removeItem(at: directory) }

        // Given a new file, when it is opened twice, then the schema is there once and data survives.
        do {
            let journal = Journal(database: try AppDatabase.open(path: path), hasher: .fastForTests)
            try journal.createOrganization(
                code: "demo1", name: "Школа", timeZone: "Europe/Moscow",
                adminName: "Иванов Иван", adminLogin: "admin1", adminPassword: "harbour-lamp-7")
        }
        let reopened = try AppDatabase.open(path: path)
        let count = try reopened.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM organization") }
        #expect(count == 1)
        let applied = try reopened.writer.read { db in try Migrations.migrator.appliedMigrations(db) }
        #expect(applied == Migrations.migrator.migrations)
        #expect(
            applied.contains("v1 school structure")
                && applied.contains("v2 journal: lessons, attendance, marks, period marks, substitutions, audit"))
    }

    @Test func fileIsPrivateInWALWithFullSyncAndForeignKeys() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let path = directory.appendingPathComponent("helpdesk.sqlite").path
        defer { try? FileManager.default.removeItem(at: directory) }

        let database = try AppDatabase.open(path: path)

        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try database.synchronousLevel() == 2)  // FULL
        let (journalMode, foreignKeys) = try database.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journalMode == "wal")
        #expect(foreignKeys == 1)
    }

    @Test func schemaRefusesAStudentInTwoClassesOfOneYear() throws {
        // The invariant is stated by the schema itself, not only by the code above it.
        let school = try TestSchool()
        let a = try school.schoolClass(5, "А")
        let b = try school.schoolClass(5, "Б")
        let student = try school.student("Петров Пётр", in: a.id!)
        #expect(throws: DatabaseError.self) {
            try school.journal.database.writer.write { db in
                var second = Enrolment(
                    studentId: student.person.id!, classId: b.id!, yearId: school.year.id!,
                    startDate: date("2026-09-02"), startKind: .enrolment)
                try db.store.insert(&second)
            }
        }
    }
}
