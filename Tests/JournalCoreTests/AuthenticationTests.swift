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
        let stored = try school.journal.read { db in try db.record(Account.self, "SELECT * FROM account WHERE login = ?", [teacher.login!])
        }
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
        // The first free suffix among the logins found in one look-up: «zhukova.pi» begins as
        // «zhukov.pi» does and is its own; the next namesake is «3».
        let third = try school.staff("Жукова Полина Игоревна", [.subjectTeacher])
        #expect(third.login == "zhukova.pi")
        let fourth = try school.staff("Жуков Прохор Ильич", [.subjectTeacher])
        #expect(fourth.login == "zhukov.pi3")
    }
}

/// Failed logins, temporary password expiry and sessions ended by new credentials (issue 5).
@Suite struct LoginThrottleTests {
    @Test(
        "H-CRED-1 (issue 24): five failures from one source make that source wait longer each time; the owner elsewhere gets in; no number of failures locks the account"
    )
    func failuresSlowTheGuesserNotTheOwner() throws {
        let clock = ManualClock(TestSchool.now)
        let school = try TestSchool(clock: clock)
        let teacher = try school.staff("Зуев Захар Ильич", [.subjectTeacher])
        _ = try school.caller(of: teacher.person.id!)
        let (guesser, owner) = (LoginSource("ssh 203.0.113.5"), LoginSource("uid 1000"))
        func logIn(_ password: String, from source: LoginSource) throws -> Caller {
            try school.journal.authenticate(login: teacher.login!, password: password, source: source)
        }
        for _ in 1...4 {
            #expect(throws: JournalError.badCredentials) { try logIn("wrong", from: guesser) }
        }
        // The right password still works after four failures, and clears that source's count.
        _ = try logIn("a-new-password", from: guesser)
        for _ in 1...5 {
            #expect(throws: JournalError.badCredentials) { try logIn("wrong", from: guesser) }
        }
        // The fifth failure in a row: 30 seconds of waiting there, even for the right password…
        #expect(throws: JournalError.tooManyAttempts(until: clock.now.addingTimeInterval(30), waitSeconds: 30)) {
            try logIn("a-new-password", from: guesser)
        }
        // …while the owner at their own terminal is let in, and the guesser still waits.
        _ = try logIn("a-new-password", from: owner)
        #expect(throws: JournalError.tooManyAttempts(until: clock.now.addingTimeInterval(30), waitSeconds: 30)) {
            try logIn("wrong", from: guesser)
        }
        clock.advance(by: 31)
        #expect(throws: JournalError.badCredentials) { try logIn("wrong", from: guesser) }
        #expect(throws: JournalError.tooManyAttempts(until: clock.now.addingTimeInterval(60), waitSeconds: 60)) {
            try logIn("wrong", from: guesser)
        }
        for _ in 7...30 {
            clock.advance(by: 3601)
            #expect(throws: JournalError.badCredentials) { try logIn("wrong", from: guesser) }
        }
        // Thirty failures lock nothing: the owner logs in; the guesser waits the longest.
        _ = try logIn("a-new-password", from: owner)
        #expect(throws: JournalError.tooManyAttempts(until: clock.now.addingTimeInterval(3600), waitSeconds: 3600)) {
            try logIn("a-new-password", from: guesser)
        }
        let failures = try school.journal.read { db in try db.value(Int.self, "SELECT COUNT(*) FROM loginFailure")! }
        #expect(failures == 34)
        // New credentials clear every source's count.
        let issued = try school.journal.issueCredentials(school.admin, account: teacher.login!)
        _ = try logIn(issued.temporaryPassword, from: guesser)
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
