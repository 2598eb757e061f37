import Foundation
import GRDB
import Testing

@testable import JournalCore

/// SSH keys tied to accounts (issue 11: the console over OpenSSH, identity by key).
@Suite struct KeyTests {
    /// Made by `ssh-keygen -t ed25519`; its fingerprint as `ssh-keygen -l` printed it.
    static let ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOOnOnVhRR9yKldZ+1ZvS2qdJr8qmGY07duP1J1j4oKv ivanova@laptop"
    static let ed25519Fingerprint = "SHA256:1e7OCwco1kBE2NQgJ+MsZ7fTGA3OM6iJk+zOumLNw5Q"
    static let ecdsa =
        "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBB98wAuuB/jU+KY1oPWI6ReWqKppvwuV/f+GJSqN0jU0F+oqVbpQEk0wXyDG1Cmu4eVESmX+IRZ2NB/eT1Yh7EE= root@vm"
    static let ecdsaFingerprint = "SHA256:5e/X9a8jNpOTDSrE5ZOR9/dr1IwRixuej5SJ7YdwiOc"

    @Test("A public key line is read as OpenSSH writes it, with the fingerprint ssh-keygen prints")
    func keysAreReadWithTheirFingerprints() throws {
        #expect(PublicKey(line: Self.ed25519)?.fingerprint == Self.ed25519Fingerprint)
        #expect(PublicKey(line: Self.ed25519)?.comment == "ivanova@laptop")
        #expect(PublicKey(line: Self.ecdsa)?.fingerprint == Self.ecdsaFingerprint)
        // A blob that names another algorithm than its line, a DSA key, text that is no key.
        #expect(PublicKey(line: Self.ecdsa.replacingOccurrences(of: "ecdsa-sha2-nistp256 ", with: "ssh-ed25519 ")) == nil)
        #expect(PublicKey(line: "ssh-dss AAAAB3NzaC1kc3MAAACBAP") == nil)
        #expect(PublicKey(line: "ssh-ed25519 not-base64!") == nil)
        #expect(PublicKey(line: "") == nil)
    }

    @Test("J-ACL-4: the administrator ties a key to an account; it logs in as that account with no password")
    func aKeyOpensItsAccount() throws {
        let school = try TestSchool()
        let teacher = try school.staff("Иванова Анна Петровна", [.subjectTeacher])
        let caller = try school.caller(of: teacher.person.id!)
        let row = try school.journal.addKey(school.admin, account: caller.login, key: Self.ed25519)
        #expect(row.login == caller.login && row.key.fingerprint == Self.ed25519Fingerprint)
        let byKey = try school.journal.authenticate(key: try #require(PublicKey(line: Self.ed25519)))
        #expect(byKey.accountId == caller.accountId)
        #expect(try school.journal.keys(school.admin).map(\.key.fingerprint) == [Self.ed25519Fingerprint])
        // The same key cannot open a second account.
        #expect(throws: JournalError.invalid(.publicKey, .alreadyExists(Self.ed25519Fingerprint))) {
            try school.journal.addKey(school.admin, account: school.admin.login, key: Self.ed25519)
        }
        // Both changes are in the audit chain, and it verifies.
        let actions = try school.journal.read { db in try db.records(AuditEntry.self, "SELECT * FROM auditEntry ORDER BY id").map(\.action)
        }
        #expect(actions.contains(.keyAdded))
        #expect(try school.journal.verifyAudit(school.admin).problems.isEmpty)
    }

    @Test("J-ACL-4: a teacher adds a key to their own account only; an unknown key and another's are refused alike")
    func rightsOverKeys() throws {
        let school = try TestSchool()
        let teacher = try school.caller(of: try school.staff("Иванова Анна Петровна", [.subjectTeacher]).person.id!)
        let other = try school.caller(of: try school.staff("Петров Пётр Петрович", [.subjectTeacher]).person.id!)
        _ = try school.journal.addKey(teacher, account: teacher.login, key: Self.ed25519)
        let before = try school.rowCounts()
        #expect(throws: JournalError.self) { try school.journal.addKey(teacher, account: other.login, key: Self.ecdsa) }
        #expect(throws: JournalError.self) { try school.journal.keys(teacher) }
        #expect(throws: JournalError.self) { try school.journal.removeKey(other, fingerprint: Self.ed25519Fingerprint) }
        #expect(try school.rowCounts() == before)
        let unknown = try #require(PublicKey(line: Self.ecdsa))
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(key: unknown) }
    }

    @Test("H-CRED-3: a locked or breached account's key stops at once; a removed key opens nothing")
    func lockedAndRemovedKeysStop() throws {
        let school = try TestSchool()
        let teacher = try school.caller(of: try school.staff("Иванова Анна Петровна", [.subjectTeacher]).person.id!)
        _ = try school.journal.addKey(school.admin, account: teacher.login, key: Self.ed25519)
        let key = try #require(PublicKey(line: Self.ed25519))
        _ = try school.journal.setLocked(school.admin, account: teacher.login, locked: true)
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(key: key) }
        _ = try school.journal.setLocked(school.admin, account: teacher.login, locked: false)
        // Credentials reported leaked: the key stops with them.
        let other = try school.caller(of: try school.staff("Петров Пётр Петрович", [.subjectTeacher]).person.id!)
        _ = try school.journal.addKey(school.admin, account: other.login, key: Self.ecdsa)
        let otherKey = try #require(PublicKey(line: Self.ecdsa))
        #expect(try school.journal.authenticate(key: otherKey).accountId == other.accountId)
        _ = try school.journal.reportBreach(school.admin, organizationId: school.admin.organizationId, login: other.login)
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(key: otherKey) }
        _ = try school.journal.removeKey(school.admin, fingerprint: String(Self.ed25519Fingerprint.prefix(14)))
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(key: key) }
        // Only the other teacher's key is left.
        #expect(try school.journal.keys(school.admin).map(\.key.fingerprint) == [Self.ecdsaFingerprint])
    }

    @Test("J-ARCH-2: a key written into the file behind the product opens nothing and audit verify names it")
    func aKeyInsertedBehindTheProductOpensNothing() throws {
        let school = try TestSchool()
        let key = try #require(PublicKey(line: Self.ed25519))
        // As the sqlite3 tool would: no seal is written for the row.
        try school.journal.database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO accountKey (accountId, algorithm, blob, comment, fingerprint, addedAt, addedBy)
                    VALUES (?, ?, ?, '', ?, '2026-10-01 07:00:00.000', ?)
                    """, arguments: [school.admin.accountId, key.algorithm, key.blob, key.fingerprint, school.admin.accountId])
        }
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(key: key) }
        let problems = try school.journal.verifyAudit(school.admin).problems
        #expect(problems.contains(.rowInserted(table: "accountKey", key: "1")))
    }
}
