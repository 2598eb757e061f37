import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// `ticket take` (issue 24): the specialist who takes a ticket owns it, whoever it was assigned to.
@Suite struct TicketTakeTests {
    /// A teacher's question, filed by the desk.
    static let intake = TicketIntake(
        organization: "glshkola", login: "volkova.ip", identifier: "0", role: .subjectTeacher, topic: "не видно оценок",
        description: "описание", contact: "+7 912 000-00-00")

    @Test("H-TICKET-2: a ticket assigned to one specialist and taken by another is the taker's: in their queue, in its history")
    func theTakerOwnsIt() throws {
        let school = try DeskFixture()
        let first = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let second = try school.staff("Новиков Николай Игоревич", [.supportSpecialist])
        let (row, _) = try school.desk.openTicket(first, Self.intake)
        _ = try school.desk.assignTicket(first, id: row.ticket.id!, to: "Одрин")
        let taken = try school.desk.setTicketState(second, id: row.ticket.id!, to: .inProgress, taking: true)
        #expect(taken.ticket.assignee == "Новиков Николай Игоревич" && taken.ticket.assigneePersonId == second.personId)
        #expect(try school.desk.tickets(second, queue: .mine).map(\.ticket.id) == [row.ticket.id])
        #expect(try school.desk.tickets(first, queue: .mine).isEmpty)
        let (_, events) = try school.desk.ticket(second, id: row.ticket.id!)
        #expect(events.contains { $0.kind == .assigned && $0.text == "Новиков Николай Игоревич" })
    }

    @Test("H-TICKET-2: a resolved or closed ticket is not taken back into work in silence: taking it is refused and changes nothing")
    func aResolvedTicketIsNotTaken() throws {
        let school = try DeskFixture()
        let specialist = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let (row, _) = try school.desk.openTicket(specialist, Self.intake)
        let id = try row.ticket.savedId
        _ = try school.desk.setTicketState(specialist, id: id, to: .inProgress, taking: true)
        _ = try school.desk.setTicketState(specialist, id: id, to: .resolved, text: "Готово")
        for state in [TicketState.resolved, .closed] {
            if state == .closed { _ = try school.desk.setTicketState(specialist, id: id, to: .closed) }
            let before = try school.desk.ticket(specialist, id: id)
            #expect(throws: DeskError.badTransition(from: state, to: .inProgress)) {
                try school.desk.setTicketState(specialist, id: id, to: .inProgress, taking: true)
            }
            let after = try school.desk.ticket(specialist, id: id)
            #expect(after.0.ticket == before.0.ticket && after.1.count == before.1.count)
        }
    }
}
