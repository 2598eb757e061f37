import Foundation
import GRDB
import TestSupport

@testable import JournalCore

/// A small school in a fresh in-memory database, with a fixed clock: 1 October 2026, 10:00 in Moscow.
struct TestSchool {
    let journal: Journal
    let admin: Caller
    let year: AcademicYear

    static let now = ISO8601DateFormatter().date(from: "2026-10-01T07:00:00Z")!

    let file: SchoolFile

    init(clock: any Clock = FixedClock(TestSchool.now), database: AppDatabase? = nil) throws {
        file = try SchoolFile(clock: clock, database: database)
        journal = file.journal
        admin = file.admin
        year = try file.year()
    }

    func staff(_ name: String, _ roles: Set<Role>) throws -> PersonRow {
        try journal.createStaff(admin, fullName: name, roles: roles, email: nil, phone: nil)
    }

    func schoolClass(_ grade: Int, _ letter: String, teacher: Int64? = nil) throws -> SchoolClass {
        try journal.createClass(admin, yearId: year.id!, gradeLevel: grade, letter: letter, classTeacherId: teacher)
    }

    func student(_ name: String, in classId: Int64) throws -> PersonRow {
        try journal.createStudent(admin, classId: classId, fullName: name, birthDate: date("2015-03-12"), sex: .male)
    }

    /// Logs in as the account of `personId` after issuing and changing its password.
    func caller(of personId: Int64) throws -> Caller { try file.caller(of: personId) }

    /// How many rows every table has: a refused command must leave these as they were.
    func rowCounts() throws -> [String: Int] { try file.rowCounts() }
}

func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }
