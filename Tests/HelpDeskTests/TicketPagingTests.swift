import Foundation
import GRDB
import Synchronization
import Testing

@testable import HelpDesk
@testable import JournalCore

/// `ticket list` is paged and reads a page with a fixed number of queries (issue 10, part 6).
@Suite struct TicketPagingTests {
    func file(_ school: DeskFixture, _ support: Caller, _ count: Int) throws {
        for number in 1...count {
            _ = try school.desk.openTicket(
                support,
                TicketIntake(
                    organization: "glshkola", login: "volkova.ip", identifier: "0", role: .subjectTeacher, topic: "вопрос \(number)",
                    description: "описание", contact: "+7 912 000-00-00"))
        }
    }

    /// How many statements `body` runs on the desk's connection.
    func statements(_ school: DeskFixture, _ body: () throws -> Void) throws -> Int {
        let count = Mutex(0)
        try school.journal.database.writer.writeWithoutTransaction { db in
            db.trace(options: .statement) { _ in count.withLock { $0 += 1 } }
        }
        try body()
        try school.journal.database.writer.writeWithoutTransaction { db in db.trace(options: .statement, nil) }
        return count.withLock { $0 }
    }

    @Test("H-TICKET-1: open tickets 50 a page, the page asked for, all with every state")
    func pagesOfOpenTickets() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        try file(school, support, 60)
        let closed = try school.desk.tickets(support)[0]
        _ = try school.desk.setTicketState(support, id: closed.ticket.id!, to: .inProgress, text: nil)
        _ = try school.desk.setTicketState(support, id: closed.ticket.id!, to: .resolved, text: "готово")
        _ = try school.desk.setTicketState(support, id: closed.ticket.id!, to: .closed, text: nil)
        let first = try school.desk.ticketPage(support, search: TicketSearch(includeClosed: false, page: 1))
        #expect(first.rows.count == 50 && first.total == 59 && first.pages == 2)
        #expect(!first.rows.contains { $0.ticket.id == closed.ticket.id })
        let second = try school.desk.ticketPage(support, search: TicketSearch(includeClosed: false, page: 2))
        #expect(second.rows.count == 9 && second.page == 2)
        #expect(Set(first.rows.map(\.ticket.id)).isDisjoint(with: second.rows.map(\.ticket.id)))
        let past = try school.desk.ticketPage(support, search: TicketSearch(includeClosed: false, page: 9))
        #expect(past.page == 2)
        #expect(try school.desk.ticketPage(support, search: TicketSearch(includeClosed: true, page: nil)).rows.count == 60)
    }

    @Test("A page of tickets takes the same number of queries for 5 tickets as for 40, at 20 tickets filed or 80")
    func aPageTakesAFixedNumberOfQueries() throws {
        var counts: [Int] = []
        for total in [20, 80] {
            let school = try DeskFixture()
            let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
            try file(school, support, total)
            // The first read also learns the schema; measure after it.
            _ = try school.desk.ticketPage(support, search: TicketSearch(includeClosed: false, page: 1, pageSize: 1))
            for size in [5, 40] {
                counts.append(
                    try statements(school) {
                        _ = try school.desk.ticketPage(support, search: TicketSearch(includeClosed: false, page: 1, pageSize: size))
                    })
            }
        }
        #expect(Set(counts).count == 1, "\(counts)")
        #expect(counts[0] < 40, "\(counts)")
    }
}
