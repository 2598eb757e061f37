import Foundation
import GRDB
import JournalCore
import TestSupport
import Testing

@testable import Console

#if canImport(Glibc)
    import Glibc
#endif

/// The built `helpdesk` driven through a real terminal (tmux), as a person would use it.
@Suite(.serialized) struct EndToEndTests {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-e2e-\(UUID().uuidString)")
    var database: String { work.appendingPathComponent("school.sqlite").path }
    let password = "Secret-Pass-9137"

    /// The `helpdesk` executable beside the test bundle.
    static var executable: String {
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle.deletingLastPathComponent(), bundle, bundle.deletingLastPathComponent().deletingLastPathComponent()]
        for directory in candidates {
            let path = directory.appendingPathComponent("helpdesk").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return ".build/debug/helpdesk"
    }

    @discardableResult
    func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> (Int32, String) {
        let (program, arguments) = FixedDay.command(Self.executable, arguments)
        return try Program.run(
            program, arguments, input: input,
            environment: FixedDay.environment(over: ProcessInfo.processInfo.environment).merging(environment) { $1 })
    }

    /// Waits until the terminal shows `text` (or what scrolled off it); returns the screen.
    @discardableResult
    func waitFor(_ text: String, _ terminal: TmuxTerminal) -> String {
        guard let screen = terminal.waitFor(text, seconds: 30, history: 100) else {
            Issue.record("timed out waiting for «\(text)»; screen:\n\(terminal.screen(history: 100))")
            return terminal.screen(history: 100)
        }
        return screen
    }

    func makeSchool() throws {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let (status, output) = try run(
            ["--db", database, "init", "--org", "e2e", "--name", "МБОУ Глазовская СОШ", "--tz", "Europe/Moscow", "--admin", "admin"],
            environment: ["HELPDESK_PASSWORD": password])
        #expect(status == 0, "\(output)")
        // The school year around the fixed day the binary runs on.
        let script = """
            year new --name 2026/test --start 2026-09-01 --end 2027-05-31 --periods quarter
            class new --grade 5 --letter А
            student new --class 5А --name "Орлов Олег Олегович" --birth 2015-05-05 --sex m
            """
        let (scriptStatus, scriptOutput) = try run(
            ["--db", database, "--user", "admin", "--lang", "en"], input: script,
            environment: ["HELPDESK_PASSWORD": password])
        #expect(scriptStatus == 0, "\(scriptOutput)")
        #expect(!scriptOutput.contains(password))
    }

    @Test("A timetables folder that is not there is said, not taken for «no timetables»")
    func aMissingSchedulesFolderIsSaid() throws {
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let missing = work.appendingPathComponent("no-such-folder").path
        let (status, output) = try run(
            ["--db", database, "--schedules", missing, "--user", "admin", "-c", "whoami"], environment: ["HELPDESK_PASSWORD": password])
        #expect(status == 1 && output.contains("Папки графиков поддержки \(missing) нет"), "\(output)")
    }

