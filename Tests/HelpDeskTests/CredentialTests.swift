import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// Lost and leaked credentials (H-CRED-1, H-CRED-2, H-CRED-3, J-ACL-4): a reset is a kind of
/// ticket with the identity check and the hand-over against a signature recorded.
@Suite struct CredentialTests {
    struct School {
        let fixture: DeskFixture
        let classTeacher: Caller
        let teacher: Caller
        let support: Caller
        let student: Caller
        let guardian: Caller
        let otherStudent: Caller

        init() throws {
            fixture = try DeskFixture()
            let journal = fixture.journal
            let admin = fixture.admin
            let classTeacherRow = try journal.createStaff(
                admin, fullName: "Нечаева Ольга Олеговна", roles: [.subjectTeacher, .classTeacher], email: nil, phone: nil)
            let year = try journal.year(admin, named: nil)
            let fiveA = try journal.createClass(
                admin, yearId: year.id!, gradeLevel: 5, letter: "А", classTeacherId: classTeacherRow.person.id!)
            let fiveB = try journal.createClass(admin, yearId: year.id!, gradeLevel: 5, letter: "Б", classTeacherId: nil)
            let studentRow = try journal.createStudent(
                admin, classId: fiveA.id!, fullName: "Иванов Иван Иванович", birthDate: fixture.date("12.03.2015"), sex: .male)
            let guardianRow = try journal.createGuardian(
                admin, studentId: studentRow.person.id!, fullName: "Иванова Анна Петровна", email: "a@example.ru", phone: nil)
            let otherRow = try journal.createStudent(
                admin, classId: fiveB.id!, fullName: "Петров Пётр Петрович", birthDate: fixture.date("01.02.2015"), sex: .male)
            classTeacher = try fixture.caller(of: classTeacherRow.person.id!)
            teacher = try fixture.staff("Волкова Ирина Петровна", [.subjectTeacher])
            support = try fixture.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
            student = try fixture.caller(of: studentRow.person.id!)
            guardian = try fixture.caller(of: guardianRow.person.id!)
            otherStudent = try fixture.caller(of: otherRow.person.id!)
        }

        func request(for target: Caller) -> TicketIntake {
            TicketIntake(
                organization: "glshkola", login: target.login, identifier: String(target.identifier), role: target.roles.first!,
                topic: "забыл пароль", description: "Не может войти: потерял листок с паролем")
        }
    }

    static let passport = IdentityCheck(method: .inPerson, detail: "паспорт предъявлен")

    @Test func whoMayResetWhom() throws {
        let school = try School()
        let admin = school.fixture.admin
        // (who resets, whose credentials, allowed)
        // (who resets, whose credentials, allowed); refusals first, since a reset ends its target's sessions.
        let matrix: [(String, Caller, Caller, Bool)] = [
            ("class teacher → another class's student", school.classTeacher, school.otherStudent, false),
            ("class teacher → teacher", school.classTeacher, school.teacher, false),
            ("subject teacher → student", school.teacher, school.student, false),
            ("support specialist → teacher", school.support, school.teacher, false),
            ("admin → own account", admin, admin, false),
            ("class teacher → own account", school.classTeacher, school.classTeacher, false),
            ("class teacher → own student", school.classTeacher, school.student, true),
            ("class teacher → own student's guardian", school.classTeacher, school.guardian, true),
            ("admin → teacher", admin, school.teacher, true),
            ("admin → student", admin, school.otherStudent, true),
            ("admin → guardian", admin, school.guardian, true),
        ]
        for (name, who, whom, allowed) in matrix {
            do {
                let reset = try school.fixture.desk.resetCredentials(who, school.request(for: whom), identity: Self.passport)
                #expect(allowed, "\(name) was allowed")
                #expect(reset.credentials.login == whom.login && reset.ticket.ticket.kind == .credentialReset)
            } catch JournalError.forbidden {
                #expect(!allowed, "\(name) was refused")
            }
        }
        // Every refusal is in the audit log and nowhere else: no ticket, no mail to the account's owner.
        let (refused, tickets) = try school.fixture.journal.read { db in
            (
                try db.value(Int.self, "SELECT COUNT(*) FROM auditEntry WHERE action = 'credentialsRefused'") ?? 0,
                try db.value(Int.self, "SELECT COUNT(*) FROM ticket") ?? 0
            )
        }
        #expect(refused == 6)
        #expect(tickets == 5, "a ticket for each reset done, none for a refusal (whose notice would mail the owner)")
    }

