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
        #expect(throws: JournalError.accountLocked) { try school.journal.authenticate(login: teacher.login!, password: "a-new-password") }
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
