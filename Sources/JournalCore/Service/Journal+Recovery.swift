import Foundation
internal import GRDB

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
            let issued = try setTemporaryPassword(db, &account, password: password, hash: hash, by: account.savedId)
            try AuditLog.append(
                db, organizationId: account.organizationId, at: clock.now, accountId: account.savedId,
                action: .credentialsRecovered, entity: .account, entityId: account.savedId,
                after: AuditText.of(["through": "database file", "user": operatingSystemUser]))
            return issued
        }
    }
}
