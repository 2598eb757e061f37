import Foundation
internal import GRDB

/// An account with the person's name and roles, as the account list shows it.
public struct AccountRow: Sendable, Equatable {
    public var account: Account
    public var fullName: String
    public var roles: [Role]
}

/// Credentials handed out once: the temporary password is shown once and never stored in clear.
public struct IssuedCredentials: Sendable {
    public var login: String
    public var identifier: Int64
    public var fullName: String
    public var temporaryPassword: String
    /// The temporary password works until then (H-CRED-2: 72 hours by default).
    public var expiresAt: Date
}

extension Journal {
    /// Creates the account of a new person, with a login made from their name, unique in the database.
    func insertAccount(_ db: StoreTransaction, person: Person, login: String? = nil) throws -> Account {
        try db.lockAccounts()
        let base = login ?? Transliteration.login(for: person.fullName)
        // The logins that begin as this one does, in one look-up of the login's index: those from
        // the base up to the base followed by U+FFFF, which sorts after every character in
        // SQLite's NOCASE and in ICU's order alike (PostgreSQL refuses LIKE on a column compared
        // without case). The first free suffix is found among them, not by a query per candidate.
        let taken = Set(
            try db.values(String.self, "SELECT login FROM account WHERE login >= ? AND login < ?", [base, base + "\u{FFFF}"])
                .map { $0.lowercased() })
        var candidate = base
        var suffix = 1
        while taken.contains(candidate.lowercased()) {
            if login != nil { throw JournalError.invalid(.login, .alreadyExists(base)) }
            suffix += 1
            candidate = "\(base)\(suffix)"
        }
        let identifier = (try db.value(Int64.self, "SELECT MAX(identifier) FROM account") ?? 1_000_000) + 1
        var account = try Account(
            organizationId: person.organizationId, personId: person.savedId, login: candidate,
            identifier: identifier, state: .notIssued, createdAt: clock.now)
        try db.insert(&account)
        return account
    }

    /// Accounts of the organization, optionally only holders of one role or the people of one class.
    public func accounts(_ caller: Caller, role: Role? = nil, classId: Int64? = nil) throws -> [AccountRow] {
        try read { db in
            try Access.check(.viewAccounts, caller: caller, organizationId: caller.organizationId, classId: classId, db)
            var personIds: [Int64]?
            if let classId {
                personIds = try ClassMembers.students(db, classId: classId) + ClassMembers.guardians(db, classId: classId)
            }
            return try personRows(db, organizationId: caller.organizationId, role: role, personIds: personIds)
                .compactMap { row in
                    guard
                        let account = try db.record(Account.self, "SELECT * FROM account WHERE personId = ? LIMIT 1", [row.person.savedId])
                    else { return nil }
                    return AccountRow(account: account, fullName: row.person.fullName, roles: row.roles)
                }
        }
    }

    /// Finds an account by login or identifier, checking that the caller may see it.
    public func account(_ caller: Caller, _ query: String) throws -> AccountRow {
        try read { db in
            let account = try findAccount(db, query)
            guard account.organizationId == caller.organizationId else { throw JournalError.invalid(.account, .unknown(query)) }
            if account.personId != caller.personId {
                try checkAccountRight(db, caller, account, .viewAccounts)
            }
            let row = try personRows(db, organizationId: caller.organizationId, personIds: [account.personId])[0]
            return AccountRow(account: account, fullName: row.person.fullName, roles: row.roles)
        }
    }

    func findAccount(_ db: StoreTransaction, _ query: String) throws -> Account {
        let key = query.trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { throw JournalError.invalid(.account, .missing) }
        if let number = Int64(key), let found = try db.record(Account.self, "SELECT * FROM account WHERE identifier = ? LIMIT 1", [number])
        {
            return found
        }
        guard let found = try db.record(Account.self, "SELECT * FROM account WHERE login = ? COLLATE NOCASE LIMIT 1", [key]) else {
            throw JournalError.invalid(.account, .unknown(key))
        }
        return found
    }

    /// J-ACL-4: the journal administrator manages every account of the organization; a class
    /// teacher those of their class's students and guardians; nobody else.
    func checkAccountRight(_ db: StoreTransaction, _ caller: Caller, _ account: Account, _ operation: Operation) throws {
        guard account.organizationId == caller.organizationId else { throw JournalError.forbidden(operation) }
        let roles = try roles(db, account.personId)
        if roles.contains(where: \.isStaff) {
            try Access.check(operation, caller: caller, organizationId: caller.organizationId, db)
        } else {
            try checkFamilyAccess(db, caller, account.personId, operation)
        }
    }

