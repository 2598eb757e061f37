import ConsoleTestSupport
import DeskTestSupport
import Foundation
import HelpDesk
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// `today` on a day without lessons says so by the day's name (issue 23): on Sunday 4 October
/// 2026 «Ничего не найдено» told the teacher nothing.
@Suite struct TodayTests {
    @Test("today on a Sunday names the day and says there are no lessons, in Russian and English")
    func aSundaySaysSo() throws {
        let file = try SchoolFile(clock: FixedClock(ISO8601DateFormatter().date(from: "2026-10-04T07:00:00Z")!))
        for (language, expected) in [
            (Language.ru, "Сегодня, вс 04.10.2026, у вас уроков нет."), (.en, "Today, Sun 04.10.2026, you have no lessons."),
        ] {
            let io = ScriptedIO([], interactive: false)
            let session = try ConsoleFixture.session(file.journal, io: io, language: language)
            session.setCaller(file.admin)
            #expect(session.execute("today") == .done)
            #expect(io.output.contains(expected), "\(io.output)")
            #expect(!io.output.contains("Ничего не найдено") && !io.output.contains("Nothing found"))
        }
    }

    @Test(
        "J-DIARY-1 (from the tour): a pupil's and a parent's today is the child's day of the diary, not «no lessons»; a Sunday points to the diary"
    )
    func aPupilsTodayIsTheDiary() throws {
        let desk = try JSONDocumentTests.demo()
        // The demo's clock: Monday 23 November 2026, 10:00 in Moscow, a school day.
        for login in ["student", "parent"] {
            let caller = try desk.journal.authenticate(login: login, password: DemoSchool.password)
            let screen = DemoJournalTests.run(desk, caller, "today")
            #expect(screen.contains("23.11.2026") && screen.contains("Предмет") && !screen.contains("уроков нет"), "\(login): \(screen)")
        }
        let sunday = try DemoDesk.make(at: try #require(ISO8601DateFormatter().date(from: "2026-11-29T07:00:00Z")))
        let parent = try sunday.journal.authenticate(login: "parent", password: DemoSchool.password)
        let screen = DemoJournalTests.run(sunday, parent, "today")
        #expect(screen.contains("Сегодня, вс 29.11.2026, уроков нет. Другой день: diary --date ДАТА"), "\(screen)")
    }

    @Test("From the tour: help shows a parent and a pupil the commands they can use, not the administrator's 200 lines")
    func familiesSeeTheirOwnHelp() throws {
        let desk = try JSONDocumentTests.demo()
        let admin = DemoJournalTests.run(desk, try desk.journal.authenticate(login: "admin", password: DemoSchool.password), "help")
        for login in ["parent", "student"] {
            let help = DemoJournalTests.run(desk, try desk.journal.authenticate(login: login, password: DemoSchool.password), "help")
            #expect(help.contains("diary (дневник)") && help.contains("booking new") && help.contains("ticket new"), "\(help)")
            #expect(!help.contains("year close (") && !help.contains("backup make (") && !help.contains("student new ("), "\(help)")
            #expect(help.split(separator: "\n").count * 3 < admin.split(separator: "\n").count, "\(login): \(help)")
        }
    }
}
