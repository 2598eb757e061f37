import ConsoleTestSupport
import Foundation
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// Every command's example, as help shows it, names that command and reads as its options (from
/// the second tour: `year regime`'s example was no command at all).
@Suite struct ExampleTests {
    @Test("Each help example is its own command, with options the command takes")
    func examplesAreCommands() throws {
        let file = try SchoolFile(clock: FixedClock(Date(timeIntervalSince1970: 1_790_000_000)))
        let session = try ConsoleFixture.session(file.journal, io: ScriptedIO([], interactive: false), language: .ru)
        let texts = Texts(.ru)
        for command in session.commands where !command.example.isEmpty {
            let words = try Tokenizer.split(command.example)
            let found = CommandTable.find(words, in: session.commands)
            let example = command.example
            let name = command.name
            #expect(found?.0.id == command.id, Comment(rawValue: "«\(example)» is not \(name)"))
            guard let (_, length) = found else { continue }
            #expect(throws: Never.self, Comment(rawValue: "«\(example)»")) {
                _ = try FlagReader(command: command, texts: texts).parse(Array(words.dropFirst(length)))
            }
        }
    }
}