    /// Issues new credentials: a one-time temporary password that must be changed at the next
    /// login (J-ACL-4). The caller may not issue their own.
    public func issueCredentials(_ caller: Caller, account query: String) throws -> IssuedCredentials {
        try issueCredentials(caller, account: query) { _, _ in }.credentials
    }

    /// Issues new credentials as `issueCredentials(_:account:)` does, and runs `within` in the
    /// same transaction, for what the help desk records with a reset: returns what it recorded too.
    public func issueCredentials<Recorded>(
        _ caller: Caller, account query: String, within: (StoreTransaction, IssuedCredentials) throws -> Recorded
    ) throws -> (credentials: IssuedCredentials, recorded: Recorded) {
        let password = Self.temporaryPassword()
        let hash = try hasher.hash(password)
        return try write { db in
            var account = try findAccount(db, query)
            if try !directorRestoresAdministrator(db, caller, account) {
                try checkAccountRight(db, caller, account, .manageAccounts)
            }
            if account.id == caller.accountId { throw JournalError.forbidden(.manageAccounts) }
            let issued = try setTemporaryPassword(db, &account, password: password, hash: hash, by: caller.accountId)
            return (issued, try within(db, issued))
        }
    }

    /// A reset refused for want of the right leaves its trace in the audit log only: no ticket and
    /// no mail to the account's owner, however often it is tried.
    public func recordRefusedCredentials(_ caller: Caller, accountId: Int64) throws {
        try write { db in
            try Access.checkCaller(caller, db)
            guard let account = try db.record(Account.self, id: accountId) else { return }
            try AuditLog.append(
                db, organizationId: account.organizationId, at: clock.now, accountId: caller.accountId, action: .credentialsRefused,
                entity: .account, entityId: accountId)
        }
    }

    /// Temporary passwords for a whole class — its pupils and their guardians — or for everyone
    /// of a role, in one transaction (J-ACL-4, H-CRED-2); the hashes are made first, on every
    /// core. Every account must be the caller's to manage; one that is not refuses all.
    /// Only accounts never issued are given passwords, unless `again`; `beforeCommit` (the
    /// sheet of slips) runs inside the transaction, and when it fails nothing is changed.
    public func issueCredentials(
        _ caller: Caller, classId: Int64?, role: Role?, again: Bool = false, progress: WorkProgress? = nil,
        beforeCommit: ([IssuedCredentials]) throws -> Void = { _ in }
    ) throws -> [IssuedCredentials] {
        guard classId != nil || role != nil else { throw JournalError.invalid(.account, .missing) }
        let accounts = try read { db -> [Account] in
            try Access.checkCaller(caller, db)
            var people: [Int64] = []
            if let classId {
                _ = try fetchClass(db, caller, classId, .viewStructure)
                people = try ClassMembers.students(db, classId: classId) + ClassMembers.guardians(db, classId: classId)
            }
            if let role {
                let holders = try db.values(
                    Int64.self,
                    "SELECT p.id FROM person p JOIN personRole r ON r.personId = p.id WHERE p.organizationId = ? AND r.role = ?",
                    [caller.organizationId, role.rawValue])
                people = classId == nil ? holders : people.filter(Set(holders).contains)
            }
            let personIds = Array(Set(people))
            let accounts = try db.records(
                Account.self,
                "SELECT * FROM account WHERE personId IN (\(StoreTransaction.placeholders(personIds.count))) AND id <> ? ORDER BY id",
                personIds + [caller.accountId])
            for account in accounts { try checkAccountRight(db, caller, account, .manageAccounts) }
            // Accounts in use keep their passwords: a class's slips go to those never issued.
            return again ? accounts : accounts.filter { $0.state == .notIssued }
        }
        guard !accounts.isEmpty else { return [] }
        let passwords = accounts.map { _ in Self.temporaryPassword() }
        let hashes = try Self.hashInParallel(passwords, hasher: hasher, progress: progress)
        return try write { db in
            let issued = try accounts.indices.map { index in
                guard var account = try db.record(Account.self, id: accounts[index].savedId) else { throw JournalError.sessionEnded }
                try checkAccountRight(db, caller, account, .manageAccounts)
                return try setTemporaryPassword(db, &account, password: passwords[index], hash: hashes[index], by: caller.accountId)
            }.sorted { $0.fullName < $1.fullName }
            try beforeCommit(issued)
            return issued
        }
    }

