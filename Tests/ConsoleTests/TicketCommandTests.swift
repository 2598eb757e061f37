import Foundation
import Testing
@testable import Console
import HelpDesk
@testable import JournalCore

/// Tickets and credentials in the console (H-TICKET-1, H-CRED-1 … H-CRED-3): free text leads to the
/// right dialog, which asks only what is missing.
@Suite struct TicketCommandTests {
    @Test func aSpecialistTakesARequestByConversation() throws {
        let fixture = try ConsoleFixture()
        // «у ребёнка не видно оценок»: the topic and the guardian's role come from the words; the
        // dialog asks for the school, the login, the identifier and the description.
        let (session, io) = try fixture.session(["glshkol", "glshkola", "orlova.mp", "1000777", "Оценки за октябрь пропали", "да"])
        #expect(session.execute("у ребёнка не видно оценок") == .done)
        #expect(
            io.prompts.map { $0.components(separatedBy: ":")[0].components(separatedBy: " (")[0] }
                == ["Организация", "Организация", "Логин", "Идентификатор", "Описание", "Записать? [да/нет] "].map {
                    $0.components(separatedBy: ":")[0]
                })
        #expect(io.output.contains("Организация: «glshkol» не найдено; возможно: glshkola, МБОУ Глазовская СОШ."))
        // No line's topics answer it: it goes to the timetable's line for any question (H-TICKET-2).
        #expect(io.output.contains("Заявка № 1 принята, ответственный: Абжелова А.Д."))
        #expect(io.output.contains("В этой организации нет учётной записи с таким логином: заявка принята как непроверенная."))
        let ticket = try #require(try session.desk.ticket(fixture.admin, id: 1).0.ticket)
        #expect(ticket.requesterRole == .guardian && ticket.topic == "у ребёнка не видно оценок")
    }

    @Test func anIntakeWithoutARequiredFieldIsRefusedWithTheFieldNamed() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("ticket new glshkola orlova.mp --topic оценки --description пропали") == .usage)
        #expect(io.output.contains("Не указано поле «Идентификатор» (--identifier)."))
        #expect(session.execute("ticket new glshkola orlova.mp 1000777 мамка оценки пропали") == .refused)
        #expect(io.output.contains("Роль: «мамка» не найдено; возможно:"))
        #expect(try session.desk.tickets(fixture.admin).isEmpty)
    }

    @Test func theAdministratorResetsALostPasswordAndRecordsTheHandover() throws {
        let fixture = try ConsoleFixture()
        let student = try fixture.journal.read { db in
            try Account.fetchOne(
                db, sql: "SELECT account.* FROM account JOIN personRole ON personRole.personId = account.personId WHERE role = 'student'")!
        }
        let (session, io) = try fixture.session([
            "\(student.login)", "\(student.identifier)", "ученик", "лично", "свидетельство о рождении", "да",
        ])
        #expect(session.execute("забыл пароль") == .done)
        #expect(io.output.contains("Понял: восстановить доступ"))
        #expect(io.output.contains("Временный пароль: "))
        #expect(io.output.contains("Получил(а): ____________________"))
        let (handover, handoverIO) = try fixture.session([], interactive: false)
        #expect(handover.execute("credential handover 1 \"Орлова Мария Петровна\"") == .done)
        #expect(handoverIO.output.contains("решена"))
        let (_, history) = try session.desk.ticket(fixture.admin, id: 1)
        #expect(history.contains { $0.kind == .handover && $0.text == "Орлова Мария Петровна ← Усенко Виктор Викторович" })
    }

    @Test func aBreachIsReportedAndTheAccountLocked() throws {
        let fixture = try ConsoleFixture()
        let teacher = try fixture.journal.createStaff(
            fixture.admin, fullName: "Волкова Ирина Петровна", roles: [.subjectTeacher], email: nil, phone: nil)
        _ = try fixture.journal.issueCredentials(fixture.admin, account: teacher.login!)
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("утечка сообщить \(teacher.login!) \"29.09.2026 10:00\" \"пароль на доске\"") == .done)
        #expect(io.output.contains("Учётная запись \(teacher.login!) заблокирована."))
        #expect(io.output.contains("Сообщение об утечке запоздало"))
        #expect(session.execute("breach report \(teacher.login!) \"02.10.2026 10:00\" x") == .refused)
        #expect(io.output.contains("дата ещё не наступила"))
    }

    @Test func unsureFreeTextOffersTheLikeliestCommands() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("кто пароль") == .usage)
        #expect(io.output.contains("Возможно, подойдёт: schedule who, credential reset"))
        session.setCaller(nil)
        #expect(session.execute("забыл пароль") == .done)
        #expect(io.output.contains("Реквизиты восстанавливает администратор журнала"))
    }
}
