import Foundation
import HelpDesk
import Mail
import Testing

@testable import Console
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
        #expect(io.output.contains("Организация: «glshkol» не найдена; возможно: glshkola, МБОУ Глазовская СОШ."))
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
        #expect(io.output.contains("Роль: «мамка» не найдена; возможно:"))
        #expect(try session.desk.tickets(fixture.admin).isEmpty)
    }

    @Test func theAdministratorResetsALostPasswordAndRecordsTheHandover() throws {
        let fixture = try ConsoleFixture()
        let student = try fixture.journal.read { db in
            try db.record(
                Account.self,
                "SELECT account.* FROM account JOIN personRole ON personRole.personId = account.personId WHERE role = 'student'")!
        }
        let (session, io) = try fixture.session([
            "\(student.login)", "\(student.identifier)", "ученик", "лично", "свидетельство о рождении", "да",
        ])
        #expect(session.execute("забыл пароль") == .done)
        #expect(io.output.contains("Понял: восстановить доступ"))
        #expect(io.output.contains("Временный пароль: "))
        #expect(io.output.contains("Получил(а): ________________  Выдал(а)"))
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
        #expect(session.execute("кто поможет записаться") == .usage)
        #expect(io.output.contains("Возможно, подойдёт: booking new, schedule who"), "\(io.output)")
        session.setCaller(nil)
        #expect(session.execute("забыл пароль") == .done)
        #expect(io.output.contains("Реквизиты восстанавливает администратор журнала"))
    }
}

/// The files mail brought to a ticket, from the console.
@Suite struct TicketAttachmentCommandTests {
    @Test("H-TICKET-1: ticket show lists the screenshot; attachment save writes a new 0600 file and never over one")
    func attachmentsAreListedAndSavedToNewFiles() throws {
        let fixture = try ConsoleFixture()
        let journal = fixture.journal
        let desk = try SupportDesk(journal: journal, schedulesFolder: ConsoleFixture.schedules)
        let student = try journal.findPerson(fixture.admin, "Орлов", role: .student)
        _ = try journal.createGuardian(
            fixture.admin, studentId: student.person.id!, fullName: "Орлова Ольга Петровна", email: "orlova@example.ru", phone: nil)
        let screenshot = Data([0x89, 0x50, 0x4E, 0x47, 1, 2, 3])
        var mail = try ReceivedMail(
            parsing: Data(
                "From: orlova@example.ru\nTo: desk@school.example\nSubject: Не вижу оценки\nMessage-ID: <a@example.ru>\n\nПусто\n".utf8))
        mail.attachments = [MailAttachment(fileName: "снимок.png", contentType: "image/png", data: screenshot)]
        guard case .opened(let id) = try desk.receiveMail(mail, organization: nil) else {
            Issue.record("no ticket")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attachments-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("shot.png").path
        let (session, io) = try fixture.session(
            ["ticket show \(id)", "ticket attachment save \(id) 1 \(target)", "ticket attachment save \(id) 1 \(target)"],
            interactive: false)
        _ = REPL(session: session).run()
        #expect(io.output.contains("снимок.png") && io.output.contains("image/png"))
        #expect(io.output.contains("Файл «снимок.png» сохранён: \(target)."))
        #expect(io.output.contains("Файл \(target) уже есть"))
        #expect(FileManager.default.contents(atPath: target) == screenshot)
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o600)
    }
}
