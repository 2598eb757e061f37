import Foundation
import Testing
@testable import JournalCore

@Suite struct AuthenticationTests {
    @Test func wrongPasswordAndUnknownLoginGetTheSameAnswer() throws {
        let school = try TestSchool()
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(login: "usenko", password: "wrong-password") }
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(login: "nobody", password: "correct-horse") }
        #expect(try school.journal.authenticate(login: "USENKO", password: "correct-horse").roles == [.journalAdmin])
    }

    @Test func accountsWithoutCredentialsCannotLogIn() throws {
        let school = try TestSchool()
        let teacher = try school.staff("Жуков Пётр Ильич", [.subjectTeacher])
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(login: teacher.login!, password: "") }
    }

    @Test func aTemporaryPasswordMustBeChangedBeforeAnythingElse() throws {
        let school = try TestSchool()
        let teacher = try school.staff("Жуков Пётр Ильич", [.subjectTeacher])
        let issued = try school.journal.issueCredentials(school.admin, account: teacher.login!)
        #expect(issued.temporaryPassword.count == 12)
        let stored = try school.journal.read { db in try Account.fetchOne(db, key: ["login": teacher.login!]) }
        #expect(stored?.state == .mustChangePassword)
        #expect(stored?.passwordHash?.contains(issued.temporaryPassword) == false)

        let temporary = try school.journal.authenticate(login: issued.login, password: issued.temporaryPassword)
        #expect(temporary.mustChangePassword)
        #expect(throws: JournalError.passwordChangeRequired) { try school.journal.classes(temporary, yearId: school.year.id!) }
        #expect(throws: JournalError.invalid(.newPassword, .sameAsCurrent)) {
            try school.journal.changePassword(temporary, current: issued.temporaryPassword, new: issued.temporaryPassword)
        }
        let changed = try school.journal.changePassword(temporary, current: issued.temporaryPassword, new: "my-own-password")
        #expect(!changed.mustChangePassword)
        _ = try school.journal.classes(changed, yearId: school.year.id!)
        #expect(throws: JournalError.badCredentials) {
            try school.journal.authenticate(login: issued.login, password: issued.temporaryPassword)
        }
    }

    @Test func aLockedAccountIsRefused() throws {
        let school = try TestSchool()
        let teacher = try school.staff("Жуков Пётр Ильич", [.subjectTeacher])
        _ = try school.caller(of: teacher.person.id!)
        _ = try school.journal.setLocked(school.admin, account: teacher.login!, locked: true)
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(login: teacher.login!, password: "a-new-password") }
        _ = try school.journal.setLocked(school.admin, account: teacher.login!, locked: false)
        #expect(try school.journal.authenticate(login: teacher.login!, password: "a-new-password").mustChangePassword)
    }

    @Test func loginsAreMadeFromNamesAndStayUnique() throws {
        let school = try TestSchool()
        let first = try school.staff("Жуков Пётр Ильич", [.subjectTeacher])
        let second = try school.staff("Жуков Павел Иванович", [.subjectTeacher])
        #expect(first.login == "zhukov.pi")
        #expect(second.login == "zhukov.pi2")
        #expect(first.identifier != second.identifier)
    }
}

/// Failed logins, temporary password expiry and sessions ended by new credentials (issue 5).
@Suite struct LoginThrottleTests {
    @Test func fiveFailuresMakeTheAccountWaitLongerEachTimeAndTwentyLockIt() throws {
        let clock = ManualClock(TestSchool.now)
        let school = try TestSchool(clock: clock)
        let teacher = try school.staff("Зуев Захар Ильич", [.subjectTeacher])
        _ = try school.caller(of: teacher.person.id!)
        for _ in 1...4 {
            #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(login: teacher.login!, password: "wrong") }
        }
        // The right password still works after four failures, and clears the count.
        _ = try school.journal.authenticate(login: teacher.login!, password: "a-new-password")
        for _ in 1...5 {
            #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(login: teacher.login!, password: "wrong") }
        }
        // The fifth failure in a row: 30 seconds of waiting, even for the right password.
        #expect(throws: JournalError.tooManyAttempts(until: clock.now.addingTimeInterval(30), waitSeconds: 30)) {
            try school.journal.authenticate(login: teacher.login!, password: "a-new-password")
        }
        clock.advance(by: 31)
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(login: teacher.login!, password: "wrong") }
        #expect(throws: JournalError.tooManyAttempts(until: clock.now.addingTimeInterval(60), waitSeconds: 60)) {
            try school.journal.authenticate(login: teacher.login!, password: "wrong")
        }
        for _ in 7...20 {
            clock.advance(by: 3601)
            #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(login: teacher.login!, password: "wrong") }
        }
        clock.advance(by: 3601)
        // Locked: the right password gets the answer a wrong one gets, and the back-off goes on.
        #expect(throws: JournalError.badCredentials) { try school.journal.authenticate(login: teacher.login!, password: "a-new-password") }
        #expect(throws: JournalError.tooManyAttempts(until: clock.now.addingTimeInterval(3600), waitSeconds: 3600)) {
            try school.journal.authenticate(login: teacher.login!, password: "a-new-password")
        }
        #expect(throws: JournalError.unlockNeedsNewCredentials) {
            try school.journal.setLocked(school.admin, account: teacher.login!, locked: false)
        }
        let failures = try school.journal.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM loginFailure")! }
        #expect(failures == 25)
        // A reset unlocks it with a temporary password.
        let issued = try school.journal.issueCredentials(school.admin, account: teacher.login!)
        _ = try school.journal.authenticate(login: teacher.login!, password: issued.temporaryPassword)
    }

    @Test func aTemporaryPasswordExpiresAfterSeventyTwoHoursAndNewCredentialsEndSessions() throws {
        let clock = ManualClock(TestSchool.now)
        let school = try TestSchool(clock: clock)
        let teacher = try school.staff("Зуев Захар Ильич", [.subjectTeacher])
        let session = try school.caller(of: teacher.person.id!)
        #expect(throws: Never.self) { try school.journal.checkSession(session) }
        let issued = try school.journal.issueCredentials(school.admin, account: teacher.login!)
        #expect(issued.expiresAt == clock.now.addingTimeInterval(72 * 3600))
        // The session opened before the reset has ended, for every operation.
        #expect(throws: JournalError.sessionEnded) { try school.journal.checkSession(session) }
        #expect(throws: JournalError.sessionEnded) { try school.journal.subjects(session) }
        clock.advance(by: 72 * 3600 + 1)
        #expect(throws: JournalError.temporaryPasswordExpired) {
            try school.journal.authenticate(login: teacher.login!, password: issued.temporaryPassword)
        }
    }
}
