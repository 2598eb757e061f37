import ConsoleTestSupport
import DeskTestSupport
import Foundation
import HelpDesk
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// `--json` is data, not a scraped screen (issue 10, one vocabulary per layer): every line of the
/// README's tour and every command's example, run on two identical demo schools in Russian and in
/// English, gives the same document but for the worded messages; numbers are numbers, dates and
/// times ISO 8601, closed sets their codes.
@Suite struct JSONDocumentTests {
    /// The worded parts of a document: they are in the session's language by design.
    static let wordedKeys: Set<String> = ["message", "messages", "error", "text"]

    /// Keys whose values count or number things: never a string (no «12?» glued together).
    static let numberKeys: Set<String> = [
        "ticket", "booking", "lesson", "number", "markId", "identifier", "training", "students", "registered", "capacity", "minutes",
        "hours", "quarter", "trainingsHeld", "homeworkGraceMinutes", "entryWindowDays", "temporaryPasswordHours",
        "backupMaxAgeDays", "firstResponse", "resolution", "places", "choice",
    ]

    static let dateKeys: Set<String> = ["date", "startDate", "endDate", "birthDate", "plannedDate", "deadline", "start", "end"]

    /// A demo school in memory at a fixed moment, with its desk.
    static func demo() throws -> SupportDesk { try DemoDesk.make() }

    /// What one line prints in JSON mode, as who.
    static func document(_ desk: SupportDesk, _ user: String, _ line: String, _ language: Language) throws -> String {
        let io = ScriptedIO([], interactive: false)
        let session = Session(desk: desk, io: io, language: language, json: true, assumeYes: true)
        if !user.isEmpty { session.setCaller(try desk.journal.authenticate(login: user, password: DemoSchool.password)) }
        _ = session.execute(line)
        return io.output
    }

