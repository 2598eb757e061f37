import Foundation
import GRDB
import Mail
import Testing

@testable import HelpDesk
@testable import JournalCore

/// `mail-in` (H-TICKET-1): replies land on their tickets, known senders open tickets filled from
/// their accounts, unknown ones are held and asked once, robots are never answered.
@Suite struct MailInTests {
    func mail(_ name: String, _ values: [String: String]) throws -> ReceivedMail {
        try ReceivedMail(parsing: try MailFormatTests.fixture(name, values))
    }

    func outbox(_ desk: SupportDesk) throws -> [OutboxMessage] {
        try desk.journal.database.read { store in try store.records(OutboxMessage.self, "SELECT * FROM outboxMessage ORDER BY id") }
    }

    @Test("H-TICKET-1: a reply to the desk's message lands on its ticket as the requester's answer and sets it going again")
    func aReplyLandsOnItsTicket() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher], email: "Volkova@Example.ru")
        let (row, _) = try school.desk.openTicket(
            support,
            TicketIntake(
                organization: "glshkola", login: teacher.login, identifier: String(teacher.identifier), role: .subjectTeacher,
                topic: "не загружается КТП", description: "ошибка"))
        let id = row.ticket.id!
        _ = try school.desk.setTicketState(support, id: id, to: .waiting, text: "Сохраните файл в UTF-8 и загрузите снова")
        let waiting = try #require(try outbox(school.desk).last)
        // By the Message-ID of the desk's message, whatever the subject says.
        let reply = try mail(
            "thunderbird-reply.eml", ["TICKET": "999", "REPLY_TO": "\(waiting.messageToken)@school.example", "FROM": "volkova@example.ru"])
        #expect(try school.desk.receiveMail(reply, organization: nil) == .reply(ticket: id))
        let (ticket, events) = try school.desk.ticket(support, id: id)
        #expect(ticket.ticket.state == .inProgress)
        let answer = try #require(events.last { $0.kind == .reply })
        #expect(answer.actorId == teacher.personId && answer.isPublic && answer.text?.hasPrefix("Добрый день!") == true)
        #expect(answer.text?.contains("> ") == false, "the quoted message is left out")
        // The same message again changes nothing.
        #expect(try school.desk.receiveMail(reply, organization: nil) == .ignored(.duplicate))
        // By [#N] in the subject, after resolution: the ticket opens again.
        _ = try school.desk.setTicketState(support, id: id, to: .resolved, text: "Исправили")
        var again = try mail(
            "thunderbird-reply.eml", ["TICKET": String(id), "REPLY_TO": "unknown@example.ru", "FROM": "volkova@example.ru"])
        again.messageId = "second@example.ru"
        #expect(try school.desk.receiveMail(again, organization: nil) == .reply(ticket: id))
        #expect(try school.desk.ticket(support, id: id).0.ticket.state == .inProgress)
        // A stranger who quotes the number does not write on the ticket: held instead.
        var stranger = again
        stranger.messageId = "third@example.ru"
        stranger.from = MailAddress(address: "stranger@example.ru")
        guard case .held = try school.desk.receiveMail(stranger, organization: nil) else {
            Issue.record("a stranger wrote on the ticket")
            return
        }
    }

    @Test("H-TICKET-1: a new message from a known address opens a ticket filled from the account, with its screenshot")
    func aKnownSenderOpensATicket() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let (_, guardian) = try school.family("Ильин Пётр Иванович", guardian: "Ильина Мария Сергеевна")
        let message = try mail("gmail-new.eml", ["FROM": "parent@example.ru"])
        guard case .opened(let id) = try school.desk.receiveMail(message, organization: "glshkola") else {
            Issue.record("no ticket")
            return
        }
        let (row, _) = try school.desk.ticket(support, id: id)
        #expect(row.ticket.requesterLogin == guardian.login && row.ticket.requesterIdentifier == guardian.identifier)
        #expect(row.ticket.requesterRole == .guardian && row.ticket.verified && row.ticket.contact == "parent@example.ru")
        #expect(row.ticket.topic == "Не могу зайти в дневник" && row.ticket.description.contains("неверный логин"))
        let files = try school.desk.attachments(support, ticketId: id)
        #expect(files.map(\.fileName) == ["снимок.png"] && files[0].size == 2800 && files[0].kept)
        #expect(try school.desk.attachment(guardian, ticketId: id, id: files[0].id!).data?.count == 2800)
        // The requester is told the number.
        let taken = try outbox(school.desk).filter { if case .ticketTaken = $0.notice { true } else { false } }
        #expect(taken.map(\.address) == ["parent@example.ru"] && taken[0].ticketId == id)
    }

    @Test("H-TICKET-1: mail from an unknown address is held, the sender asked once a day; the desk makes it a ticket")
    func anUnknownSenderIsHeldAndAskedOnce() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        var message = try mail("outlook-new.eml", ["FROM": "ilyina@example.ru"])
        guard case .held(let held, asked: true) = try school.desk.receiveMail(message, organization: nil) else {
            Issue.record("not held")
            return
        }
        message.messageId = "again@example.ru"
        guard case .held(_, asked: false) = try school.desk.receiveMail(message, organization: nil) else {
            Issue.record("asked twice")
            return
        }
        let asks = try outbox(school.desk).filter { if case .mailHeld = $0.notice { true } else { false } }
        #expect(asks.map(\.address) == ["ilyina@example.ru"])
        if case .mailHeld(let ask) = asks.first?.notice {
            #expect(
                ask.inReplyTo == "AM0PR06MB6417A2B3C4D5E6F7@AM0PR06MB6417.eurprd06.prod.outlook.com",
                "the ask answers in the sender's thread")
        } else {
            Issue.record("no ask")
        }
        #expect(try school.desk.heldMail(support).map(\.subject) == ["Не вижу оценки в журнале", "Не вижу оценки в журнале"])
        #expect(throws: DeskError.forbidden(.takeRequests)) { try school.desk.heldMail(teacher) }
        let (row, check) = try school.desk.takeHeldMail(
            support, id: held,
            intake: TicketIntake(
                organization: "glshkola", login: "ilyina.ms", identifier: "1000999", role: .guardian, topic: "не видно оценок",
                description: ""))
        #expect(check == .unknownLogin && row.ticket.contact == "ilyina@example.ru" && row.ticket.description.hasPrefix("Здравствуйте."))
        #expect(try school.desk.attachments(support, ticketId: row.ticket.id!).map(\.fileName) == ["image001.png"])
        #expect(try school.desk.heldMail(support).count == 1)
        #expect(throws: DeskError.heldMailNotFound(held)) {
            try school.desk.takeHeldMail(
                support, id: held,
                intake: TicketIntake(
                    organization: "glshkola", login: "x", identifier: "1", role: .guardian, topic: "t", description: ""))
        }
    }

    @Test("Bounces, out-of-office replies and the desk's own mail are kept and never answered")
    func robotsAreNeverAnswered() throws {
        let school = try DeskFixture()
        _ = try school.staff("Волкова Ирина Петровна", [.subjectTeacher], email: "volkova@example.ru")
        _ = try school.desk.updateMailSettings(school.admin, fromAddress: "desk@school.example", sendmail: nil)
        #expect(try school.desk.receiveMail(try mail("bounce.eml", [:]), organization: nil) == .ignored(.automatic))
        #expect(
            try school.desk.receiveMail(try mail("autoreply.eml", ["FROM": "volkova@example.ru"]), organization: nil)
                == .ignored(.automatic))
        var loop = try mail("gmail-new.eml", ["FROM": "desk@school.example"])
        loop.messageId = "loop@school.example"
        #expect(try school.desk.receiveMail(loop, organization: nil) == .ignored(.fromDesk))
        #expect(try outbox(school.desk).isEmpty)
        #expect(try school.desk.journal.database.read { store in try store.value(Int.self, "SELECT COUNT(*) FROM ticket") } == 0)
    }

    @Test("A file over the limit is listed on the ticket, not kept")
    func aFileOverTheLimitIsListedNotKept() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        _ = try school.family("Ильин Пётр Иванович", guardian: "Ильина Мария Сергеевна")
        var message = try mail("gmail-new.eml", ["FROM": "parent@example.ru"])
        message.attachments.append(
            MailAttachment(fileName: "../../video.mp4", contentType: "video/mp4", data: Data(count: AttachmentLimits.perFile + 1)))
        guard case .opened(let id) = try school.desk.receiveMail(message, organization: nil) else {
            Issue.record("no ticket")
            return
        }
        let files = try school.desk.attachments(support, ticketId: id)
        #expect(files.map(\.fileName) == ["снимок.png", "video.mp4"] && files.map(\.kept) == [true, false])
        #expect(throws: DeskError.attachmentNotFound(files[1].id!)) { try school.desk.attachment(support, ticketId: id, id: files[1].id!) }
    }
}
