import ConsoleTestSupport
import Foundation
import HelpDesk
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// Every line of the README's tour (as its user) and every command's `help` example (as the
/// journal administrator), on the full demo school, at 80 and 200 columns, in Russian and
/// English, at a scripted terminal (issue 23): no line wider than the screen, no word cut, no
/// raw database error or program internal, and no question asked by what only reads.
@Suite struct AcceptanceTests {
    /// What a person must never see: the program's or the database's own words.
    static let internals = [
        "SQL(", "GRDB", "constraint failed", "CHECK constraint", "Optional(", "Error Domain", "DatabaseError", "SQLite error", "Swift.",
        "Fatal error",
    ]

    /// The question that asks before writing, in either language.
    static let confirmations = ["Записать?", "Write?", "Save?"]

    struct Problem: CustomStringConvertible {
        let line: String
        let what: String
        var description: String { "\(line): \(what)" }
    }

    static func run(_ desk: SupportDesk, user: String, line: String, language: Language, columns: Int) throws -> [Problem] {
        let io = ScriptedIO([])
        io.columns = columns
        let session = Session(desk: desk, io: io, language: language)
        if !user.isEmpty { session.setCaller(try desk.journal.authenticate(login: user, password: DemoSchool.password)) }
        _ = session.execute(line)
        let label = "\(user)> \(line) [\(language.rawValue), \(columns)]"
        var problems: [Problem] = []
        let wide = io.output.split(separator: "\n").filter { TextWidth.of(String($0)) > columns }
        if let first = wide.first { problems.append(Problem(line: label, what: "wider than \(columns): «\(first)»")) }
        for word in internals where io.output.contains(word) {
            problems.append(Problem(line: label, what: "internals «\(word)»: \(io.output.prefix(200))"))
        }
        if let words = try? Tokenizer.split(line), let (command, _) = CommandTable.find(words, in: CommandTable.all), !command.writes,
            io.prompts.contains(where: { prompt in confirmations.contains { prompt.hasPrefix($0) } })
        {
            problems.append(Problem(line: label, what: "a command that only reads asked to confirm"))
        }
        return problems
    }

    @Test(
        "Issue 23: every README line and help example fits 80 columns in Russian and 200 in English, shows no internals, and asks nothing when it only reads"
    )
    func everyLineFitsAndSaysNothingOfTheProgram() throws {
        let desk = try JSONDocumentTests.demo()
        var problems: [Problem] = []
        // The same lines the JSON test reads: the tour's and every command's example.
        let lines = try JSONDocumentTests.lines()
        for (user, line) in lines {
            problems += try Self.run(desk, user: user, line: line, language: .ru, columns: 80)
            problems += try Self.run(desk, user: user, line: line, language: .en, columns: 200)
        }
        #expect(lines.count > 100)
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.prefix(25).map(\.description).joined(separator: "\n"))")
    }
}