    @Test("A command that only reads changes nothing in the file: not its schema version, not its time")
    func readCommandsLeaveTheFileAsItWas() throws {
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let environment = ["HELPDESK_PASSWORD": password]
        func state() throws -> (Int, Date, Int?) {
            let attributes = try FileManager.default.attributesOfItem(atPath: database)
            let wal = (try? FileManager.default.attributesOfItem(atPath: database + "-wal"))?[.size] as? Int
            var config = GRDB.Configuration()
            config.readonly = true
            let queue = try DatabaseQueue(path: database, configuration: config)
            defer { try? queue.close() }
            let schema = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? -1 }
            return (schema, attributes[.modificationDate] as? Date ?? .distantPast, wal)
        }
        let before = try state()
        for line in ["class list", "student list --class 5А", "audit verify", "ticket list", "whoami", "help", "journal 5А Математика"] {
            _ = try run(["--db", database, "--user", "admin", "-c", line], environment: environment)
            let after = try state()
            #expect(after.0 == before.0, "\(line): schema_version \(before.0) → \(after.0)")
            #expect(after.1 == before.1, "\(line): the file's time changed")
            #expect((after.2 ?? 0) == (before.2 ?? 0), "\(line): the WAL changed")
        }
        // A write still writes, through the same one-shot door.
        let (wrote, output) = try run(
            ["--db", database, "--user", "admin", "-c", "class new --grade 6 --letter Б"], environment: environment)
        #expect(wrote == 0, "\(output)")
        let (_, listing) = try run(["--db", database, "--user", "admin", "-c", "class list"], environment: environment)
        #expect(listing.contains("6Б"))
    }

    /// The console on the test's school at a 160×50 terminal, its history under `state`, at its first prompt.
    func consoleAtPrompt(state: String, afterwards: String = "sleep 60") throws -> TmuxTerminal {
        let terminal = try TmuxTerminal(
            "\(FixedDay.terminalPrefix) env XDG_STATE_HOME=\(state) LANG=ru_RU.UTF-8 \(Self.executable) --db \(database); \(afterwards)",
            columns: 160, rows: 50)
        _ = waitFor("helpdesk>", terminal)
        return terminal
    }

    @Test func logsInListsAClassAndKeepsThePasswordOutOfTheHistory() throws {
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let state = work.appendingPathComponent("state").path
        let terminal = try consoleAtPrompt(state: state)
        try terminal.send("login admin", "Enter")
        _ = waitFor("Пароль:", terminal)
        try terminal.send(password, "Enter")
        _ = waitFor("Вы вошли как", terminal)
        // Ctrl-C abandons the current question, not the program.
        try terminal.send("student new --class 5А", "Enter")
        _ = waitFor("ФИО:", terminal)
        try terminal.send("C-c")
        _ = waitFor("Отменено, ничего не записано.", terminal)
        try terminal.send("student list 5А", "Enter")
        let screen = waitFor("Орлов Олег Олегович", terminal)
        try terminal.send("quit", "Enter")
        _ = waitFor("До свидания.", terminal)

        #expect(!screen.contains(password), "the password was echoed")
        let history = try String(contentsOfFile: state + "/helpdesk/history", encoding: .utf8)
        #expect(history.contains("student list 5А"))
        #expect(!history.contains(password))
        #expect(!history.contains("login"))
        let mode = try FileManager.default.attributesOfItem(atPath: state + "/helpdesk/history")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test(
        "A password typed ahead, before «Пароль:» shows, is neither echoed nor lost (seen in CI under load); the terminal echoes again after quit"
    )
    func aPasswordTypedAheadLogsIn() throws {
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        // After the console, the shell reports whether the terminal echoes (stty's «echo» or «-echo»).
        let terminal = try consoleAtPrompt(
            state: work.appendingPathComponent("state").path,
            afterwards: "stty -a | tr ' ' '\\n' | grep -x -- '-\\?echo' | sed 's/^/after: /'; sleep 60")
        // The login, the password and Enter go in one burst, as from a fast typist or a paste.
        try terminal.send("login admin", "Enter", password, "Enter")
        let screen = waitFor("Вы вошли как", terminal)
        #expect(!screen.contains(password), "the password was echoed: \(screen)")
        try terminal.send("quit", "Enter")
        let after = waitFor("after: ", terminal)
        #expect(after.contains("after: echo"), "\(after)")
    }

    @Test(
        "helpdesk --help, each subcommand's --help and the command line's errors speak Russian by default, English with --lang en, within 80 columns"
    )
    func commandLineHelpInThePersonsLanguage() throws {
        let environment = ["LANG": "ru_RU.UTF-8", "COLUMNS": "80"]
        let (status, help) = try run(["--help"], environment: environment)
        #expect(status == 0 && help.contains("Параметры:") && help.contains("--user ЛОГИН"), "\(help)")
        #expect(!help.contains("OVERVIEW") && !help.contains("USAGE"))
        #expect(help.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(help)")
        let (_, english) = try run(["--lang", "en", "--help"], environment: environment)
        #expect(english.contains("Options:") && english.contains("log in as this user"))
        let (refused, error) = try run(["--bogus"], environment: environment)
        #expect(refused == 2 && error.contains("Параметр командной строки «--bogus» не понят"), "\(error)")
        // A required option left out is named as missing, with the subcommand's own help; `help init` is that help too.
        let (missing, missingSaid) = try run(["init", "--name", "x"], environment: environment)
        #expect(
            missing == 2 && missingSaid.contains("Не указан обязательный параметр «--org». Справка: helpdesk init --help"), "\(missingSaid)"
        )
        let (_, helpInit) = try run(["help", "init"], environment: environment)
        #expect(helpInit.contains("Запуск:") && !helpInit.contains("OVERVIEW"), "\(helpInit)")
        // Each subcommand's own help too (issue 23): Russian, in words, within 80 columns.
        for subcommand in ["init", "recover", "backup", "restore", "serve", "notify", "mail-in", "status", "migrate"] {
            let (status, help) = try run([subcommand, "--help"], environment: environment)
            #expect(status == 0 && help.contains("Запуск:") && help.contains("Параметры:"), "\(subcommand): \(help)")
            #expect(!help.contains("USAGE") && !help.contains("OPTIONS") && !help.contains("OVERVIEW"), "\(subcommand): \(help)")
            #expect(help.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(subcommand): \(help)")
            let (_, english) = try run(["--lang", "en", subcommand, "-h"], environment: environment)
            #expect(english.contains("Usage:") && !english.contains("Запуск"), "\(subcommand): \(english)")
        }
        // A console flag with a subcommand is refused in words, not taken in silence (issue 26).
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("misplaced-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (misplaced, said) = try run(["backup", "--user", "admin", folder.path], environment: environment)
        #expect(misplaced == 2 && said.contains("Параметр «--user» — для консоли, не для подкоманды «backup»"), "\(said)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("Issue 26: each subcommand's help page names every option and argument the parser declares, and no other")
    func subcommandHelpMatchesTheDeclaredOptions() throws {
        let (status, dump) = try run(["--experimental-dump-help"])
        #expect(status == 0)
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        let subcommands = try #require((tool["command"] as? [String: Any])?["subcommands"] as? [[String: Any]])
        let shared: Set<String> = ["--db", "--json", "--lang", "--schedules", "-h", "--help"]
        var checked = 0
        for subcommand in subcommands {
            guard let name = subcommand["commandName"] as? String, let page = SubcommandHelp.pages[name] else { continue }
            checked += 1
            let arguments = subcommand["arguments"] as? [[String: Any]] ?? []
            let options = Set(
                arguments.compactMap { argument -> String? in
                    guard argument["kind"] as? String != "positional", let names = argument["names"] as? [[String: Any]],
                        let long = names.first(where: { $0["kind"] as? String == "long" })?["name"] as? String
                    else { return nil }
                    return "--" + long
                })
            let positionals = arguments.filter { $0["kind"] as? String == "positional" }.count
            let terms = page.parameters.map { $0.term.1.split(separator: " ").first.map(String.init) ?? "" }
            let documented = Set(terms.filter { $0.hasPrefix("--") })
            #expect(options.subtracting(shared) == documented.subtracting(shared), "\(name): declared \(options), documented \(documented)")
            #expect(documented.isSubset(of: options), "\(name): \(documented.subtracting(options)) documented, not declared")
            let words = terms.filter { !$0.hasPrefix("--") && !$0.hasPrefix("HELPDESK_") && !$0.hasPrefix("SSH_") }
            #expect(words.count == positionals, "\(name): \(positionals) arguments declared, \(words) documented")
        }
        #expect(checked == SubcommandHelp.pages.count)
    }

    @Test(
        "Issue 25: helpdesk migrate moves a school's file into a region's database (or another file) and back: the source's chain head, audit verify clean there, a second move refused, a failed move leaves no file, both languages"
    )
    func migrateMovesASchoolWhole() throws {
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let environment = ["HELPDESK_PASSWORD": password]
        let (_, head) = try run(["--db", database, "--user", "admin", "--lang", "en", "-c", "audit head"], environment: environment)
        let hash = try #require(head.firstMatch(of: /hash ([0-9a-f]{64})/)?.output.1)
        let schema = PostgresTestSchema.server == nil ? nil : try PostgresTestSchema()
        let region = schema?.connectionString ?? work.appendingPathComponent("region.sqlite").path
        let (moved, said) = try run(["migrate", "--from", database, "--to", region, "--org", "e2e"])
        #expect(moved == 0 && said.contains("Школа e2e: журнал изменений") && said.contains("хеш \(hash), как в источнике"), "\(said)")
        let (verified, verify) = try run(
            ["--db", region, "--user", "admin", "--lang", "en", "-c", "audit verify"], environment: environment)
        #expect(verified == 0 && verify.contains("The audit log is intact"), "\(verify)")
        let (_, students) = try run(["--db", region, "--user", "admin", "-c", "student list 5А"], environment: environment)
        #expect(students.contains("Орлов Олег Олегович"), "\(students)")
        let (again, refusal) = try run(["migrate", "--from", database, "--to", region, "--org", "e2e", "--lang", "en"])
        #expect(again == 1 && refusal.contains("School e2e is already in the target: nothing was moved"), "\(refusal)")
        // Back into a file of its own, with the chain it had.
        let back = work.appendingPathComponent("back.sqlite").path
        let (returned, backSaid) = try run(["migrate", "--from", region, "--to", back, "--org", "e2e", "--lang", "en", "--json"])
        let result = try #require(try JSONSerialization.jsonObject(with: Data(backSaid.utf8)) as? [String: Any])
        #expect(returned == 0 && result["ok"] as? Bool == true && backSaid.contains("hash \(hash), as in the source"), "\(backSaid)")
        let (_, backHead) = try run(["--db", back, "--user", "admin", "--lang", "en", "-c", "audit head"], environment: environment)
        #expect(backHead.contains("hash \(hash)"), "\(backHead)")
        // A move refused leaves no file it made.
        let nowhere = work.appendingPathComponent("nowhere.sqlite").path
        let (unknown, unknownSaid) = try run(["migrate", "--from", database, "--to", nowhere, "--org", "nowhere"])
        #expect(unknown == 1 && unknownSaid.contains("В источнике нет школы с кодом «nowhere»"), "\(unknownSaid)")
        #expect(!FileManager.default.fileExists(atPath: nowhere))
    }

    @Test func oneShotCommandsExitWithTheirOutcome() throws {
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let environment = ["HELPDESK_PASSWORD": password]
        let (done, listing) = try run(["--db", database, "--user", "admin", "--json", "-c", "student list 5А"], environment: environment)
        #expect(done == 0)
        #expect(listing.contains("\"fullName\":\"Орлов Олег Олегович\""))
        let (refused, message) = try run(
            ["--db", database, "--user", "admin", "-c", "class new --grade 12 --letter А"], environment: environment)
        #expect(refused == 1)
        #expect(message == "Параллель: должно быть от 1 до 11.\n")
        let (usage, _) = try run(["--db", database, "--user", "admin", "-c", "no such command"], environment: environment)
        #expect(usage == 2)
        let (badFlag, _) = try run(["--db", database, "--no-such-flag"])
        #expect(badFlag == 2)
        let (wrong, wrongMessage) = try run(
            ["--db", database, "--user", "admin", "-c", "whoami"], environment: ["HELPDESK_PASSWORD": "wrong-one"])
        #expect(wrong == 1)
        #expect(wrongMessage == "Неверный логин или пароль.\n")
        let (again, againMessage) = try run(
            ["--db", database, "init", "--org", "e2e", "--name", "Другая", "--tz", "Europe/Moscow", "--admin", "other"],
            environment: environment)
        #expect(again == 1)
        #expect(againMessage.contains("уже есть"))
    }

    @Test func auditVerifyCatchesAnEntryChangedWithTheSqliteTool() throws {
        // Issue 3: the chained audit log detects an edit made behind the application's back.
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let environment = ["HELPDESK_PASSWORD": password]
        // The binary runs on the fixed school day, whatever the test runner's clock says.
        let today = FixedDay.schoolDate
        // The year's template added the federal curriculum's subjects, Математика among them.
        let script = """
            assignment new --teacher admin --class 5А --subject Математика
            lesson new 5А Математика \(today) 00:00 00:01 --topic "Сложение дробей"
            mark add 1 "Орлов Олег" 4
            """
        let (status, output) = try run(["--db", database, "--user", "admin"], input: script, environment: environment)
        #expect(status == 0, "\(output)")
        let (intact, intactMessage) = try run(["--db", database, "--user", "admin", "-c", "audit verify"], environment: environment)
        #expect(intact == 0, "\(intactMessage)")

        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = [
            "sqlite3", database, "UPDATE auditEntry SET after = '{\"value\":\"5\",\"work\":\"answer\"}' WHERE action = 'markAdded'",
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)

        let (damaged, report) = try run(["--db", database, "--user", "admin", "-c", "audit verify"], environment: environment)
        #expect(damaged == 1)
        #expect(report.contains("Журнал изменений повреждён"))
        #expect(report.contains("изменена после внесения"))
    }

    @Test func aTeacherOfEachSeedSchoolFindsHelpAndBooksTheNextFreeConsultation() throws {
        // Issue 4 (H-TT-2, H-BOOK-1): in the demo, the three seed schools with their own timetables.
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: work) }
        let schedules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schedules").path
        let (loaded, loadOutput) = try run(["--db", database, "--demo", "-c", "quit"])
        #expect(loaded == 0, "\(loadOutput)")
        let terminal = try TmuxTerminal(
            "\(FixedDay.terminalPrefix) env XDG_STATE_HOME=\(work.path) LANG=ru_RU.UTF-8 \(Self.executable) --db \(database) --schedules \(schedules); sleep 60",
            columns: 200, rows: 50)
        _ = waitFor("helpdesk>", terminal)
        let visits = [
            ("glazov-teacher", "кто поможет с КТП", "запишите меня на консультацию по КТП", "Полий Т.А."),
            ("krym-teacher", "кто поможет с электронным журналом", "запишите меня на консультацию по электронному журналу", ""),
            ("ekb-teacher", "кто поможет с импортом КТП", "запишите меня на консультацию по импорту КТП", "Администратор ЭЖ"),
        ]
        for (login, question, request, specialist) in visits {
            // A clean screen for each visit: what the last one showed cannot answer a wait.
            try terminal.clear()
            try terminal.send("login \(login)", "Enter")
            _ = waitFor("Пароль:", terminal)
            try terminal.send(DemoPassword.value, "Enter")
            _ = waitFor("Вы вошли как", terminal)
            try terminal.send(question, "Enter")
            _ = waitFor("Ближайшее время", terminal)
            try terminal.send(request, "Enter")
            _ = waitFor("Вариант (1–5):", terminal)
            try terminal.send("1", "Enter")
            _ = waitFor("Записать?", terminal)
            try terminal.send("да", "Enter")
            let screen = waitFor("Вы записаны на консультацию: \(specialist)", terminal)
            #expect(!screen.contains(DemoPassword.value))
            try terminal.send("logout", "Enter")
            _ = waitFor("Вы вышли", terminal)
        }
    }
}

