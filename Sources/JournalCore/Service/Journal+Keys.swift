import Foundation
internal import GRDB

extension Journal {
    /// Ties a public key to an account (the journal administrator for any account of the school,
    /// a person for their own). One key opens one account; the entry is in the audit chain.
    public func addKey(_ caller: Caller, account query: String, key line: String) throws -> AccountKeyRow {
        guard let key = PublicKey(line: line) else { throw JournalError.invalid(.publicKey, .badFormat) }
        return try write { db in
            let account = try findAccount(db, query)
            try checkKeyRight(db, caller, account)
            if (try db.value(Int.self, "SELECT COUNT(*) FROM accountKey WHERE fingerprint = ?", [key.fingerprint]) ?? 0) > 0 {
                throw JournalError.invalid(.publicKey, .alreadyExists(key.fingerprint))
            }
            var stored = try AccountKey(
                id: nil, accountId: account.savedId, algorithm: key.algorithm, blob: key.blob, comment: key.comment,
                fingerprint: key.fingerprint, addedAt: clock.now, addedBy: caller.accountId)
            try db.insert(&stored)
            try AuditLog.append(
                db, organizationId: account.organizationId, at: clock.now, accountId: caller.accountId, action: .keyAdded,
                entity: .accountKey, entityId: stored.savedId,
                after: AuditText.of(["login": account.login, "fingerprint": key.fingerprint]))
            return try keyRow(db, stored, account)
        }
    }

    /// The keys of one account, or of every account of the school for the journal administrator.
    public func keys(_ caller: Caller, account query: String? = nil) throws -> [AccountKeyRow] {
        try read { db in
            let accounts: [Account]
            if let query {
                let account = try findAccount(db, query)
                try checkKeyRight(db, caller, account)
                accounts = [account]
            } else {
                try Access.check(.manageAccounts, caller: caller, organizationId: caller.organizationId, db)
                accounts = try db.records(
                    Account.self, "SELECT * FROM account WHERE organizationId = ? ORDER BY id", [caller.organizationId])
            }
            return try accounts.flatMap { account in
                try db.records(AccountKey.self, "SELECT * FROM accountKey WHERE accountId = ? ORDER BY id", [account.savedId]).map {
                    try keyRow(db, $0, account)
                }
            }
        }
    }

    /// Removes a key by its fingerprint (or the start of it, when that is unambiguous).
    public func removeKey(_ caller: Caller, fingerprint: String) throws -> AccountKeyRow {
        let typed = fingerprint.trimmingCharacters(in: .whitespaces)
        guard typed.count >= 8 else { throw JournalError.invalid(.publicKey, .tooShort(min: 8)) }
        return try write { db in
            let matches = try db.records(
                AccountKey.self, "SELECT * FROM accountKey WHERE lower(fingerprint) LIKE lower(?) ORDER BY id",
                [typed.replacingOccurrences(of: "%", with: "") + "%"])
            guard let key = matches.first else { throw JournalError.invalid(.publicKey, .unknown(typed)) }
            guard matches.count == 1 else { throw JournalError.invalid(.publicKey, .ambiguous(matches.map(\.fingerprint))) }
            guard let account = try db.record(Account.self, id: key.accountId) else {
                throw JournalError.invalid(.publicKey, .unknown(typed))
            }
            try checkKeyRight(db, caller, account)
            try db.delete(key)
            try AuditLog.append(
                db, organizationId: account.organizationId, at: clock.now, accountId: caller.accountId, action: .keyRemoved,
                entity: .accountKey, entityId: key.savedId, before: AuditText.of(["login": account.login, "fingerprint": key.fingerprint]))
            return try keyRow(db, key, account)
        }
    }

    /// Logs in by a key sshd has already checked: the account must be active now (a locked or
    /// breached account's keys stop at once) and the key row as the product sealed it (a key
    /// put into the file behind the product opens nothing). Any failure is the same refusal.
    public func authenticate(key: PublicKey) throws -> Caller {
        let accountId = try read { db -> Int64? in
            guard
                let stored = try db.record(
                    AccountKey.self, "SELECT * FROM accountKey WHERE fingerprint = ? ORDER BY id LIMIT 1", [key.fingerprint]),
                stored.blob == key.blob,
                try RowSeal.intact(db, .accountKey, id: stored.savedId),
                let account = try db.record(Account.self, id: stored.accountId), account.state == .active
            else { return nil }
            return account.id
        }
        guard let accountId else { throw JournalError.badCredentials }
        return try admit(accountId: accountId)
    }

    /// Every key with its account, for the `authorized_keys` file the service writes. Called by
    /// the service itself, which owns the database file (as `recoverAdministrator` is).
    public func keyFileRows() throws -> [AccountKeyRow] {
        try read { db in
            try db.records(AccountKey.self, "SELECT * FROM accountKey ORDER BY id").compactMap { key in
                guard let account = try db.record(Account.self, id: key.accountId) else { return nil }
                return try keyRow(db, key, account)
            }
        }
    }

    /// One's own keys, or the journal administrator's right over the account.
    private func checkKeyRight(_ db: StoreTransaction, _ caller: Caller, _ account: Account) throws {
        guard account.id != caller.accountId else { return }
        guard account.organizationId == caller.organizationId else { throw JournalError.forbidden(.manageAccounts) }
        try Access.check(.manageAccounts, caller: caller, organizationId: caller.organizationId, db)
    }

    /// A key with the login and the name of the person it opens.
    private func keyRow(_ db: StoreTransaction, _ key: AccountKey, _ account: Account) throws -> AccountKeyRow {
        guard let person = try db.record(Person.self, id: account.personId) else {
            throw JournalError.invalid(.person, .unknown(String(account.personId)))
        }
        return AccountKeyRow(key: key, login: account.login, fullName: person.fullName)
    }
}