    /// The lines: the tour's, then each command's example as the journal administrator.
    static func lines() throws -> [(user: String, line: String)] {
        // Not the lines that name files: a file is written once, never over (the second language's run would differ).
        let files = [".csv", ".xlsx", ".ics", ".html", ".png", ".yaml"]
        let tour = ReadmeTourTests.tourLines(try ReadmeTourTests.readme).filter { entry in
            entry.line.range(of: #"\b(N|ЛОГИН|ФАЙЛ)\b"#, options: .regularExpression) == nil && !files.contains { entry.line.contains($0) }
        }
        return tour + examples(bare: false).map { ("admin", $0) }
    }

    /// Every command's example (a command without one and without a required field: its name)
    /// but those that name files, make backups or end the session.
    static func examples(bare withBare: Bool = true) -> [String] {
        let files = [".csv", ".xlsx", ".ics", ".html", ".png", ".yaml"]
        let bare = withBare ? CommandTable.all.filter { $0.example.isEmpty && !$0.fields.contains(where: \.required) }.map(\.name) : []
        return (CommandTable.all.map(\.example) + bare).filter { example in
            !example.isEmpty && !example.contains("backup") && !files.contains { example.contains($0) }
                && !["logout", "quit", "password"].contains(example)
        }
    }

    /// Wednesday 2 December 2026, 10:00 in Moscow: the day of the scenario.
    static let wednesday = ISO8601DateFormatter().date(from: "2026-12-02T07:00:00Z") ?? Date(timeIntervalSince1970: 0)

    /// `Tests/Fixtures/json-scenario.tsv`: who runs which line, in order, so that every command
    /// is done at least once on the demo of a Wednesday.
    static func scenario() throws -> [(user: String, line: String)] {
        let file = MailSink.repository.appendingPathComponent("Tests/Fixtures/json-scenario.tsv")
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap { row in
            guard !row.hasPrefix("#"), let tab = row.firstIndex(of: "\t") else { return nil }
            return (String(row[..<tab]), String(row[row.index(after: tab)...]))
        }
    }

    /// Who runs an example in the schema check: the first of these it is done for.
    static let roles = ["admin", "teacher", "klruk", "zavuch", "support", "methodist", "parent", "student"]

    @Test(
        "Issue 26: a line --json does not understand keeps what the screen shows: the closest commands with examples, or the command meant")
    func notUnderstoodKeepsItsSuggestionsInJSON() throws {
        let desk = try Self.demo()
        let words = try Self.document(desk, "teacher", "пожалуйста сделайте что-нибудь хорошее", .ru)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(words.utf8)) as? [String: Any], "\(words)")
        #expect(document["ok"] as? Bool == false)
        let closest = try #require(document["result"] as? [[String: Any]], "\(words)")
        #expect(!closest.isEmpty && closest.allSatisfy { $0["command"] is String && $0["example"] is String }, "\(words)")
        let typo = try Self.document(desk, "teacher", "clas list", .en)
        let meant = try #require(try JSONSerialization.jsonObject(with: Data(typo.utf8)) as? [String: Any], "\(typo)")
        #expect((meant["messages"] as? [String])?.contains { $0.contains("class list") } == true, "\(typo)")
    }

    @Test("J-REP-1, H-TICKET-1: every --json document parses, is the same in both languages, numbers as numbers, ISO dates")
    func everyDocumentIsTypedData() throws {
        let russian = try Self.demo()
        let english = try Self.demo()
        var problems: [String] = []
        var answered = 0
        let lines = try Self.lines()
        for (user, line) in lines {
            let ru = try Self.document(russian, user, line, .ru)
            let en = try Self.document(english, user, line, .en)
            guard let ruObject = Self.parse(ru), let enObject = Self.parse(en) else {
                problems.append("\(line): not one JSON document:\n\(ru.prefix(300))")
                continue
            }
            if ruObject["ok"] as? Bool == true { answered += 1 }
            let ruData = Self.data(ruObject)
            let enData = Self.data(enObject)
            if Self.encode(ruData) != Self.encode(enData) {
                problems.append(
                    "\(line): differs by language:\n ru \(Self.encode(ruData).prefix(400))\n en \(Self.encode(enData).prefix(400))")
            }
            Self.check(ruData, at: line, into: &problems)
        }
        #expect(problems.isEmpty, "\(problems.prefix(8).joined(separator: "\n\n"))")
        // Most lines did their work, so the documents compared hold data, not only refusals.
        #expect(lines.count > 100 && answered * 2 > lines.count, "\(answered) of \(lines.count) answered")
    }

    @Test(
        "Issue 26: every --json document of the acceptance run, in both languages, is valid against its command's schema (helpdesk schema, Python's jsonschema)"
    )
    func everyDocumentHasItsDeclaredShape() throws {
        try #require(MailSink.available, "run scripts/dependencies.sh: it installs the project's .venv")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let (status, schemas) = try Program.run(EndToEndTests.executable, ["schema"], environment: [:])
        #expect(status == 0)
        let schemaFile = work.appendingPathComponent("schemas.json")
        try Data(schemas.utf8).write(to: schemaFile)
        var documents = ""
        var named = 0
        var done: Set<String> = []
        func keep(_ object: [String: Any], _ line: String, _ user: String, _ language: Language) {
            if let command = object["command"] as? String {
                named += 1
                if object["ok"] as? Bool == true { done.insert(command) }
            }
            documents += Self.encode(["line": "\(language.rawValue) \(user): \(line)", "document": object]) + "\n"
        }
        let tour = Array(try Self.lines().dropLast(Self.examples(bare: false).count))
        // Each example as the first role it is done for (found in Russian, run so in English too).
        var runner: [String: String] = [:]
        for language in [Language.ru, .en] {
            let desk = try Self.demo()
            for (user, line) in tour {
                if let object = Self.parse(try Self.document(desk, user, line, language)) { keep(object, line, user, language) }
            }
            for line in Self.examples() {
                for user in runner[line].map({ [$0] }) ?? Self.roles {
                    guard let object = Self.parse(try Self.document(desk, user, line, language)) else { continue }
                    let ok = object["ok"] as? Bool == true
                    if ok || user == Self.roles.last || runner[line] != nil {
                        keep(object, line, user, language)
                        if language == .ru { runner[line] = user }
                        break
                    }
                }
            }
        }
        // The scenario: every command done once, in order, on the demo of a Wednesday.
        for language in [Language.ru, .en] {
            let desk = try DemoDesk.make(at: Self.wednesday)
            var callers: [String: Caller] = [:]
            for (user, line) in try Self.scenario() {
                let caller = try callers[user] ?? desk.journal.authenticate(login: user, password: DemoSchool.password)
                callers[user] = caller
                let io = ScriptedIO([], interactive: false)
                let session = Session(desk: desk, io: io, language: language, json: true, assumeYes: true)
                session.setCaller(caller)
                _ = session.execute(line)
                if let object = Self.parse(io.output) { keep(object, line, user, language) }
            }
        }
        print("the schema check: \(done.count) of \(CommandTable.all.count) commands done at least once, \(named) documents")
        // Not done here: what ends the session, and what reads or writes a file of the person's.
        let skipped: Set<String> = [
            "logout", "password", "quit", "year archive", "student import", "staff import", "assignment import", "plan import",
            "plan export", "schedule export", "booking export", "rollout import", "mail take", "ticket attachment save", "backup make",
            "backup verify",
        ]
        let notDone = Set(CommandTable.all.map(\.name)).subtracting(done)
        #expect(notDone.isSubset(of: skipped), "never done: \(notDone.subtracting(skipped).sorted())")
        let documentFile = work.appendingPathComponent("documents.jsonl")
        try Data(documents.utf8).write(to: documentFile)
        let (checked, output) = try Program.run(
            MailSink.python,
            [MailSink.repository.appendingPathComponent("scripts/validate_json.py").path, schemaFile.path, documentFile.path],
            environment: [:])
        #expect(checked == 0, "\(output.prefix(2000))")
        let problems = (try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: String]]) ?? []
        let listed = problems.prefix(40).map { "\($0["line"] ?? ""): \($0["path"] ?? "") \($0["problem"] ?? "")" }
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(listed.joined(separator: "\n"))")
        #expect(named > 200, "\(named) documents named their command")
    }

    @Test("Issue 26: every command declares the shape of its result, and its schema names it")
    func everyCommandDeclaresItsResult() throws {
        let undeclared = CommandTable.all.filter { if case .undeclared = $0.result { true } else { false } }.map(\.name)
        #expect(undeclared.isEmpty, "\(undeclared)")
        for command in CommandTable.all {
            let schema = ResultSchema.document(command)
            #expect(schema["title"] as? String == command.name)
        }
    }

    static func parse(_ text: String) -> [String: Any]? {
        let documents = text.split(separator: "\n")
        guard documents.count == 1, let first = documents.first else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(first.utf8))) as? [String: Any]
    }

    /// The document without its worded parts.
    static func data(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { !wordedKeys.contains($0.key) }.mapValues(data)
        }
        if let array = value as? [Any] { return array.map(data) }
        return value
    }

    static func encode(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    static func check(_ value: Any, key: String? = nil, at line: String, into problems: inout [String]) {
        if let object = value as? [String: Any] {
            for (key, inner) in object { check(inner, key: key, at: line, into: &problems) }
        } else if let array = value as? [Any] {
            for inner in array { check(inner, key: key, at: line, into: &problems) }
        } else if let text = value as? String {
            if let key, numberKeys.contains(key) { problems.append("\(line): \(key) is the text «\(text)», not a number") }
            if text.firstMatch(of: /^\d{2}\.\d{2}\.\d{4}/) != nil { problems.append("\(line): a screen date «\(text)» in data") }
            if let key, dateKeys.contains(key), text.first?.isNumber == true,
                text.wholeMatch(of: /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z))?|\d{2}:\d{2}/) == nil
            {
                problems.append("\(line): \(key) «\(text)» is not ISO 8601")
            }
        }
    }
}
