import Foundation
import GRDB
import Mail
import Testing

@testable import HelpDesk
@testable import JournalCore

/// Duplicates merged, related tickets linked, a mass incident answering every ticket under it,
/// and the requester's rating of the answer (issue 14, parts 3 and 4; H-TICKET-1, H-TICKET-3).
@Suite struct TicketLinkTests {
    struct Desk {
        let school: DeskFixture
        let support: Caller
        let requesters: [Caller]
        let tickets: [Int64]
    }

    /// Three teachers each report the journal down, as an outage brings them.
    func outage() throws -> Desk {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        var requesters: [Caller] = []
        var tickets: [Int64] = []
        for (index, name) in ["Волкова Ирина Петровна", "Жукова Ольга Ивановна", "Карпов Олег Петрович"].enumerated() {
            let teacher = try school.staff(name, [.subjectTeacher], email: "teacher\(index)@example.ru")
            let (row, _) = try school.desk.openTicket(
                teacher,
                TicketIntake(
                    organization: "glshkola", login: teacher.login, identifier: String(teacher.identifier), role: .subjectTeacher,
                    topic: "Журнал не открывается", description: "Ошибка 502 с утра"))
            requesters.append(teacher)
            tickets.append(row.ticket.id!)
        }
        return Desk(school: school, support: support, requesters: requesters, tickets: tickets)
    }

    func notices(_ desk: SupportDesk) throws -> [OutboxMessage] {
        try desk.journal.database.read { store in try store.records(OutboxMessage.self, "SELECT * FROM outboxMessage ORDER BY id") }
    }

    @Test("H-TICKET-3: the school's director and deputies are told of a journal outage as the incident opens, no one else of the school")
    func theAdministrationIsToldOfAnOutage() throws {
        let desk = try outage()
        for (name, role, email) in [
            ("Петрова Анна Сергеевна", Role.director, "director@example.ru"),
            ("Кузнецова Ольга Юрьевна", .deputyAcademic, "zavuch@example.ru"),
            ("Зайцева Вера Петровна", .deputyUpbringing, "zamvr@example.ru"),
        ] {
            _ = try desk.school.staff(name, [role], email: email)
        }
        let incident = try desk.school.desk.openIncident(desk.support, topic: "Журнал недоступен", description: "502 у всех с 8:00")
        let told = try notices(desk.school.desk).compactMap { message -> String? in
            if case .outage(let notice) = message.notice, notice.ticket == incident.ticket.id, notice.specialist == desk.support.fullName {
                message.address
            } else {
                nil
            }
        }
        #expect(Set(told) == ["director@example.ru", "zavuch@example.ru", "zamvr@example.ru"])
        #expect(told.count == 3)
    }

