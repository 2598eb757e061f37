import Foundation
import HelpDesk
import Testing

@testable import Console
@testable import JournalCore

/// Incidents, merges, links and ratings at the prompt (issue 14, parts 3 and 4).
@Suite struct TicketLinkCommandTests {
    @Test("H-TICKET-3: incident open gathers the outage's tickets, ticket resolve answers them all, the requester rates it")
    func anOutageAtTheConsole() throws {
        let fixture = try ConsoleFixture()
        let teacher = try KnowledgeCommandTests.teacher(fixture)
        let (session, io) = try fixture.session([], interactive: false)
        for login in ["orlova.mp", "ivanov.aa", "petrov.pp"] {
            #expect(
                session.execute(
                    "ticket new glshkola \(login) 1000777 --role учитель --topic \"Журнал не открывается\" --description \"502\"")
                    == .done, "\(io.output)")
        }
        let own = try fixture.session([], interactive: false)
        own.0.setCaller(teacher)
        #expect(
            own.0.execute(
                "ticket new glshkola \(teacher.login) \(teacher.identifier) --role учитель --topic \"Журнал не открывается\" --description \"с утра\""
            )
                == .done, "\(own.1.output)")
        #expect(session.execute("ticket merge 2 --into 1") == .done && io.output.contains("Заявка № 2 объединена с № 1"), "\(io.output)")
        #expect(session.execute("ticket link 3 4") == .done && io.output.contains("Заявки № 3 и № 4 связаны."))
        #expect(session.execute("incident open \"Журнал недоступен\" \"502 у всех\" --tickets 1,3 --search \"с утра\"") == .done)
        #expect(io.output.contains("Инцидент № 5 открыт, заявок под ним: 3."), "\(io.output)")
        #expect(session.execute("incident list") == .done && io.output.contains("Журнал недоступен"))
        #expect(session.execute("ticket new glshkola sidorov.ss 1000778 --role учитель --topic \"502\" --description \"опять\"") == .done)
        #expect(
            io.output.contains("Открыт инцидент № 5 «Журнал недоступен». Если заявка о нём: incident add 5 --tickets 6"), "\(io.output)")
        // A ticket the desk takes about the course plan shows the article that answers it.
        #expect(
            session.execute("ticket new glshkola sidorov.ss 1000778 --role учитель --topic \"КТП\" --description \"как загрузить КТП\"")
                == .done)
        #expect(io.output.contains("Возможно, ответ здесь:") && io.output.contains("«Как загрузить КТП"), "\(io.output)")
        #expect(session.execute("ticket show 1") == .done && io.output.contains("часть общей проблемы № 5; присоединена заявка № 2"))
        #expect(session.execute("incident add 5 --tickets 1x") == .refused && io.output.contains("Номера заявок"), "\(io.output)")
        #expect(session.execute("ticket resolve 5 --text \"Сервер перезапущен\"") == .done)
        for id in [1, 3, 4] { #expect(try session.desk.ticket(fixture.admin, id: Int64(id)).0.ticket.state == .resolved) }
        // The teacher is asked to rate the answer, rates it, and the desk's report shows it.
        #expect(own.0.execute("today") == .done && own.1.output.contains("Оцените ответ: ticket rate 4 5"), "\(own.1.output)")
        #expect(own.0.execute("ticket rate 4 5 --comment \"быстро\"") == .done && own.1.output.contains("5 из 5"))
        #expect(own.0.execute("ticket show 4") == .done && own.1.output.contains("5 / 5 — быстро"), "\(own.1.output)")
        let (english, englishIO) = try fixture.session([], interactive: false, language: .en)
        #expect(english.execute("ticket show 4") == .done && englishIO.output.contains("part of known problem 5"), "\(englishIO.output)")
        #expect(english.execute("report desk") == .done && englishIO.output.contains("Rating"), "\(englishIO.output)")
    }
}
