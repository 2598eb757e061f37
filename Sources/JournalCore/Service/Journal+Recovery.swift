import Foundation
import GRDB

extension Journal {
    /// The way back when every journal administrator and the director are locked out:
    /// whoever may write the database file itself (the server's service account) gives a
    /// journal administrator a one-time password. Nothing else changes; the audit log says
    /// who got it and that it came through the file, not through a login.
    public func recoverAdministrator(login: String, operatingSystemUser: String) throws -> IssuedCredentials {
        let password = Self.temporaryPassword()
        let hash = try hasher.hash(password)
        return try write { db in
            var account = try findAccount(db, login)
            guard try roles(db, account.personId).contains(.journalAdmin) else {
                throw JournalError.invalid(.account, .notAllowedRole)
            }
            let hours = try settings(db, organizationId: account.organizationId).temporaryPasswordHours
            account.passwordHash = hash
            account.state = .mustChangePassword
            account.lockReason = nil
            account.temporaryExpiresAt = clock.now.addingTimeInterval(TimeInterval(hours * 3600))
            account.failedLogins = 0
            account.blockedUntil = nil
            account.sessionEpoch += 1
            try account.update(db)
            try clearThrottle(db, login: account.login)
            try db.execute(sql: "UPDATE breach SET state = 'confirmed', closedBy = ?, closedAt = ? WHERE accountId = ? AND state = 'open'",
                           arguments: [account.id, clock.now, account.id])
            try AuditLog.append(db, organizationId: account.organizationId, at: clock.now, accountId: account.id!,
                                action: .credentialsRecovered, entity: "account", entityId: account.id!,
                                after: AuditText.of(["through": "database file", "user": operatingSystemUser]))
            let person = try Person.fetchOne(db, key: account.personId)!
            return IssuedCredentials(login: account.login, identifier: account.identifier, fullName: person.fullName,
                                     temporaryPassword: password, expiresAt: account.temporaryExpiresAt!)
        }
    }
}
