import GRDB

extension Journal {
    /// Logs in: the same refusal for an unknown login and a wrong password; a locked account is
    /// refused only to someone who knows its password.
    public func authenticate(login: String, password: String) throws -> Caller {
        let key = login.trimmingCharacters(in: .whitespaces)
        let account = try read { db in
            try Account.filter(Account.Columns.login.collating(.nocase) == key).fetchOne(db)
        }
        guard let account, let hash = account.passwordHash, PasswordHasher.verify(password, against: hash) else {
            throw JournalError.badCredentials
        }
        if account.state == .locked { throw JournalError.accountLocked }
        return try caller(accountId: account.id!)
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
                mustChangePassword: account.state == .mustChangePassword)
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
            try account.update(db)
        }
        return try self.caller(accountId: caller.accountId)
    }
}