    /// Gives the account a temporary password that expires (H-CRED-2): it must be changed at the next
    /// login, ends every session of the account (H-CRED-1), lifts any lock and back-off, and confirms
    /// the account's open breach reports.
    func setTemporaryPassword(_ db: StoreTransaction, _ account: inout Account, password: String, hash: String, by accountId: Int64) throws
        -> IssuedCredentials
    {
        let hours = try settings(db, organizationId: account.organizationId).temporaryPasswordHours
        account.passwordHash = hash
        account.state = .mustChangePassword
        let expiresAt = clock.now.addingTimeInterval(TimeInterval(hours * 3600))
        account.temporaryExpiresAt = expiresAt
        account.failedLogins = 0
        account.blockedUntil = nil
        account.lockReason = nil
        account.sessionEpoch += 1
        try db.update(account)
        try confirmBreaches(db, accountId: account.savedId, by: accountId)
        // A new slip to hand over under signature (J-ACL-4); an older one's signature no longer counts.
        try db.save(
            CredentialSlip(accountId: account.savedId, issuedAt: clock.now, issuedBy: accountId, signedAt: nil, signedRecordedBy: nil))
        try clearThrottle(db, login: account.login)
        guard let person = try db.record(Person.self, id: account.personId) else {
            throw JournalError.invalid(.person, .unknown(String(account.personId)))
        }
        return IssuedCredentials(
            login: account.login, identifier: account.identifier, fullName: person.fullName,
            temporaryPassword: password, expiresAt: expiresAt)
    }

    /// When no journal administrator of the school can log in, the director gives one of them
    /// new credentials, so that the school never stays without an administrator (seed 004 §5.4).
    private func directorRestoresAdministrator(_ db: StoreTransaction, _ caller: Caller, _ account: Account) throws -> Bool {
        guard caller.has(.director), account.organizationId == caller.organizationId,
            try roles(db, account.personId).contains(.journalAdmin)
        else { return false }
        try Access.checkCaller(caller, db)
        let usable =
            try db.value(
                Int.self,
                """
                SELECT COUNT(*) FROM account a JOIN personRole r ON r.personId = a.personId AND r.role = 'journalAdmin'
                WHERE a.organizationId = ? AND a.state IN ('active', 'mustChangePassword')
                """, [caller.organizationId]) ?? 0
        return usable == 0
    }

    /// Locks or unlocks an account. A lock ends its sessions at once. Only a manual lock is
    /// lifted here: an account locked after a breach or too many failed logins needs new
    /// credentials (`issueCredentials`), since its password may be known to someone else.
    public func setLocked(_ caller: Caller, account query: String, locked: Bool) throws -> Account {
        try write { db in
            var account = try findAccount(db, query)
            try checkAccountRight(db, caller, account, .manageAccounts)
            if account.id == caller.accountId { throw JournalError.forbidden(.manageAccounts) }
            // Nothing to lock or unlock before credentials are issued (it said it did either).
            if account.state == .notIssued { throw JournalError.credentialsNotIssued }
            if locked {
                guard account.state != .locked else { return account }
                account.state = .locked
                account.lockReason = .manual
                account.sessionEpoch += 1
            } else if account.state == .locked {
                guard account.lockReason == .manual else { throw JournalError.unlockNeedsNewCredentials }
                account.state = .mustChangePassword
                account.lockReason = nil
            }
            try db.update(account)
            return account
        }
    }

    /// Renames an account's login.
    public func renameLogin(_ caller: Caller, account query: String, to newLogin: String) throws -> Account {
        let login = try Validate.login(newLogin)
        return try write { db in
            var account = try findAccount(db, query)
            try checkAccountRight(db, caller, account, .manageAccounts)
            let others =
                try db.value(
                    Int.self, "SELECT COUNT(*) FROM account WHERE login = ? COLLATE NOCASE AND id <> ?", [login, account.savedId]) ?? 0
            if others > 0 {
                throw JournalError.invalid(.login, .alreadyExists(login))
            }
            account.login = login
            try db.update(account)
            return account
        }
    }

    /// A random temporary password of 12 characters without look-alikes (0/O, 1/l/I).
    static func temporaryPassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }
}
