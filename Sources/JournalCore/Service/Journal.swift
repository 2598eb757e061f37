import Foundation
internal import GRDB

/// The journal's entry point: every read and write of the school's structure goes through
/// it, each write one transaction that checks the caller's rights and the rules first.
public struct Journal: Sendable {
    public let database: AppDatabase
    public let clock: any Clock
    public let hasher: PasswordHasher

    public init(database: AppDatabase, clock: any Clock = SystemClock(), hasher: PasswordHasher = .owasp) {
        self.database = database
        self.clock = clock
        self.hasher = hasher
    }

    /// The school's file, for what only a file has (its backup); on PostgreSQL there is none.
    var writer: any DatabaseWriter {
        get throws { try database.writer }
    }

    /// Runs `body` in one write transaction: it happens whole or not at all.
    func write<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        do {
            return try database.write(at: clock.now, body)
        } catch let error as DatabaseError where error.message == SchoolYearMigration.closedMessage {
            // A change that reached a closed year's rows by a path no rule named.
            throw JournalError.yearClosed(nil)
        }
    }

    func read<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try database.read(body)
    }

    /// Today in the organization's time zone.
    func today(_ db: StoreTransaction, organizationId: Int64) throws -> LocalDate {
        let organization = try db.record(Organization.self, id: organizationId)
        return LocalDate(clock.now, in: organization?.zone ?? .current)
    }
}

/// Who is asking: the logged-in account, its person and roles.
public struct Caller: Sendable, Equatable {
    public let accountId: Int64
    public let personId: Int64
    public let organizationId: Int64
    public let login: String
    public let identifier: Int64
    public let fullName: String
    public let roles: Set<Role>
    /// Set after logging in with a temporary password: nothing but a password change is allowed.
    public let mustChangePassword: Bool
    /// The account's session epoch at login: a reset or a breach raises it and ends this session.
    public let sessionEpoch: Int

    public init(
        accountId: Int64, personId: Int64, organizationId: Int64, login: String, identifier: Int64, fullName: String,
        roles: Set<Role>, mustChangePassword: Bool = false, sessionEpoch: Int = 0
    ) {
        self.sessionEpoch = sessionEpoch
        self.accountId = accountId
        self.personId = personId
        self.organizationId = organizationId
        self.login = login
        self.identifier = identifier
        self.fullName = fullName
        self.roles = roles
        self.mustChangePassword = mustChangePassword
    }

    public var isStaff: Bool { roles.contains { $0.isStaff } }

    public func has(_ role: Role) -> Bool { roles.contains(role) }
}
