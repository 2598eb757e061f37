import ConsoleTestSupport
import Foundation
import HelpDesk
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// The chat never acts on a guess (issue 23, part 7), on the full demo school at a scripted
/// terminal: a corrected word never chooses what locks or cancels, such an intent is said back
/// in full before its one confirmation (even with --yes), cancelling and moving are told from
/// booking, someone else knowing a password is a breach, a command line stays a command, a
/// pronoun is no command, and a sentence said before login is carried out after it.
/// The clock: Monday 23 November 2026, 10:00 in Moscow.
@Suite struct ChatSafetyTests {
    let desk: SupportDesk

    init() throws { desk = try JSONDocumentTests.demo() }

    func session(_ login: String?, _ lines: [String], assumeYes: Bool = false) throws -> (Session, ScriptedIO) {
        let io = ScriptedIO(lines)
        let session = Session(desk: desk, io: io, language: .ru, assumeYes: assumeYes)
        if let login { session.setCaller(try desk.journal.authenticate(login: login, password: DemoSchool.password)) }
        return (session, io)
    }

    /// Whether the account still logs in: not locked by a breach report.
    func logsIn(_ login: String) -> Bool {
        (try? desk.journal.authenticate(login: login, password: DemoSchool.password)) != nil
    }

    @Test("Issue 23: a command with its noun mistyped («qbooking list») is said back as the command, not read as a sentence that books")
    func aMistypedNounIsNoSentence() throws {
        // «clас» and «клаcс»: the keyboard's layout switched half-way, letters that look alike.
        for line in ["qbooking list", "bokking list", "clas list", "clас list", "клаcс список"] {
            let (session, io) = try session("teacher", ["1"])
            #expect(session.execute(line) == .usage, "\(line): \(io.output)")
            #expect(io.output.contains("Неизвестная команда «\(line)»") && io.output.contains("Возможно, вы имели в виду:"), "\(io.output)")
            if line.hasPrefix("cl") || line.hasPrefix("кл") { #expect(io.output.contains("class list"), "\(line): \(io.output)") }
            #expect(!io.output.contains("Понял") && !io.output.contains("Ближайшее свободное время"), "\(line): \(io.output)")
        }
    }

    @Test("H-CRED-3: «учетка заблокирована что делать» is the credentials route, never a breach report that locks the asker")
    func colloquialAccountIsNoLeak() throws {
        let (session, io) = try session("glazov-teacher", ["отмена"])
        _ = session.execute("учетка заблокирована что делать")
        #expect(!io.output.contains("утечк") && !io.output.contains("стал известен другим"), "\(io.output)")
        #expect(io.output.contains("Понял: принять заявку"), "\(io.output)")
        #expect(logsIn("glazov-teacher"))
    }

    @Test("H-CRED-3: «мой пароль увидели ученики» is a breach, said back in full and confirmed even with --yes; «нет» locks nothing")
    func someoneSawThePassword() throws {
        let (session, io) = try session("glazov-teacher", ["23.11.2026 09:00", "нет"], assumeYes: true)
        #expect(session.execute("мой пароль увидели ученики") == .refused, "\(io.output)")
        let restated = try #require(io.output.range(of: "Вы сообщаете, что ваш пароль стал известен другим"), "\(io.output)")
        let asked = try #require(io.output.range(of: "Записать?"), "\(io.output)")
        #expect(restated.lowerBound < asked.lowerBound)
        #expect(logsIn("glazov-teacher"))
    }

    @Test("H-BOOK-1: a cancel read through a corrected word («отминить») is shown as a command, not done, and asks nothing")
    func noCancelOnAGuess() throws {
        let (booker, bookerIO) = try session("glazov-teacher", [], assumeYes: true)
        #expect(booker.execute("booking new КТП --date 24.11.2026 --time 14:00") == .done, "\(bookerIO.output)")
        let caller = try desk.journal.authenticate(login: "glazov-teacher", password: DemoSchool.password)
        let before = try desk.myBookings(caller).count
        let (session, io) = try session("glazov-teacher", ["да", "да"])
        #expect(session.execute("отминить запись") == .usage)
        #expect(io.output.contains("«отминить» читаю как «отменить»") && io.output.contains("по догадке"), "\(io.output)")
        #expect(io.output.contains("booking cancel"), "\(io.output)")
        #expect(io.prompts.isEmpty, "nothing may be asked: \(io.prompts)")
        #expect(try desk.myBookings(caller).count == before)
    }

    @Test("H-BOOK-1: «не смогу прийти на консультацию завтра» cancels (said back, confirmed), «давайте в другой день» moves; neither books")
    func cancelAndMoveAreNotBooking() throws {
        let (booker, bookerIO) = try session("glazov-teacher", [], assumeYes: true)
        #expect(booker.execute("booking new КТП --date 24.11.2026 --time 14:00") == .done, "\(bookerIO.output)")
        let caller = try desk.journal.authenticate(login: "glazov-teacher", password: DemoSchool.password)
        let (cancelling, cancelIO) = try session("glazov-teacher", ["заболела", "нет"])
        _ = cancelling.execute("я не смогу прийти на консультацию завтра")
        #expect(cancelIO.output.contains("Понял: отменить запись"), "\(cancelIO.output)")
        #expect(cancelIO.output.contains("Вы отменяете свою запись на консультацию"), "\(cancelIO.output)")
        // The consultation meant is shown whole before the confirmation: its day and time, not a bare number.
        #expect(cancelIO.output.contains("24.11.2026") && cancelIO.output.contains("14:00"), "\(cancelIO.output)")
        #expect(try desk.myBookings(caller).count == 1, "«нет» cancels nothing")
        let (moving, moveIO) = try session("glazov-teacher", ["отмена"])
        _ = moving.execute("не успеваю на консультацию, давайте в другой день")
        #expect(moveIO.output.contains("Понял: перенести консультацию"), "\(moveIO.output)")
        #expect(!moveIO.output.contains("записаться"), "\(moveIO.output)")
    }

    @Test("A line that starts with a command is a command: a bad option gets its usage, never a ticket; «я» is no command")
    func commandsStayCommands() throws {
        let admin = try desk.journal.authenticate(login: "admin", password: DemoSchool.password)
        let tickets = try desk.tickets(admin).count
        let (parent, parentIO) = try session("parent", ["отмена"])
        #expect(parent.execute("diary final --period 1") == .usage)
        #expect(parentIO.output.contains("Использование: diary final"), "\(parentIO.output)")
        #expect(try desk.tickets(admin).count == tickets, "no ticket was filed")
        let (teacher, teacherIO) = try session("glazov-teacher", ["отмена"])
        _ = teacher.execute("я писал в поддержку вчера, ответа так и нет")
        #expect(!teacherIO.output.contains("Неизвестный параметр"), "\(teacherIO.output)")
        #expect(teacherIO.output.contains("Понял: заявки"), "\(teacherIO.output)")
    }

    @Test("Before login an understood sentence is kept and carried out right after login")
    func keptUntilLogin() throws {
        let (session, io) = try session(nil, [DemoSchool.password, "отмена"])
        #expect(session.execute("запишите меня на консультацию по КТП") == .refused)
        #expect(io.output.contains("сразу после входа сделаю"), "\(io.output)")
        _ = session.execute("login glazov-teacher")
        #expect(io.output.contains("Выполняю то, что вы просили до входа"), "\(io.output)")
        #expect(io.output.contains("Понял: записаться"), "\(io.output)")
    }

    @Test("Issue 24: a line longer than any command is refused before it is read; a word too long to be ours is not guessed at")
    func boundedInput() throws {
        let (session, io) = try session(nil, [])
        let huge = String(repeating: "ф", count: 1_000_000)
        #expect(session.execute(huge) == .usage)
        #expect(io.output.contains("Строка длиннее 8000 знаков"), "\(io.output.prefix(200))")
        let long = String(repeating: "зописаться", count: 5)
        #expect(session.matcher.rank(long).allSatisfy { $0.corrections.isEmpty })
    }

    @Test("Issue 24: over SSH the desk's sendmail program cannot be set")
    func sendmailIsSetOnlyAtTheServer() throws {
        let (session, io) = try session("admin", [], assumeYes: true)
        session.remote = true
        let before = try desk.mailSettings()
        #expect(session.execute("mail settings --sendmail /bin/sh") == .refused)
        #expect(io.output.contains("не через SSH"), "\(io.output)")
        #expect(try desk.mailSettings().sendmail == before.sendmail)
    }

    @Test("H-BOOK-1: «не смогу прийти на консультацию завтра» with nothing booked tomorrow cancels nothing and says so")
    func nothingBookedThatDay() throws {
        let (booker, bookerIO) = try session("glazov-teacher", [], assumeYes: true)
        #expect(booker.execute("booking new КТП --date 25.11.2026 --time 14:00") == .done, "\(bookerIO.output)")
        let (session, io) = try session("glazov-teacher", ["да", "да"])
        #expect(session.execute("я не смогу прийти на консультацию завтра") == .done)
        #expect(io.output.contains("На 24.11.2026 у вас записей нет"), "\(io.output)")
        #expect(io.prompts.isEmpty)
        let caller = try desk.journal.authenticate(login: "glazov-teacher", password: DemoSchool.password)
        #expect(try desk.myBookings(caller).count == 1)
    }
}
