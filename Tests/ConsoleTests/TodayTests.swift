import ConsoleTestSupport
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
            (Language.ru, "Сегодня, вс 04.10.2026, у вас уроков нет."), (.en, "Today, Sun 2026-10-04, you have no lessons."),
        ] {
            let io = ScriptedIO([], interactive: false)
            let session = try ConsoleFixture.session(file.journal, io: io, language: language)
            session.setCaller(file.admin)
            #expect(session.execute("today") == .done)
            #expect(io.output.contains(expected), "\(io.output)")
            #expect(!io.output.contains("Ничего не найдено") && !io.output.contains("Nothing found"))
        }
    }
}
