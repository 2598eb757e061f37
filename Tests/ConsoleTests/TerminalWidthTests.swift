import Foundation
import TestSupport
import Testing

@testable import Console

/// Tables drawn for the terminal's width as it is when they are drawn (issue 24, from a tour at a
/// real terminal): headings without escape codes printed as text, a one-shot `-c` fitting the
/// terminal it was typed at, and a resized window honoured at once.
extension TerminalTests {
    /// The lines of a screen wider than `columns`, and any escape code shown as text.
    static func problems(_ screen: String, columns: Int) -> [String] {
        screen.split(separator: "\n").map(String.init).filter { TextWidth.of($0) > columns || $0.contains("␛") || $0.contains("\u{1B}") }
    }

    @Test(
        "A pupils × subjects sheet at 100 columns, in the pager: its heading is plain text in columns, no escape code, no line wider than the screen"
    )
    func theSummarySheetFitsWithoutEscapeCodes() throws {
        defer { try? FileManager.default.removeItem(at: work) }
        let database = try DemoSchoolFile.copy(into: work)
        let terminal = try TmuxTerminal(console(database), columns: 100, rows: 40)
        try logIn(terminal, "klruk")
        try terminal.type("report summary 5А --period 1")
        try terminal.send("Enter")
        // less shows the first screen and waits at its prompt.
        let drawn = terminal.waitUntil(seconds: 30) { $0.contains("ФИО") && Self.lastLine($0).hasPrefix(":") }
        #expect(drawn != nil, "\(terminal.screen())")
        let shown = terminal.screen(joined: true)
        try terminal.send("q")
        #expect(Self.problems(shown, columns: 100).isEmpty, "\(Self.problems(shown, columns: 100))")
        #expect(shown.split(separator: "\n").contains { $0.hasPrefix("ФИО ") }, "the heading starts its line")
    }

    @Test("A window made narrower is drawn for at once; a one-shot -c typed at a terminal fits it")
    func aResizedWindowAndAOneShotCommandFit() throws {
        defer { try? FileManager.default.removeItem(at: work) }
        let database = try DemoSchoolFile.copy(into: work)
        let terminal = try TmuxTerminal(console(database, environment: "HELPDESK_PAGER=cat"), columns: 120, rows: 40)
        try logIn(terminal, "teacher")
        try terminal.resize(columns: 70, rows: 40)
        try terminal.clear()
        try terminal.type("lesson list --date 01.12.2026")
        try terminal.send("Enter")
        #expect(
            terminal.waitUntil(seconds: 20) { $0.contains("Урок") && Self.lastLine($0).hasPrefix("teacher>") } != nil,
            "\(terminal.screen())")
        let narrow = terminal.screen(history: 200, joined: true)
        #expect(Self.problems(narrow, columns: 70).isEmpty, "\(Self.problems(narrow, columns: 70))")

        let state = work.appendingPathComponent("state").path
        let oneShot = try TmuxTerminal(
            "\(FixedDay.terminalPrefix) env XDG_STATE_HOME=\(state) LANG=ru_RU.UTF-8 HELPDESK_PASSWORD=\(DemoPassword.value) "
                + "\(EndToEndTests.executable) --db \(database) --user teacher -c 'lesson list --date 01.12.2026'; sleep 30",
            columns: 80, rows: 40)
        _ = oneShot.waitFor("Урок", seconds: 20)
        let printed = oneShot.screen(history: 100, joined: true)
        #expect(printed.contains("Урок"), "\(printed)")
        #expect(Self.problems(printed, columns: 80).isEmpty, "\(Self.problems(printed, columns: 80))")
    }
}
