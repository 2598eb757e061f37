import Foundation
import GRDB

extension Journal {
    /// Logs in: the same refusal for an unknown login and a wrong password; a locked account is
    /// refused only to someone who knows its password.
    /// Each failure is recorded; after 5 in a row the account waits, longer with each further one,
    /// and after 20 it is locked until its credentials are reset. A temporary password past its
    /// expiry is refused.
    public func authenticate(login: String, password: String) throws -> Caller {
        let key = login.trimmingCharacters(in: .whitespaces)
        let now = clock.now
        let account = try read { db in
            try Account.filter(Account.Columns.login.collating(.nocase) == key).fetchOne(db)
        }
        if let until = account?.blockedUntil, until > now { throw JournalError.tooManyAttempts(until: until) }
        guard let account, let hash = account.passwordHash, PasswordHasher.verify(password, against: hash) else {
            try recordFailedLogin(key, accountId: account?.id, at: now)
            throw JournalError.badCredentials
        }
        if account.state == .locked { throw JournalError.accountLocked }
        if account.state == .mustChangePassword, let expires = account.temporaryExpiresAt, expires <= now {
            throw JournalError.temporaryPasswordExpired
        }
        if account.failedLogins > 0 {
            try write { db in
                try db.execute(sql: "UPDATE account SET failedLogins = 0, blockedUntil = NULL WHERE id = ?", arguments: [account.id!])
            }
        }
        return try caller(accountId: account.id!)
    }

    private func recordFailedLogin(_ login: String, accountId: Int64?, at now: Date) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO loginFailure (login, accountId, at) VALUES (?, ?, ?)", arguments: [login, accountId, now])
            guard let accountId, var account = try Account.fetchOne(db, key: accountId) else { return }
            account.failedLogins += 1
            if account.failedLogins >= LoginThrottle.lockAfter && account.passwordHash != nil {
                account.state = .locked
                account.blockedUntil = nil
            } else {
                account.blockedUntil = LoginThrottle.wait(after: account.failedLogins).map { now.addingTimeInterval($0) }
            }
            try account.update(db)
        }
    }

    /// Throws `sessionEnded` when the caller's account was reset, locked or reported leaked since
    /// they logged in.
    public func checkSession(_ caller: Caller) throws {
        try read { db in try Access.checkSession(caller, db) }
    }

    /// Builds the caller of an account as it is now in the database.
    public func caller(accountId: Int64) throws -> Caller {
        try read { db in
            guard let account = try Account.fetchOne(db, key: accountId),
                  let person = try Person.fetchOne(db, key: account.personId)
            else { throw JournalError.notLoggedIn }
            return Caller(
                accountId: accountId, personId: person.id!, organizationId: account.organizationId, login: account.login,
                identifier: account.identifier, fullName: person.fullName, roles: try roles(db, person.id!),
                mustChangePassword: account.state == .mustChangePassword, sessionEpoch: account.sessionEpoch)
        }
    }

    /// Changes the caller's own password after checking the current one; clears "must change".
    public func changePassword(_ caller: Caller, current: String, new: String) throws -> Caller {
        guard new != current else { throw JournalError.invalid(.newPassword, .sameAsCurrent) }
        do {
            try PasswordHasher.checkStrength(new)
        } catch JournalError.invalid(_, let reason) {
            throw JournalError.invalid(.newPassword, reason)
        }
        let hash = try hasher.hash(new)
        try write { db in
            guard var account = try Account.fetchOne(db, key: caller.accountId), let stored = account.passwordHash,
                  PasswordHasher.verify(current, against: stored)
            else { throw JournalError.invalid(.password, .badFormat) }
            account.passwordHash = hash
            if account.state == .mustChangePassword { account.state = .active }
            account.temporaryExpiresAt = nil
            try account.update(db)
        }
        return try self.caller(accountId: caller.accountId)
    }
}
