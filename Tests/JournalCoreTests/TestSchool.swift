import Foundation
import GRDB
@testable import JournalCore

/// A small school in a fresh in-memory database, with a fixed clock: 1 October 2026, 10:00 in Moscow.
struct TestSchool {
    let journal: Journal
    let admin: Caller
    let year: AcademicYear

    static let now = ISO8601DateFormatter().date(from: "2026-10-01T07:00:00Z")!

    init(clock: any Clock = FixedClock(TestSchool.now), database: AppDatabase? = nil) throws {
        journal = Journal(database: try database ?? AppDatabase.inMemory(), clock: clock, hasher: .fastForTests)
        let (_, account) = try journal.createOrganization(
            code: "glshkola", name: "МБОУ Глазовская СОШ", timeZone: "Europe/Moscow",
            adminName: "Усенко Виктор Викторович", adminLogin: "usenko", adminPassword: "correct-horse")
        admin = try journal.caller(accountId: account.id!)
        year = try journal.createYear(admin, name: "2026/2027", start: date("2026-09-01"), end: date("2027-08-31"), periodKind: .quarter)
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
    func caller(of personId: Int64) throws -> Caller {
        let account = try journal.read { db in try Account.filter(Account.Columns.personId == personId).fetchOne(db)! }
        let issued = try journal.issueCredentials(admin, account: account.login)
        let temporary = try journal.authenticate(login: issued.login, password: issued.temporaryPassword)
        return try journal.changePassword(temporary, current: issued.temporaryPassword, new: "a-new-password")
    }

    /// How many rows every table has: a refused command must leave these as they were.
    func rowCounts() throws -> [String: Int] {
        try journal.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'")
            return try Dictionary(uniqueKeysWithValues: tables.map { ($0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")!) })
        }
    }
}

func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }
