import Foundation
import TestSupport
import Testing

/// The console at a real terminal (tmux, 80×24 and 200×50) on the full demo school, as a new
/// user meets it (issue 23).
@Suite(.serialized) struct TerminalTests {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-pty-\(UUID().uuidString)")

    /// The shell line that starts the console on `database` at a terminal, on the fixed day.
    func console(_ database: String, _ arguments: String = "", environment: String = "") -> String {
        let state = work.appendingPathComponent("state").path
        return "\(FixedDay.terminalPrefix) env -u PAGER -u HELPDESK_PAGER -u HELPDESK_PASSWORD XDG_STATE_HOME=\(state) LANG=ru_RU.UTF-8 "
            + "\(environment) \(EndToEndTests.executable) --db \(database) \(arguments); sleep 30"
    }

    /// Logs in as `login` at the prompt.
    func logIn(_ terminal: TmuxTerminal, _ login: String) throws {
        #expect(terminal.waitFor("helpdesk>", seconds: 20) != nil, "\(terminal.screen())")
        try terminal.type("login \(login)")
        try terminal.send("Enter")
        #expect(terminal.waitFor("Пароль:") != nil)
        try terminal.type(DemoPassword.value)
        try terminal.send("Enter")
        #expect(terminal.waitFor("\(login)>") != nil, "\(terminal.screen())")
    }

    /// The last line of the screen that has text.
    static func lastLine(_ screen: String) -> String {
        screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }

    @Test(arguments: [(80, 24), (200, 50)])
    func helpLongerThanTheScreenPagesAndQReturnsToThePrompt(columns: Int, rows: Int) throws {
        defer { try? FileManager.default.removeItem(at: work) }
        let database = try DemoSchoolFile.copy(into: work)
        let terminal = try TmuxTerminal(console(database), columns: columns, rows: rows)
        try logIn(terminal, "admin")
        try terminal.type("help")
        try terminal.send("Enter")
        // less shows the first screen and waits at its prompt, in the foreground, saying which keys page and quit.
        let paged = terminal.waitUntil { Self.lastLine($0).hasPrefix(":") }
        #expect(paged != nil, "no pager at the foot of the screen:\n\(terminal.screen())")
        #expect(paged?.contains("(Пробел — дальше, b — назад, /слово — поиск, q — вернуться к вводу команд)") == true, "the keys are said")
        // Ctrl-C inside the pager is the pager's: the session lives on.
        try terminal.send("C-c")
        Thread.sleep(forTimeInterval: 0.3)
        try terminal.send("q")
        let back = terminal.waitUntil { Self.lastLine($0).hasPrefix("admin>") }
        #expect(back != nil, "q did not return to the prompt:\n\(terminal.screen())")
        try terminal.type("whoami")
        try terminal.send("Enter")
        #expect(terminal.waitFor("Логин: admin") != nil, "\(terminal.screen())")
    }

    @Test func underSshdTheConsoleLeadsTheSessionAndThePagerStillShowsEveryLine() throws {
        // sshd's ForceCommand makes the console the session leader: here `exec` does the same.
        defer { try? FileManager.default.removeItem(at: work) }
        let database = try DemoSchoolFile.copy(into: work)
        let (_, whole) = try Program.run(
            EndToEndTests.executable, ["--db", database, "-c", "help"], environment: ["LANG": "ru_RU.UTF-8", "PATH": "/usr/bin:/bin"])
        let last = Self.lastLine(whole).trimmingCharacters(in: .whitespaces)
        let state = work.appendingPathComponent("state").path
        let terminal = try TmuxTerminal(
            "exec env -u PAGER XDG_STATE_HOME=\(state) LANG=ru_RU.UTF-8 \(EndToEndTests.executable) --db \(database)")
        #expect(terminal.waitFor("helpdesk>", seconds: 20) != nil)
        try terminal.type("help")
        try terminal.send("Enter")
        #expect(terminal.waitUntil { Self.lastLine($0).hasPrefix(":") } != nil, "\(terminal.screen())")
        // To the end of the text: its last line is there, nothing was lost.
        try terminal.send("G")
        #expect(terminal.waitFor(last) != nil, "«\(last)» never shown:\n\(terminal.screen())")
        try terminal.send("q")
        #expect(terminal.waitUntil { Self.lastLine($0).hasPrefix("helpdesk>") } != nil, "\(terminal.screen())")
    }

    @Test func aOneShotCommandAtATerminalTakesThePasswordFromTheEnvironmentOrAsksWithoutEcho() throws {
        defer { try? FileManager.default.removeItem(at: work) }
        let database = try DemoSchoolFile.copy(into: work)
        let state = work.appendingPathComponent("state").path
        let given = try TmuxTerminal(
            "\(FixedDay.terminalPrefix) env XDG_STATE_HOME=\(state) LANG=ru_RU.UTF-8 HELPDESK_PASSWORD=\(DemoPassword.value) "
                + "\(EndToEndTests.executable) --db \(database) --user admin -c 'class list'; echo status=$?; sleep 30")
        let listed = given.waitFor("status=")
        #expect(listed?.contains("5А") == true && listed?.contains("status=0") == true, "\(listed ?? "")")
        let asked = try TmuxTerminal(
            console(database, "--user admin -c whoami").replacingOccurrences(of: "; sleep 30", with: "; echo status=$?; sleep 30"))
        #expect(asked.waitFor("Пароль:") != nil, "\(asked.screen())")
        try asked.type(DemoPassword.value)
        try asked.send("Enter")
        let answered = asked.waitFor("status=")
        #expect(answered?.contains("Логин: admin") == true && answered?.contains("status=0") == true, "\(answered ?? "")")
        #expect(answered?.contains(DemoPassword.value) == false, "the password was echoed")
    }

    @Test func ctrlCStopsLongWorkAndNothingOfItIsKept() throws {
        // Issue 23, part 4: temporary passwords for every pupil of the school, stopped half way.
        defer { try? FileManager.default.removeItem(at: work) }
        let database = try DemoSchoolFile.copy(into: work)
        let sheet = work.appendingPathComponent("slips.html").path
        let terminal = try TmuxTerminal(console(database))
        try logIn(terminal, "admin")
        try terminal.type("account issue --role ученик --sheet \(sheet)")
        try terminal.send("Enter")
        #expect(terminal.waitFor("Записать?") != nil, "\(terminal.screen())")
        try terminal.type("да")
        try terminal.send("Enter")
        // The bar is drawn once the work has taken a second: then Ctrl-C.
        #expect(terminal.waitFor("Временные пароли", seconds: 20) != nil, "\(terminal.screen())")
        try terminal.send("C-c")
        let stopped = terminal.waitFor("Остановлено (Ctrl-C)", seconds: 20)
        #expect(stopped != nil, "\(terminal.screen())")
        #expect(terminal.waitUntil { Self.lastLine($0).hasPrefix("admin>") } != nil, "the session goes on")
        #expect(!FileManager.default.fileExists(atPath: sheet))
        // The pupils' passwords are as they were: the demo pupil still logs in with it.
        let (status, output) = try Program.run(
            EndToEndTests.executable, ["--db", database, "--user", "student", "-c", "whoami"],
            environment: ["HELPDESK_PASSWORD": DemoPassword.value, "LANG": "ru_RU.UTF-8", "PATH": "/usr/bin:/bin"])
        #expect(status == 0 && output.contains("Логин: student"), "\(output)")
    }

    @Test func tabAfterANounOffersItsVerbsNotEveryWord() throws {
        // Issue 23, part 6: «Display all 604 possibilities? (y or n)» was the answer to «lesson <Tab>».
        defer { try? FileManager.default.removeItem(at: work) }
        let database = try DemoSchoolFile.copy(into: work)
        let terminal = try TmuxTerminal(console(database))
        try logIn(terminal, "admin")
        try terminal.type("урок ")
        try terminal.send("Tab")
        try terminal.send("Tab")
        Thread.sleep(forTimeInterval: 0.5)
        let screen = terminal.screen()
        #expect(!screen.contains("Display all") && !screen.contains("possibilities"), "\(screen)")
        #expect(screen.contains("показать") || screen.contains("заполнить"), "\(screen)")
        #expect(!screen.contains("student"), "English words on a Russian console: \(screen)")
        // The README's English commands complete on a Russian console too, with English verbs (from the tour).
        try terminal.send("C-u")
        try terminal.type("cla")
        try terminal.send("Tab")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(Self.lastLine(terminal.screen()).hasSuffix("> class"), "\(terminal.screen())")
        try terminal.send("C-u")
        try terminal.send("C-l")
        try terminal.type("class ")
        try terminal.send("Tab")
        try terminal.send("Tab")
        Thread.sleep(forTimeInterval: 0.5)
        let english = terminal.screen()
        #expect(english.contains("show") && english.contains("list") && !english.contains("показать"), "\(english)")
    }
}