extension EndToEndTests {
    @Test func twoConsolesTakingTicketsAtOnceNeverLoseDuplicateOrRenumberOne() throws {
        // Issue 5: several specialists on one database file.
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let environment = ["HELPDESK_PASSWORD": password]
        let perConsole = 60
        let scripts = (1...2).map { console in
            (1...perConsole).map { "ticket new e2e orlov.oo 100000\($0) родитель \"Консоль \(console), заявка \($0)\" \"не видно оценок\"" }
                .joined(separator: "\n") + "\n"
        }
        let group = DispatchGroup()
        let results = Mutex<[(Int32, String)]>([])
        for script in scripts {
            group.enter()
            DispatchQueue.global().async {
                let result = (try? run(["--db", database, "--user", "admin"], input: script, environment: environment)) ?? (-1, "")
                results.withLock { $0.append(result) }
                group.leave()
            }
        }
        group.wait()
        for (status, output) in results.withLock({ $0 }) { #expect(status == 0, "\(output)") }
        let (status, listing) = try run(
            ["--db", database, "--user", "admin", "--json", "-c", "ticket list --all"], environment: environment)
        #expect(status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listing.utf8)) as? [String: Any])["result"] as? [[String: Any]]
        // The ticket's number is a JSON number.
        let numbers = (rows ?? []).compactMap { $0["ticket"] as? Int }
        #expect(numbers.sorted() == Array(1...(2 * perConsole)))
        let topics = Set((rows ?? []).compactMap { $0["topic"] as? String })
        #expect(topics.count == 2 * perConsole)
    }
}

/// The demo's password, as README.md gives it.
enum DemoPassword {
    static let value = "demo2026"
}
