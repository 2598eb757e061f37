import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// Tickets and privacy (H-TICKET-1 … 3, issue 9 part 7): internal notes stay the desk's, the
/// requester answers a ticket that waits for them, and who serves which school is explicit.
@Suite struct TicketPrivacyTests {
    func own(_ school: DeskFixture, _ caller: Caller) -> TicketIntake {
        TicketIntake(
            organization: "glshkola", login: caller.login, identifier: String(caller.identifier), role: .subjectTeacher,
            topic: "не видно оценок", description: "в дневнике пусто")
    }

    @Test("H-TICKET-3: The requester never sees internal notes and answers a waiting ticket")
    func theRequesterNeverSeesInternalNotesAndAnswersAWaitingTicket() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let (row, _) = try school.desk.openTicket(teacher, own(school, teacher))
        let id = row.ticket.id!
        _ = try school.desk.comment(support, id: id, text: "похоже, учитель путает классы", isPublic: false)
        _ = try school.desk.setTicketState(support, id: id, to: .inProgress)
        _ = try school.desk.setTicketState(support, id: id, to: .waiting, text: "Какой класс и предмет?")
        let (_, seen) = try school.desk.ticket(teacher, id: id)
        #expect(!seen.contains { $0.text == "похоже, учитель путает классы" })
        #expect(seen.contains { $0.text == "Какой класс и предмет?" })
        let (_, full) = try school.desk.ticket(support, id: id)
        #expect(full.contains { $0.text == "похоже, учитель путает классы" })
        // The requester's answer sets the ticket, and its clock, going again.
        #expect(try school.desk.ticket(teacher, id: id).0.clock.paused)
        let answered = try school.desk.comment(teacher, id: id, text: "5А, математика", isPublic: true)
        #expect(answered.ticket.state == .inProgress && !answered.clock.paused)
        #expect(throws: DeskError.forbidden(.workTickets)) { try school.desk.comment(teacher, id: id, text: "заметка", isPublic: false) }
        #expect(throws: DeskError.forbidden(.workTickets)) { try school.desk.setTicketState(teacher, id: id, to: .resolved) }
    }

    @Test("H-TICKET-1: A schools staff see their school and a desk the schools linked to it")
    func aSchoolsStaffSeeTheirSchoolAndADeskTheSchoolsLinkedToIt() throws {
        let school = try DeskFixture()
        let journal = school.journal
        let (_, otherAdminAccount) = try journal.createOrganization(
            code: "starokrym", name: "Старокрымский УВК № 1", timeZone: "Europe/Simferopol",
            adminName: "Нечаева О.О.", adminLogin: "nechaeva", adminPassword: "another-horse")
        let otherAdmin = try journal.caller(accountId: otherAdminAccount.id!)
        let (_, regionAdminAccount) = try journal.createOrganization(
            code: "rcoko", name: "Региональный центр", timeZone: "Europe/Moscow",
            adminName: "Орлова Мария Ивановна", adminLogin: "rcoko-admin", adminPassword: "region-horse-1")
        let regionAdmin = try journal.caller(accountId: regionAdminAccount.id!)
        let regionSupportRow = try journal.createStaff(
            regionAdmin, fullName: "Кузнецова Мария Андреевна", roles: [.supportSpecialist], email: nil, phone: nil)
        let issued = try journal.issueCredentials(regionAdmin, account: regionSupportRow.login!)
        let temporary = try journal.authenticate(login: issued.login, password: issued.temporaryPassword)
        let region = try journal.changePassword(temporary, current: issued.temporaryPassword, new: "region-password-2")
        let glazovSupport = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let (glazovTicket, _) = try school.desk.openTicket(teacher, own(school, teacher))
        let (krymTicket, _) = try school.desk.openTicket(
            otherAdmin,
            TicketIntake(
                organization: "starokrym", login: "nechaeva",
                identifier: String(otherAdmin.identifier), role: .journalAdmin,
                topic: "отчёт", description: "не строится"))
        // glshkola's own support: its school only, never Starokrym's children's data.
        #expect(try school.desk.tickets(glazovSupport).map(\.ticket.id) == [glazovTicket.ticket.id])
        #expect(throws: DeskError.ticketNotFound(krymTicket.ticket.id!)) {
            try school.desk.ticket(glazovSupport, id: krymTicket.ticket.id!)
        }
        // The regional desk sees nothing until a school links it, then that school.
        #expect(try school.desk.tickets(region).isEmpty)
        #expect(throws: DeskError.forbidden(.manageDeskSettings)) {
            _ = try school.desk.setService(teacher, supportOrganization: "rcoko", serves: true)
        }
        _ = try school.desk.setService(otherAdmin, supportOrganization: "rcoko", serves: true)
        #expect(try school.desk.tickets(region).map(\.ticket.id) == [krymTicket.ticket.id])
        _ = try school.desk.setTicketState(region, id: krymTicket.ticket.id!, to: .inProgress)
        #expect(throws: DeskError.ticketNotFound(glazovTicket.ticket.id!)) {
            try school.desk.setTicketState(region, id: glazovTicket.ticket.id!, to: .inProgress)
        }
        // Unlinked, it sees it no more.
        _ = try school.desk.setService(otherAdmin, supportOrganization: "rcoko", serves: false)
        #expect(try school.desk.tickets(region).isEmpty)
        // A breach at a school it does not serve cannot be reported by it.
        #expect(throws: JournalError.breachReportForbidden) {
            try school.desk.reportBreach(
                region, organization: "glshkola", login: teacher.login, discoveredAt: journal.clock.now, description: "x")
        }
    }

    @Test("H-TICKET-1: The desk ends a session itself when the account is locked or loses its role")
    func theDeskEndsSessionsItself() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist, .itEngineer])
        #expect(throws: Never.self) { try school.desk.tickets(support) }
        _ = try school.journal.setRole(school.admin, personId: support.personId, role: .supportSpecialist, granted: false)
        #expect(throws: JournalError.sessionEnded) { try school.desk.openTicket(support, own(school, support)) }
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        _ = try school.journal.setLocked(school.admin, account: teacher.login, locked: true)
        #expect(throws: JournalError.sessionEnded) {
            try school.desk.book(teacher, topic: "КТП", responsible: "Полий", date: school.date("24.11.2026"), time: school.time("14:00"))
        }
    }
}
