import Foundation
import JournalCore

/// What every test suite starts from: an organization with its first journal administrator in a
/// fresh in-memory database, a clock, and the helpers the suites share. Public API only, so that
/// it builds the same in debug and release.
public struct SchoolFile: Sendable {
    public let journal: Journal
    public let admin: Caller

    /// The repository's `schedules/` (a link into HelpDesk's resources).
    public static let schedules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schedules").resolvingSymlinksInPath()

    public init(
        code: String = "glshkola", name: String = "МБОУ Глазовская СОШ", zone: String = "Europe/Moscow",
        adminName: String = "Усенко Виктор Викторович", adminLogin: String = "usenko", clock: any JournalCore.Clock,
        database: AppDatabase? = nil
    ) throws {
        journal = Journal(database: try database ?? AppDatabase.inMemory(), clock: clock, hasher: .fastForTests)
        let (_, account) = try journal.createOrganization(
            code: code, name: name, timeZone: zone, adminName: adminName, adminLogin: adminLogin, adminPassword: "correct-horse")
        admin = try journal.caller(accountId: account.id!)
    }

    /// The school year 2026/2027.
    public func year() throws -> AcademicYear {
        try journal.createYear(
            admin, name: "2026/2027", start: LocalDate(parsing: "2026-09-01")!, end: LocalDate(parsing: "2027-08-31")!,
            periodKind: .quarter)
    }

    /// Logs in as the account of `personId` after issuing and changing its password.
    public func caller(of personId: Int64) throws -> Caller {
        guard let account = try journal.database.read({ store in try Directory.account(store, personId: personId) }) else {
            throw MissingAccount(personId: personId)
        }
        let issued = try journal.issueCredentials(admin, account: account.login)
        let temporary = try journal.authenticate(login: issued.login, password: issued.temporaryPassword)
        return try journal.changePassword(temporary, current: issued.temporaryPassword, new: "a-new-password")
    }

    /// How many rows every table has: a refused call must leave these as they were.
    public func rowCounts() throws -> [String: Int] {
        try journal.database.read { store in
            let tables = try store.values(
                String.self, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'")
            return try Dictionary(
                uniqueKeysWithValues: tables.map { ($0, try store.value(Int.self, "SELECT COUNT(*) FROM \"\($0)\"") ?? 0) })
        }
    }
}

/// A person asked to log in has no account.
public struct MissingAccount: Error, Equatable {
    public let personId: Int64
}