    @Test("H-CRED-1, H-TICKET-1: the role the requester states is checked against the account's roles")
    func theStatedRoleIsChecked() throws {
        let school = try School()
        let desk = school.fixture.desk
        // A teacher's login stated as a parent's: no reset, and the teacher's password still works.
        var asParent = school.request(for: school.teacher)
        asParent.role = .guardian
        #expect(throws: JournalError.invalid(.role, .roleNotHeld)) {
            try desk.resetCredentials(school.fixture.admin, asParent, identity: Self.passport)
        }
        try school.fixture.journal.checkSession(school.teacher)
        // A ticket with a role the account does not hold is taken, unverified.
        let (row, check) = try desk.openTicket(school.support, asParent)
        #expect(check == .roleMismatch && !row.ticket.verified && row.ticket.requesterAccountId == nil)
        let (own, ownCheck) = try desk.openTicket(school.support, school.request(for: school.teacher))
        #expect(ownCheck == .verified && own.ticket.verified)
    }

    @Test func aResetChecksIdentityIssuesAnExpiringPasswordEndsSessionsAndRecordsTheHandover() throws {
        let school = try School()
        let desk = school.fixture.desk
        #expect(throws: DeskError.invalid(.method, .missing)) {
            try desk.resetCredentials(
                school.classTeacher, school.request(for: school.guardian), identity: IdentityCheck(method: .callBack, detail: " "))
        }
        var wrong = school.request(for: school.guardian)
        wrong.identifier = "1"
        #expect(throws: JournalError.invalid(.identifier, .unknown("1"))) {
            try desk.resetCredentials(school.classTeacher, wrong, identity: Self.passport)
        }
        let reset = try desk.resetCredentials(
            school.classTeacher, school.request(for: school.guardian),
            identity: IdentityCheck(method: .callBack, detail: "звонок на телефон из карточки"))
        let issued = reset.credentials
        #expect(school.fixture.local(issued.expiresAt) == "2026-11-26 10:00")
        // The guardian's open session has ended; the temporary password must be changed at login.
        #expect(throws: JournalError.sessionEnded) { try school.fixture.journal.checkSession(school.guardian) }
        let temporary = try school.fixture.journal.authenticate(login: issued.login, password: issued.temporaryPassword)
        #expect(temporary.mustChangePassword)
        // The password is in no record of the database.
        let stored = try school.fixture.journal.read { db in
            try db.values(
                String.self, "SELECT COALESCE(text, '') || description FROM ticketEvent JOIN ticket ON ticket.id = ticketEvent.ticketId")
        }
        #expect(!stored.contains { $0.contains(issued.temporaryPassword) })
        let handed = try desk.recordHandover(school.classTeacher, ticketId: reset.ticket.ticket.id!, receivedBy: "Иванова Анна Петровна")
        #expect(handed.ticket.state == .resolved)
        let (_, history) = try desk.ticket(school.classTeacher, id: reset.ticket.ticket.id!)
        #expect(history.map(\.kind) == [.created, .identityCheck, .state, .handover, .state])
        #expect(history.first { $0.kind == .identityCheck }?.text == "callBack: звонок на телефон из карточки")
        #expect(history.first { $0.kind == .handover }?.text == "Иванова Анна Петровна ← Нечаева Ольга Олеговна")
    }

    @Test func aBreachReportLocksTheAccountAndIsLateAfterOneWorkingDay() throws {
        let school = try School()
        let desk = school.fixture.desk
        // Discovered on Friday 20 November at 16:00: reported by Monday 23 November 16:00, it is on time.
        let friday = DeskFixture.instant("2026-11-20T16:00:00", "Europe/Samara")
        #expect(throws: JournalError.breachReportForbidden) {
            try desk.reportBreach(school.student, login: school.teacher.login, discoveredAt: friday, description: "x")
        }
        let (ticket, report) = try desk.reportBreach(
            school.teacher, login: school.teacher.login, discoveredAt: friday,
            reportedAt: DeskFixture.instant("2026-11-23T09:00:00", "Europe/Samara"),
            description: "Пароль учителя висит на доске в кабинете")
        #expect(!report.late && ticket.ticket.kind == .breach && ticket.ticket.priority == .urgent)
        #expect(ticket.ticket.assignee == "Абжелова А.Д")
        #expect(throws: JournalError.badCredentials) {
            try school.fixture.journal.authenticate(login: school.teacher.login, password: "a-new-password")
        }
        // Discovered on Thursday 19 November at 10:00 and reported on Monday: late.
        let (_, late) = try desk.reportBreach(
            school.support, login: school.classTeacher.login,
            discoveredAt: DeskFixture.instant("2026-11-19T10:00:00", "Europe/Samara"), description: "Пароль в чате")
        #expect(late.late)
        // The administrator restores the account with new credentials.
        let restored = try desk.resetCredentials(school.fixture.admin, school.request(for: school.teacher), identity: Self.passport)
        _ = try school.fixture.journal.authenticate(login: school.teacher.login, password: restored.credentials.temporaryPassword)
        #expect(throws: JournalError.invalid(.date, .endBeforeStart)) {
            try desk.reportBreach(
                school.support, login: school.guardian.login, discoveredAt: school.fixture.journal.clock.now.addingTimeInterval(60),
                description: "x")
        }
    }
}
