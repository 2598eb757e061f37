import Crypto
import Foundation
internal import GRDB

extension Journal {
    /// Logs in. An unknown login, a wrong password and a locked account get the same refusal
    /// after the same work (the password is checked against a dummy hash when there is nothing
    /// to check it against). Failures are counted by a digest of the login typed, known or not,
    /// and of where they come from (`LoginSource`): after 5 in a row from one source the next try
    /// from there waits, longer after each further one; the right password from another source is
    /// let in. A temporary password past its expiry is refused.
    public func authenticate(login: String, password: String, source: LoginSource = .unknown) throws -> Caller {
        let key = login.trimmingCharacters(in: .whitespaces)
        let throttle = LoginThrottle.key(login: key, source: source)
        let now = clock.now
        // The account and this source's count of failures, in one read.
        let (account, throttled) = try read { db in
            (
                try db.record(Account.self, "SELECT * FROM account WHERE login = ? COLLATE NOCASE", [key]),
                try db.row("SELECT blockedUntil FROM loginThrottle WHERE loginDigest = ?", [throttle])
            )
        }
        let blockedUntil: Date? = try throttled?["blockedUntil"]
        if let blockedUntil, blockedUntil > now {
            throw JournalError.tooManyAttempts(until: blockedUntil, waitSeconds: Int(blockedUntil.timeIntervalSince(now).rounded(.up)))
        }
        let matches = PasswordHasher.verify(password, against: account?.passwordHash ?? hasher.dummyHash) && account?.passwordHash != nil
        guard let account, matches, account.state != .locked else {
            try recordFailedLogin(throttle: throttle, login: key, account: account, at: now)
            throw JournalError.badCredentials
        }
        if account.state == .mustChangePassword, let expires = account.temporaryExpiresAt, expires <= now {
            throw JournalError.temporaryPasswordExpired
        }
        let accountId = try account.savedId
        // A clean login writes nothing but the day's first visit: the file of a read-only command
        // stays as it was.
        guard account.failedLogins > 0 || throttled != nil else { return try admit(accountId: accountId) }
        return try admit(accountId: accountId) { db in
            // This source's count starts afresh; a guesser's elsewhere goes on.
            try db.execute("DELETE FROM loginThrottle WHERE loginDigest = ?", [throttle])
            if account.failedLogins > 0 {
                try db.execute("UPDATE account SET failedLogins = 0, blockedUntil = NULL WHERE id = ?", [accountId])
            }
        }
    }

    /// What a login is counted by: nothing typed into the login field is kept in clear, so a
    /// password typed there by mistake is never stored.
    static func loginDigest(_ key: String) -> String {
        AuditLog.digest(key.lowercased())
    }

    /// New credentials start the account's count of failures afresh, from every source.
    func clearThrottle(_ db: StoreTransaction, login: String) throws {
        let digest = Self.loginDigest(login)
        try db.execute("DELETE FROM loginThrottle WHERE loginDigest = ? OR loginDigest LIKE ?", [digest, digest + "@%"])
    }

    private func recordFailedLogin(throttle: String, login: String, account: Account?, at now: Date) throws {
        try write { db in
            let failures =
                (try db.value(Int.self, "SELECT failures FROM loginThrottle WHERE loginDigest = ?", [throttle]) ?? 0) + 1
            try db.execute(
                """
                INSERT INTO loginThrottle (loginDigest, failures, blockedUntil) VALUES (?, ?, ?)
                ON CONFLICT(loginDigest) DO UPDATE SET failures = excluded.failures, blockedUntil = excluded.blockedUntil
                """, [throttle, failures, LoginThrottle.wait(after: failures).map { now.addingTimeInterval($0) }])
            try db.execute(
                "INSERT INTO loginFailure (login, accountId, at) VALUES (?, ?, ?)",
                [account?.login ?? "#" + Self.loginDigest(login).prefix(16), account?.id, now])
            // Counted for the owner to see; never a lock.
            guard let accountId = account?.id else { return }
            try db.execute("UPDATE account SET failedLogins = failedLogins + 1 WHERE id = ?", [accountId])
        }
    }

    /// Throws `sessionEnded` when the caller's account was reset, locked, reported leaked or
    /// lost a role since they logged in.
    public func checkSession(_ caller: Caller) throws {
        try read { db in try Access.checkSession(caller, db) }
    }

    /// Builds the caller of an account as it is now in the database.
    public func caller(accountId: Int64) throws -> Caller {
        try read { db in try caller(db, accountId: accountId) }
    }

    func caller(_ db: StoreTransaction, accountId: Int64) throws -> Caller {
        guard let account = try db.record(Account.self, id: accountId),
            let person = try db.record(Person.self, id: account.personId)
        else { throw JournalError.notLoggedIn }
        return try Caller(
            accountId: accountId, personId: person.savedId, organizationId: account.organizationId, login: account.login,
            identifier: account.identifier, fullName: person.fullName, roles: try roles(db, person.savedId),
            mustChangePassword: account.state == .mustChangePassword, sessionEpoch: account.sessionEpoch)
    }

    /// Changes the caller's own password after checking the current one; clears "must change"
    /// and ends the account's other sessions (the caller's own goes on with the new epoch).
    public func changePassword(_ caller: Caller, current: String, new: String) throws -> Caller {
        guard new != current else { throw JournalError.invalid(.newPassword, .sameAsCurrent) }
        let school = try read { db in try db.record(Organization.self, id: caller.organizationId) }
        try PasswordPolicy.check(new, login: caller.login, personal: [caller.fullName] + [school?.name, school?.code].compactMap { $0 })
        let hash = try hasher.hash(new)
        try write { db in
            try Access.checkSession(caller, db)
            guard var account = try db.record(Account.self, id: caller.accountId), let stored = account.passwordHash,
                PasswordHasher.verify(current, against: stored)
            else { throw JournalError.invalid(.password, .badFormat) }
            account.passwordHash = hash
            if account.state == .mustChangePassword { account.state = .active }
            account.temporaryExpiresAt = nil
            account.sessionEpoch += 1
            try db.update(account)
        }
        return try self.caller(accountId: caller.accountId)
    }
}

extension Caller {
    /// Throws `sessionEnded` when the account was locked, reset or lost a role since login, and
    /// `passwordChangeRequired` while a temporary password waits; for use inside a transaction.
    public func checkSession(_ store: StoreTransaction) throws {
        try Access.checkCaller(self, store)
    }
}
