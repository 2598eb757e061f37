import Foundation
import GRDB
import Testing

@testable import JournalCore

/// Accounts and sessions that cannot be revived or guessed (issue 9, part 2; J-ACL-4, H-CRED-1).
@Suite struct SessionTrustTests {
    @Test("J-ACL-4: A revoked role a lock or a password change ends open sessions")
    func aRevokedRoleALockOrAPasswordChangeEndsOpenSessions() throws {
        let school = try TestSchool()
        let journal = school.journal
        let row = try school.staff("Жуков Пётр Ильич", [.subjectTeacher, .methodologist])
        let session = try school.caller(of: row.person.id!)
        let other = try journal.caller(accountId: session.accountId)
        _ = try journal.setRole(school.admin, personId: row.person.id!, role: .methodologist, granted: false)
        #expect(throws: JournalError.sessionEnded) { try journal.checkSession(session) }
        // A lock ends the session, and unlocking does not revive it.
        let fresh = try journal.authenticate(login: row.login!, password: "a-new-password")
        _ = try journal.setLocked(school.admin, account: row.login!, locked: true)
        _ = try journal.setLocked(school.admin, account: row.login!, locked: false)
        #expect(throws: JournalError.sessionEnded) { try journal.checkSession(fresh) }
        // A password change ends the other sessions; the changing one goes on.
        let temporary = try journal.authenticate(login: row.login!, password: "a-new-password")
        let changed = try journal.changePassword(temporary, current: "a-new-password", new: "second-password-1")
        let second = try journal.authenticate(login: row.login!, password: "second-password-1")
        let third = try journal.changePassword(second, current: "second-password-1", new: "third-password-22")
        #expect(throws: Never.self) { try journal.checkSession(third) }
        #expect(throws: JournalError.sessionEnded) { try journal.checkSession(changed) }
        #expect(throws: JournalError.sessionEnded) { try journal.checkSession(other) }
    }

    @Test("H-CRED-1: New passwords follow nist800_63 b") func newPasswordsFollowNIST800_63B() throws {
        let school = try TestSchool()
        let row = try school.staff("Жуков Пётр Ильич", [.subjectTeacher])
        let caller = try school.caller(of: row.person.id!)
        for (password, reason) in [
            ("short1", Reason.tooShort(min: 8)), (row.login!.uppercased() + "", .sameAsLogin),
            ("zzzzzzzzzz", .repeatedCharacter), ("Password123", .commonPassword), ("йцукенгш", .commonPassword),
        ] {
            #expect(throws: JournalError.invalid(.newPassword, reason)) {
                try school.journal.changePassword(caller, current: "a-new-password", new: password)
            }
        }
    }

    @Test(
        "H-CRED-1 (issue 24): passwords people pick and guessers try first are refused — cracklib's dictionary however mangled, a word with digits, the school's words, the person's own name"
    )
    func wordsWithDigitsAndOwnNamesAreRefused() throws {
        let school = try TestSchool()
        let row = try school.staff("Алексеев Сергей Николаевич", [.subjectTeacher])
        let caller = try school.caller(of: row.person.id!)
        let weak = [
            "Aa123456", "qazwsxedc", "Qwerty123!", "demo2026", "Teacher2026", "shkola2026", "школа2026", "Алексеев2026", "alekseev1980",
            "Sergey2026!", "uchitel2026", "Журнал2026", "2026parol", "Dnevnik!!", "\(row.login!)2026",
        ]
        for password in weak {
            #expect(throws: JournalError.invalid(.newPassword, .commonPassword), "\(password)") {
                try school.journal.changePassword(caller, current: "a-new-password", new: password)
            }
        }
        // Passphrases and random strings pass.
        var (current, session) = ("a-new-password", caller)
        for password in ["горит-лампа-у-окна", "Secret-Pass-9137", "tram7-kettle-oak", "Zq8#mv2!Lp"] {
            do {
                session = try school.journal.changePassword(session, current: current, new: password)
                current = password
            } catch {
                Issue.record("\(password): \(error)")
            }
        }
    }

    @Test("H-CRED-1: Unknown logins wrong passwords and locked accounts are answered alike")
    func unknownLoginsWrongPasswordsAndLockedAccountsAreAnsweredAlike() throws {
        let clock = ManualClock(TestSchool.now)
        let school = try TestSchool(clock: clock)
        let row = try school.staff("Жуков Пётр Ильич", [.subjectTeacher])
        _ = try school.caller(of: row.person.id!)
        _ = try school.journal.setLocked(school.admin, account: row.login!, locked: true)
        // Five failures each: a known login with a wrong password, a locked account with the right
        // one, and a login that does not exist, typed as a password by mistake.
        for (login, password) in [("usenko", "wrong-password"), (row.login!, "a-new-password"), ("Secret-Pa55word", "x")] {
            for _ in 1...5 {
                #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(login: login, password: password) }
            }
            #expect(throws: JournalError.tooManyAttempts(until: clock.now.addingTimeInterval(30), waitSeconds: 30)) {
                try school.journal.authenticate(login: login, password: password)
            }
        }
        // Nothing typed into the login field is kept in clear.
        let stored = try school.journal.read { db in
            try db.values(String.self, "SELECT login FROM loginFailure UNION ALL SELECT loginDigest FROM loginThrottle")
        }
        #expect(!stored.contains { $0.localizedCaseInsensitiveContains("Secret-Pa55word") })
    }

    @Test("H-CRED-1: A wrong password for an unknown login costs a scrypt hash") func aWrongPasswordForAnUnknownLoginCostsAScryptHash()
        throws
    {
        let school = try TestSchool()
        let hasher = PasswordHasher.fastForTests
        #expect(hasher.dummyHash.hasPrefix("scrypt$1024$8$1$"))
        #expect(!PasswordHasher.verify("anything", against: hasher.dummyHash))
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(login: "nobody", password: "anything") }
    }
}