    @Test("H-TICKET-3: a journal outage becomes one incident whose resolution answers every ticket under it, each requester told")
    func anIncidentAnswersAllItsTickets() throws {
        let desk = try outage()
        let service = desk.school.desk
        // An unrelated ticket stays out of the search.
        let other = try desk.school.staff("Лебедев Иван Ильич", [.subjectTeacher])
        let (unrelated, _) = try service.openTicket(
            other,
            TicketIntake(
                organization: "glshkola", login: other.login, identifier: String(other.identifier), role: .subjectTeacher,
                topic: "Не видно КТП", description: "после загрузки"))
        let incident = try service.openIncident(
            desk.support, topic: "Журнал недоступен", description: "502 у всех с 8:00", matching: "не открывается")
        let id = incident.ticket.id!
        #expect(
            incident.ticket.isIncident && incident.ticket.state == .inProgress && incident.ticket.assigneePersonId == desk.support.personId)
        #expect(try service.ticketRelations(desk.support, id: id).children == desk.tickets)
        #expect(try service.openIncidents(desk.support).map(\.ticket.id) == [id])
        #expect(throws: DeskError.forbidden(.workTickets)) { try service.openIncidents(desk.requesters[0]) }
        // Each requester hears their ticket is part of the known problem.
        let told = try notices(service).compactMap { message -> Int64? in
            if case .ticketInIncident(let notice) = message.notice, notice.other == id { notice.ticket } else { nil }
        }
        #expect(told == desk.tickets)
        // Resolving the incident resolves them all with its answer.
        _ = try service.setTicketState(desk.support, id: id, to: .resolved, text: "Сервер перезапущен, журнал работает")
        for (ticketId, requester) in zip(desk.tickets, desk.requesters) {
            let (row, events) = try service.ticket(requester, id: ticketId)
            #expect(row.ticket.state == .resolved && row.ticket.firstResponseAt != nil)
            #expect(events.last?.text == "Сервер перезапущен, журнал работает" && events.last?.otherTicketId == id)
        }
        let resolved = try notices(service).compactMap { message -> (String, String?)? in
            if case .ticketResolved(let notice) = message.notice { (message.address, notice.text) } else { nil }
        }
        #expect(resolved.map(\.0) == ["teacher0@example.ru", "teacher1@example.ru", "teacher2@example.ru"])
        #expect(resolved.allSatisfy { $0.1 == "Сервер перезапущен, журнал работает" })
        #expect(try service.ticket(desk.support, id: unrelated.ticket.id!).0.ticket.state == .assigned)
    }

    @Test("A duplicate is merged with its history kept and closed; the answer to the one it joined reaches its requester")
    func aDuplicateIsMergedAndStillAnswered() throws {
        let desk = try outage()
        let service = desk.school.desk
        let (first, second) = (desk.tickets[0], desk.tickets[1])
        let before = try service.ticket(desk.support, id: second).1.count
        _ = try service.mergeTicket(desk.support, id: second, into: first)
        let (merged, events) = try service.ticket(desk.requesters[1], id: second)
        #expect(merged.ticket.state == .closed && events.count == before + 1 && events.last?.kind == .mergedInto)
        // Closed by the merge, not answered: there is nothing of its own for its requester to rate.
        #expect(throws: DeskError.ratingRefused(.notResolved(second))) { try service.rateTicket(desk.requesters[1], id: second, rating: 3) }
        #expect(try service.ticketRelations(desk.requesters[1], id: second).parent == first)
        // The requester of the duplicate does not see the other's ticket, only its number.
        #expect(throws: DeskError.ticketNotFound(first)) { try service.ticket(desk.requesters[1], id: first) }
        #expect(try service.ticketRelations(desk.support, id: first).merged == [second])
        // Refused: twice, with itself, a closed one, and by someone who does not work the tickets.
        #expect(throws: DeskError.linkRefused(.notOpen(second))) { try service.mergeTicket(desk.support, id: second, into: first) }
        #expect(throws: DeskError.linkRefused(.sameTicket(first))) { try service.mergeTicket(desk.support, id: first, into: first) }
        #expect(throws: DeskError.forbidden(.workTickets)) {
            try service.mergeTicket(desk.requesters[2], id: desk.tickets[2], into: first)
        }
        let counts = try desk.school.rowCounts()
        #expect(throws: DeskError.linkRefused(.alreadyUnder(second, parent: first, how: .merged))) {
            try service.mergeTicket(desk.support, id: desk.tickets[2], into: second)
        }
        #expect(try desk.school.rowCounts() == counts)
        _ = try service.setTicketState(desk.support, id: first, to: .resolved, text: "Исправлено")
        let (_, after) = try service.ticket(desk.requesters[1], id: second)
        #expect(after.last?.kind == .reply && after.last?.text == "Исправлено" && after.last?.isPublic == true)
        let replies = try notices(service).compactMap { message -> String? in
            if case .ticketReply(let notice) = message.notice, notice.ticket == second { notice.text } else { nil }
        }
        #expect(replies == ["Исправлено"])
    }

    @Test("Related tickets are linked both ways and unlinked with both histories keeping it")
    func relatedTicketsAreLinked() throws {
        let desk = try outage()
        let service = desk.school.desk
        let (one, other) = (desk.tickets[0], desk.tickets[2])
        try service.linkTickets(desk.support, id: one, with: other)
        try service.linkTickets(desk.support, id: other, with: one)
        #expect(try service.ticketRelations(desk.support, id: one).related == [other])
        #expect(try service.ticketRelations(desk.support, id: other).related == [one])
        try service.unlinkTickets(desk.support, id: other, from: one)
        #expect(try service.ticketRelations(desk.support, id: one).isEmpty)
        #expect(throws: DeskError.linkRefused(.notLinked(one, other))) { try service.unlinkTickets(desk.support, id: one, from: other) }
        let kinds = try service.ticket(desk.support, id: one).1.map(\.kind).filter { $0 == .linked || $0 == .unlinked }
        #expect(kinds == [.linked, .unlinked])
        // Ordinary tickets do not take others under them; a ticket under an incident is not merged elsewhere.
        #expect(throws: DeskError.linkRefused(.notIncident(one))) {
            try service.attachToIncident(desk.support, incident: one, tickets: [other])
        }
        let incident = try service.openIncident(desk.support, topic: "Сбой", description: "502", tickets: [one])
        let before = try desk.school.rowCounts()
        #expect(throws: DeskError.linkRefused(.alreadyUnder(one, parent: incident.ticket.id!, how: .incident))) {
            try service.mergeTicket(desk.support, id: one, into: other)
        }
        #expect(throws: DeskError.linkRefused(.isIncident(incident.ticket.id!))) {
            try service.mergeTicket(desk.support, id: incident.ticket.id!, into: other)
        }
        #expect(try desk.school.rowCounts() == before, "a refused link changes nothing")
    }

    @Test("After resolution only the requester rates the answer 1–5, once, at the console or by replying to the mail")
    func theRequesterRatesTheAnswer() throws {
        let desk = try outage()
        let service = desk.school.desk
        let (id, teacher) = (desk.tickets[0], desk.requesters[0])
        #expect(throws: DeskError.ratingRefused(.notResolved(id))) { try service.rateTicket(teacher, id: id, rating: 5) }
        _ = try service.setTicketState(desk.support, id: id, to: .resolved, text: "Исправлено")
        #expect(try service.ticketsToRate(teacher).map(\.id) == [id])
        #expect(throws: DeskError.invalid(.rating, .outOfRange(min: 1, max: 5))) { try service.rateTicket(teacher, id: id, rating: 6) }
        #expect(throws: DeskError.ratingRefused(.notRequester(id))) { try service.rateTicket(desk.support, id: id, rating: 1) }
        let rating = try service.rateTicket(teacher, id: id, rating: 4, comment: "долго, но помогли")
        #expect(rating.rating == 4 && !rating.byMail && rating.comment == "долго, но помогли")
        #expect(throws: DeskError.ratingRefused(.alreadyRated(id))) { try service.rateTicket(teacher, id: id, rating: 5) }
        #expect(try service.ticketsToRate(teacher).isEmpty)
        #expect(try service.rating(desk.support, ticketId: id)?.rating == 4)
        // By mail: a reply to the resolution that starts with a mark rates it, and does not reopen it.
        let other = desk.tickets[1]
        _ = try service.setTicketState(desk.support, id: other, to: .resolved, text: "Исправлено")
        var reply = try ReceivedMail(
            parsing: try MailFormatTests.fixture(
                "thunderbird-reply.eml", ["TICKET": String(other), "REPLY_TO": "x@example.ru", "FROM": "teacher1@example.ru"]))
        reply.text = "Оценка: 5 — спасибо, всё работает\n\n> Заявка решена"
        #expect(try service.receiveMail(reply, organization: nil) == .rated(ticket: other, rating: 5))
        #expect(try service.ticket(desk.support, id: other).0.ticket.state == .resolved)
        let byMail = try #require(try service.rating(desk.support, ticketId: other))
        #expect(byMail.byMail && byMail.comment == "спасибо, всё работает")
        // The desk's report shows the ratings.
        let today = LocalDate(service.clock.now, in: TimeZone(identifier: "Europe/Samara")!)
        let report = try service.deskReport(desk.school.admin, from: today.adding(days: -7), to: today)
        #expect(report.total.rated == 2 && report.total.averageRating == 4.5)
        // The report counts requests: not the desk's incidents, nor duplicates merged into another.
        _ = try service.mergeTicket(desk.support, id: desk.tickets[2], into: desk.tickets[0])
        let answered = try service.ticket(desk.requesters[2], id: desk.tickets[2]).1.last
        #expect(answered?.kind == .reply && answered?.text == "Исправлено", "merged into an answered ticket, it gets the answer")
        _ = try service.openIncident(desk.support, topic: "Сбой", description: "502")
        #expect(try service.deskReport(desk.school.admin, from: today.adding(days: -7), to: today).total.tickets == 2)
    }

    @Test("A reply rates only when it starts with a mark of 1 to 5")
    func mailRatings() {
        #expect(MailRating.parse("5")! == (5, nil))
        #expect(MailRating.parse("  4. Спасибо")! == (4, "Спасибо"))
        #expect(MailRating.parse("rating: 3, slow")! == (3, "slow"))
        for text in ["15 минут ждал", "5А не открывается", "0", "6", "спасибо", ""] { #expect(MailRating.parse(text) == nil, "\(text)") }
    }
}
