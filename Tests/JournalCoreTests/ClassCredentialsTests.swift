import Foundation
import GRDB
import Testing

@testable import JournalCore

/// Credentials for a whole class at once (J-ACL-4, H-CRED-2).
@Suite struct ClassCredentialsTests {
    @Test("J-ACL-4, H-CRED-2: a class's pupils and guardians get temporary passwords in one transaction; a stranger's call changes nothing")
    func aWholeClassAtOnce() throws {
        let school = try TestSchool()
        let journal = school.journal
        let leader = try school.staff("Сидорова Анна Павловна", [.classTeacher, .subjectTeacher])
        let other = try school.staff("Зайцев Пётр Ильич", [.classTeacher])
        let fiveA = try school.schoolClass(5, "А", teacher: leader.person.id!)
        _ = try school.schoolClass(5, "Б", teacher: other.person.id!)
        for (pupil, guardian) in [("Орлов Олег", "Орлова Ольга"), ("Белов Борис", "Белова Вера")] {
            let row = try school.student(pupil, in: fiveA.id!)
            _ = try journal.createGuardian(school.admin, studentId: row.person.id!, fullName: guardian, email: "g@example.ru", phone: nil)
        }
        let stranger = try school.caller(of: other.person.id!)
        let before = try school.rowCounts()
        let hashes = try journal.database.readDatabase { db in
            try String.fetchAll(db, sql: "SELECT IFNULL(passwordHash, '') FROM account ORDER BY id")
        }
        #expect(throws: JournalError.self) { try journal.issueCredentials(stranger, classId: fiveA.id!, role: nil) }
        #expect(try school.rowCounts() == before)
        #expect(
            try journal.database.readDatabase { db in
                try String.fetchAll(db, sql: "SELECT IFNULL(passwordHash, '') FROM account ORDER BY id")
            }
                == hashes)
        let issued = try journal.issueCredentials(try school.caller(of: leader.person.id!), classId: fiveA.id!, role: nil)
        #expect(issued.map(\.fullName) == ["Белов Борис", "Белова Вера", "Орлов Олег", "Орлова Ольга"])
        #expect(Set(issued.map(\.temporaryPassword)).count == 4)
        for slip in issued {
            let caller = try journal.authenticate(login: slip.login, password: slip.temporaryPassword)
            #expect(caller.mustChangePassword)
        }
        // Asked again, the class's accounts in use keep their passwords (issue 24): nothing to issue.
        #expect(try journal.issueCredentials(try school.caller(of: leader.person.id!), classId: fiveA.id!, role: nil).isEmpty)
        for slip in issued { #expect((try? journal.authenticate(login: slip.login, password: slip.temporaryPassword)) != nil) }
        // By role, the administration's: accounts in use only when asked again.
        #expect(try journal.issueCredentials(school.admin, classId: nil, role: .classTeacher).isEmpty)
        let teachers = try journal.issueCredentials(school.admin, classId: nil, role: .classTeacher, again: true)
        #expect(Set(teachers.map(\.fullName)) == ["Сидорова Анна Павловна", "Зайцев Пётр Ильич"])
    }

    @Test("J-ACL-4: when the sheet of slips cannot be written, no password is changed (the sheet is written before the commit)")
    func aSheetThatFailsChangesNothing() throws {
        let school = try TestSchool()
        let journal = school.journal
        let leader = try school.staff("Сидорова Анна Павловна", [.classTeacher])
        let fiveA = try school.schoolClass(5, "А", teacher: leader.person.id!)
        let row = try school.student("Орлов Олег", in: fiveA.id!)
        _ = try journal.createGuardian(school.admin, studentId: row.person.id!, fullName: "Орлова Ольга", email: "g@example.ru", phone: nil)
        let before = try school.rowCounts()
        func accounts() throws -> [String] {
            try journal.database.readDatabase { db in
                try String.fetchAll(db, sql: "SELECT state || ':' || IFNULL(passwordHash, '') FROM account ORDER BY id")
            }
        }
        let accountsBefore = try accounts()
        struct SheetFailed: Error {}
        #expect(throws: SheetFailed.self) {
            try journal.issueCredentials(school.admin, classId: fiveA.id!, role: nil) { _ in throw SheetFailed() }
        }
        #expect(try school.rowCounts() == before)
        #expect(try accounts() == accountsBefore)
    }
}
