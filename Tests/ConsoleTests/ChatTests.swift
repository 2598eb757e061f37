import Foundation
import HelpDesk
import Testing

@testable import Console
@testable import JournalCore

/// The chat at the prompt (issue 14, part 5): consultations moved and cancelled by words, the
/// credentials route with the role, misspellings, `understand`, and the closest commands when a
/// sentence is not understood. The clock: Thursday 1 October 2026; Полий Т.А. of МБОУ Глазовская
/// СОШ consults on the course plan on Tuesdays and Wednesdays from 14:00.
@Suite struct ChatTests {
    @Test("H-BOOK-1: «перенесите мою консультацию на среду в 14:30» moves it; «отмените запись» cancels it with a reason")
    func moveAndCancelByWords() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("booking new КТП --date 06.10.2026 --time 14:00") == .done)
        #expect(session.execute("перенесите мою консультацию на среду в 14:30") == .done, "\(io.output)")
        #expect(io.output.contains("Понял: перенести консультацию"), "\(io.output)")
        let zone = TimeZone(identifier: "Europe/Samara")!
        let moved = try #require(try session.desk.myBookings(fixture.admin).first)
        #expect(LocalDate(moved.booking.start, in: zone) == LocalDate(year: 2026, month: 10, day: 7))
        #expect(ClockTime(moved.booking.start, in: zone) == ClockTime(hour: 14, minute: 30))
        let (cancelling, cancelIO) = try fixture.session(["заболела", "да"])
        #expect(cancelling.execute("отмените запись") == .done, "\(cancelIO.output)")
        #expect(cancelIO.prompts.contains { $0.hasPrefix("Причина") })
        #expect(try session.desk.myBookings(fixture.admin).isEmpty)
        // With nothing booked, there is nothing to cancel.
        let (nothing, nothingIO) = try fixture.session([], interactive: false)
        #expect(nothing.execute("отмените консультацию") == .done && nothingIO.output.contains("Записей нет"), "\(nothingIO.output)")
    }

    @Test(
        "H-BOOK-1 (from the tour): «перенесите мою консультацию на среду» lists that specialist's free times, one is picked, restated, then moved"
    )
    func aMoveWithoutATimeOffersTimesToPick() throws {
        let fixture = try ConsoleFixture()
        let (booking, _) = try fixture.session([], interactive: false)
        #expect(booking.execute("booking new КТП --date 06.10.2026 --time 14:00") == .done)
        let (session, io) = try fixture.session(["2", "да"])
        #expect(session.execute("перенесите мою консультацию на среду") == .done, "\(io.output)")
        let choice = try #require(io.prompts.firstIndex { $0.hasPrefix("Вариант") }, "\(io.prompts)")
        #expect(!io.prompts[..<choice].contains { $0.hasPrefix("Записать") }, "nothing is confirmed before a time is picked")
        #expect(io.output.contains("ср 07.10.2026 14:00") && !io.output.contains("вт 06.10.2026 14:15"), "\(io.output)")
        #expect(io.prompts[(choice + 1)...].contains { $0.hasPrefix("Записать") }, "the picked time is confirmed")
        let zone = TimeZone(identifier: "Europe/Samara")!
        let moved = try #require(try session.desk.myBookings(fixture.admin).first)
        #expect(LocalDate(moved.booking.start, in: zone) == LocalDate(year: 2026, month: 10, day: 7))
        #expect(ClockTime(moved.booking.start, in: zone) == ClockTime(hour: 14, minute: 15), "the second free time")
    }

    @Test("H-BOOK-1: a day without a time offers the free times from that day")
    func aDayWithoutATime() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        _ = session.execute("запишите меня на консультацию по КТП в среду")
        #expect(io.output.contains("ср 07.10.2026 14:00") && !io.output.contains("вт 06.10.2026"), "\(io.output)")
    }

    @Test("H-CRED-1: «я мама ученика 5А, не могу зайти в дневник» before login reaches the credentials route with the role")
    func theMotherBeforeLogin() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        session.setCaller(nil)
        #expect(session.execute("здравствуйте, я мама ученика 5А, не могу зайти в дневник") == .done)
        #expect(
            io.output.contains("Понял: вы — родитель") && io.output.contains("восстанавливает классный руководитель 5А"), "\(io.output)")
        #expect(session.execute("пароль украли") == .done && io.output.contains("не позднее одного рабочего дня"))
        #expect(try session.desk.tickets(fixture.admin).isEmpty, "nothing was filed")
    }

    @Test("«не знаю» is no login: the intake says what a login is and who restores it")
    func notALogin() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(
            session.execute("ticket new glshkola \"не знаю\" 1000777 --role родитель --topic \"дневник\" --description \"не пускает\"")
                == .refused)
        #expect(io.output.contains("Логин: это не логин") && io.output.contains("восстановит классный руководитель"), "\(io.output)")
        #expect(try session.desk.tickets(fixture.admin).isEmpty)
    }

    @Test(
        "A misspelt word is said as read; understand shows the command and its fields without running it, the same JSON in both languages")
    func understandAndMisspellings() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session(["1", "нет"])
        _ = session.execute("зописаться на консультацию по КТП")
        #expect(io.output.contains("«зописаться» читаю как «записаться»."), "\(io.output)")
        let (quiet, quietIO) = try fixture.session([], interactive: false)
        #expect(quiet.execute("understand записаться на консультацию по ктп в среду в 14:45") == .done)
        #expect(quietIO.output.contains("booking new --topic ктп --date 07.10.2026 --time 14:45"), "\(quietIO.output)")
        #expect(quietIO.output.contains("Тема:") && quietIO.output.contains("Время:"))
        #expect(try quiet.desk.myBookings(fixture.admin).isEmpty, "understand runs nothing")
        var documents: [String] = []
        for language in [Language.ru, .en] {
            let (json, jsonIO) = try fixture.session([], interactive: false, language: language)
            json.json = true
            #expect(json.execute("understand я папа ученицы 7Б, забыл пароль") == .done)
            documents.append(jsonIO.output)
        }
        #expect(documents[0] == documents[1], "\(documents)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(documents[0].utf8)) as? [String: Any])
        let card = try #require(document["result"] as? [String: Any], "\(document)")
        #expect(card["action"] as? String == "lostCredentials" && card["schoolClass"] as? String == "7Б", "\(card)")
        #expect(card["role"] as? String == "guardian" && card["command"] as? String != nil)
    }

    @Test("A sentence not understood is said so, with the three closest commands, each with an example")
    func notUnderstood() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("абракадабра сделай что-нибудь") == .usage)
        #expect(io.output.contains("Не понял, что нужно сделать. Ближе всего такие команды:"), "\(io.output)")
        #expect(io.output.components(separatedBy: "например:").count == 4, "\(io.output)")
        // For scripts: each command with its example, the same in either language.
        var documents: [String] = []
        for language in [Language.ru, .en] {
            let (json, jsonIO) = try fixture.session([], interactive: false, language: language)
            json.json = true
            #expect(json.execute("understand абракадабра сделай что-нибудь") == .done)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(jsonIO.output.utf8)) as? [String: Any])
            let commands = try #require(document["result"] as? [[String: String]])
            #expect(commands.count == 3 && commands.allSatisfy { $0["command"] != nil && $0["example"] != nil }, "\(commands)")
            documents.append(commands.map { "\($0["command"] ?? "") — \($0["example"] ?? "")" }.joined(separator: "\n"))
        }
        #expect(documents[0] == documents[1])
        let (english, englishIO) = try fixture.session([], interactive: false, language: .en)
        #expect(english.execute("please export the attendance report") == .usage)
        #expect(englishIO.output.contains("The closest commands:") && englishIO.output.contains("report attendance"), "\(englishIO.output)")
    }
}
