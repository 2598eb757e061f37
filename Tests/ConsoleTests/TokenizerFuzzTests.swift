import Foundation
import PropertyBased
import Testing

@testable import Console

/// A bounded fuzz run of the command-line tokenizer (issue 9): whatever is typed, it splits or
/// says the quote is unclosed, and never crashes. Inputs that once broke it stay below as cases.
@Suite struct TokenizerFuzzTests {
    /// What people and attackers type: quotes of three kinds, spaces of several kinds, Cyrillic,
    /// control and escape characters, combining marks and emoji.
    static let alphabet: [Character] = Array("ab Я ё\"'«» \t\u{A0}\u{2003}\\;,-–=\n\r\u{1B}[2J\u{0}\u{7F}\u{9B}\u{202E}\u{301}👩‍🏫5А")

    static let lines = Gen<Character?>.element(of: alphabet).map { $0! }.array(of: 0...80).map { String($0) }

    @Test func aRandomLineSplitsOrIsAnUnclosedQuote() async {
        await propertyCheck(count: 500, input: Self.lines) { line in
            do {
                let words = try Tokenizer.split(line)
                #expect(words.allSatisfy { !$0.isEmpty || line.contains("\"\"") || line.contains("''") || line.contains("«»") })
            } catch is Tokenizer.UnclosedQuote {
                #expect(line.contains("\"") || line.contains("'") || line.contains("«"))
            } catch {
                Issue.record("unexpected error \(error) for \(line.debugDescription)")
            }
        }
    }

    @Test func quotedWordsComeBackAsTheyWere() async {
        let words = Gen<Character?>.element(of: Array("абв ABC 12;,-ё")).map { $0! }.array(of: 1...12).map { String($0) }.array(of: 1...6)
        await propertyCheck(count: 300, input: words) { words throws in
            let line = words.map { "«\($0)»" }.joined(separator: " ")
            #expect(try Tokenizer.split(line) == words)
        }
    }

    @Test(arguments: ["\"", "«", "'abc", "a \"b c", "\u{1B}[2J «x", "\"\"\""])
    func regressions(_ line: String) {
        #expect(throws: Tokenizer.UnclosedQuote.self) { try Tokenizer.split(line) }
    }

    @Test func textShownOnTheTerminalHasNoControlSequences() async {
        await propertyCheck(count: 500, input: Self.lines) { line in
            let shown = TerminalText.safe(line)
            #expect(!shown.unicodeScalars.contains { TerminalText.isUnsafe($0) })
            #expect(shown.unicodeScalars.filter { $0 == "\n" }.count == line.unicodeScalars.filter { $0 == "\n" }.count)
        }
    }
}
