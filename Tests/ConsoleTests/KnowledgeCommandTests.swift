import Foundation
import HelpDesk
import Testing

@testable import Console
@testable import JournalCore

/// The knowledge base at the prompt: a typed question is answered before a ticket is filed.
@Suite struct KnowledgeCommandTests {
    @Test("A typed question gets the knowledge base's answer first; «да» files no ticket, «нет» goes on to the ticket")
    func answeredBeforeATicket() throws {
        let fixture = try ConsoleFixture()
        let teacher = try Self.teacher(fixture)
        let (session, io) = try fixture.session(["да"])
        session.setCaller(teacher)
        #expect(session.execute("как загрузить ктп?") == .done, "\(io.output)")
        #expect(io.output.contains("Возможно, ответ здесь:") && io.output.contains("«Как загрузить КТП"), "\(io.output)")
        #expect(io.output.contains("Хорошо, заявка не нужна."))
        #expect(try session.desk.tickets(fixture.admin).isEmpty)
        let (declined, declinedIO) = try fixture.session(["нет"])
        declined.setCaller(teacher)
        _ = declined.execute("как загрузить ктп?")
        #expect(declinedIO.output.contains("Понял: принять заявку"), "\(declinedIO.output)")
        // A specialist taking a request sees the answers and goes on to the ticket unasked.
        let (desk, deskIO) = try fixture.session([])
        _ = desk.execute("как загрузить ктп?")
        #expect(deskIO.output.contains("Возможно, ответ здесь:") && !deskIO.prompts.contains { $0.hasPrefix("Ответ нашёлся") })
    }

    static func teacher(_ fixture: ConsoleFixture) throws -> Caller {
        let row = try fixture.journal.createStaff(
            fixture.admin, fullName: "Волкова Ирина Петровна", roles: [.subjectTeacher], email: nil, phone: nil)
        let issued = try fixture.journal.issueCredentials(fixture.admin, account: row.login!)
        let temporary = try fixture.journal.authenticate(login: issued.login, password: issued.temporaryPassword)
        return try fixture.journal.changePassword(temporary, current: issued.temporaryPassword, new: "teacher-password-1")
    }

    @Test("kb search, show, add and retire through the console, in both languages")
    func theCommands() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("kb search забыла пароль от журнала") == .done)
        #expect(io.output.contains("Забыли логин или пароль"), "\(io.output)")
        #expect(session.execute("kb add --title \"Журнал не открывается\" --text \"Очистите кэш браузера.\" --for сотрудники") == .done)
        #expect(io.output.contains("Статья № 5 записана в базу знаний"), "\(io.output)")
        #expect(session.execute("kb show 5") == .done && io.output.contains("Очистите кэш браузера."))
        #expect(session.execute("kb retire 5") == .done && io.output.contains("больше не предлагается"))
        // Retired, it is no longer offered, but a reply that named it still opens it, marked so.
        var before = io.output.count
        #expect(session.execute("kb list") == .done && !io.output.dropFirst(before).contains("Журнал не открывается"))
        before = io.output.count
        #expect(session.execute("kb show 5") == .done)
        let shown = String(io.output.dropFirst(before))
        #expect(shown.contains("Больше не предлагается с") && shown.contains("Очистите кэш браузера."), "\(shown)")
        let (english, englishIO) = try fixture.session([], interactive: false, language: .en)
        #expect(english.execute("kb list") == .done && englishIO.output.contains("For"), "\(englishIO.output)")
    }
}

@Suite struct CannedReplyCommandTests {
    @Test("ticket template answers a ticket from a canned reply, filled; canned add and canned list")
    func answeredFromATemplate() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(
            session.execute("ticket new glshkola orlova.mp 1000777 --role родитель --topic \"пароль\" --description \"не помню\"") == .done,
            "\(io.output)")
        #expect(session.execute("ticket template 1 пароль") == .done, "\(io.output)")
        // The requester is not verified yet: greeted without a name, never by the login (from the tour).
        #expect(io.output.contains("Здравствуйте! Новые реквизиты") && io.output.contains("Ваш логин: orlova.mp."), "\(io.output)")
        let (_, events) = try session.desk.ticket(fixture.admin, id: 1)
        #expect(events.contains { $0.kind == .reply && $0.text?.contains("kb show 3") == true })
        #expect(session.execute("canned add --name кэш --text \"Здравствуйте, {имя}! Очистите кэш.\"") == .done, "\(io.output)")
        #expect(session.execute("canned list") == .done && io.output.contains("кэш"))
        #expect(!io.output.contains("Hello, {name}"), "a Russian console lists the Russian replies")
        #expect(session.execute("canned list --language en") == .done && io.output.contains("Hello, {name}"))
        #expect(session.execute("ticket template 1 кеш") == .refused)
        #expect(io.output.contains("кэш"), "the closest names offered")
    }

    @Test("Issue 23: at a terminal the filled template is shown before it is sent, and «нет» sends nothing")
    func theFilledTextComesFirst() throws {
        let fixture = try ConsoleFixture()
        let (filer, _) = try fixture.session([], interactive: false)
        _ = filer.execute("ticket new glshkola orlova.mp 1000777 --role родитель --topic \"пароль\" --description \"не помню\"")
        let (session, io) = try fixture.session(["нет"])
        #expect(session.execute("ticket template 1 пароль") == .refused)
        let shown = try #require(io.output.range(of: "Здравствуйте! Новые реквизиты"), "\(io.output)")
        let asked = try #require(io.output.range(of: "Записать?"), "\(io.output)")
        #expect(shown.lowerBound < asked.lowerBound)
        let (_, events) = try session.desk.ticket(fixture.admin, id: 1)
        #expect(!events.contains { $0.kind == .reply }, "nothing was sent")
    }
}
