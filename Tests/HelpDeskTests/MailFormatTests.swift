import Foundation
import Mail
import Testing

/// Mail as the real programs write it, read by GMime; and the product's own mail read back.
@Suite struct MailFormatTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/mail")

    static func fixture(_ name: String, _ values: [String: String] = [:]) throws -> Data {
        var text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        for (key, value) in values { text = text.replacingOccurrences(of: "{{\(key)}}", with: value) }
        return Data(text.utf8)
    }

    @Test("Thunderbird's reply: quoted-printable, format=flowed, RFC 2047 subject, the ids it replies to, the quote left out")
    func thunderbirdReply() throws {
        let mail = try ReceivedMail(
            parsing: try Self.fixture(
                "thunderbird-reply.eml", ["TICKET": "12", "REPLY_TO": "abc@school.example", "FROM": "volkova@example.ru"]))
        #expect(mail.from == MailAddress(name: "Волкова Ирина", address: "volkova@example.ru"))
        #expect(mail.subject == "Re: [#12] Ответ по заявке: не загружается КТП")
        #expect(mail.replyTo == ["abc@school.example"] && !mail.isAutomatic)
        #expect(mail.text.contains("Сохранила файл в UTF-8, но ошибка осталась."))
        #expect(
            QuotedReply.fresh(mail.text)
                == "Добрый день!\nСохранила файл в UTF-8, но ошибка осталась. Снимок экрана \nпришлю позже.\n\nС уважением,\nВолкова И.П.")
    }

    @Test("Outlook's message: windows-1251 in base64, an HTML alternative, the inline screenshot kept as a file")
    func outlookMessage() throws {
        let mail = try ReceivedMail(parsing: try Self.fixture("outlook-new.eml", ["FROM": "ilyina@example.ru"]))
        #expect(mail.from?.name == "Ильина Мария" && mail.subject == "Не вижу оценки в журнале")
        #expect(mail.text.hasPrefix("Здравствуйте.\r\nВ электронном журнале не отображаются оценки у класса 5А за ноябрь."))
        #expect(mail.attachments.map(\.fileName) == ["image001.png"] && mail.attachments[0].contentType == "image/png")
        #expect(mail.attachments[0].data.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("Gmail's message: multipart/mixed, base64 text, an attachment with a Russian name in RFC 2047")
    func gmailMessage() throws {
        let mail = try ReceivedMail(parsing: try Self.fixture("gmail-new.eml", ["FROM": "ilyina@example.ru"]))
        #expect(mail.subject == "Не могу зайти в дневник")
        #expect(mail.text == "Добрый день! Не могу зайти в дневник сына: пишет «неверный логин». Снимок прилагаю.\n")
        #expect(mail.attachments.map(\.fileName) == ["снимок.png"] && mail.attachments[0].data.count == 40 * 70)
    }

    @Test("A bounce and an out-of-office reply are recognised as automatic")
    func automaticMail() throws {
        #expect(try ReceivedMail(parsing: try Self.fixture("bounce.eml")).isAutomatic)
        #expect(try ReceivedMail(parsing: try Self.fixture("autoreply.eml", ["FROM": "volkova@example.ru"])).isAutomatic)
        #expect(try !ReceivedMail(parsing: try Self.fixture("gmail-new.eml", ["FROM": "a@example.ru"])).isAutomatic)
    }

    @Test("The product's own message reads back whole: Cyrillic headers in RFC 2047, the text, the invitation part")
    func ownMailReadsBack() throws {
        let mail = OutgoingMail(
            from: MailAddress(name: "МБОУ «Школа № 1»", address: "desk@school.example"),
            to: MailAddress(name: "Иванова Мария", address: "ivanova@example.ru"), subject: "[#7] Заявка принята: не вижу оценки",
            date: Date(timeIntervalSince1970: 1_795_000_000), zone: TimeZone(identifier: "Europe/Moscow")!,
            messageId: "token@school.example", inReplyTo: "ticket-7@school.example", references: ["ticket-7@school.example"],
            text: "Здравствуйте!\n\nВаша заявка № 7 принята.\n",
            calendar: CalendarPart(method: "REQUEST", text: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"))
        let data = mail.rendered()
        #expect(data.allSatisfy { $0 < 0x80 }, "7-bit clean")
        let read = try ReceivedMail(parsing: data)
        #expect(read.subject == mail.subject && read.from == mail.from && read.messageId == "token@school.example")
        #expect(read.replyTo == ["ticket-7@school.example"] && read.text == mail.text)
        #expect(read.isAutomatic == false)
    }
}
