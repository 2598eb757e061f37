import Foundation
import PropertyBased
import Testing

@testable import JournalCore

/// A bounded fuzz run of the course plan reader (J-PLAN-1, issue 9): random CSV-like text and
/// random bytes are read or refused with a reason, never with a crash, and never yield more than
/// a plan can hold.
@Suite struct CoursePlanFuzzTests {
    static let cells: [String] = [
        "Тема урока", "Кол-во часов", "Раздел", "Дата план", "1", "2", "0", "1,5", "01.09.2026", "32.13.2026",
        "Сложение", "\"", "\"\"", ";", ",", "\t", "\n", "\r\n", " ", "№", "ё", "\u{0}", "\u{FEFF}", "—",
    ]

    static let texts = Gen<String?>.element(of: cells).map { $0! }.array(of: 0...60).map { $0.joined() }
    static let bytes = Gen<UInt8>.value(in: 0...255).array(of: 0...300)

    static func check(_ data: Data) {
        do {
            let parsed = try CoursePlanCSV.parse(data, assignmentId: 1)
            #expect(parsed.items.count <= CoursePlanCSV.maxItems || !parsed.problems.isEmpty)
            #expect(
                parsed.items.allSatisfy {
                    !$0.topic.isEmpty && $0.topic.count <= CoursePlanCSV.maxTopicLength && (1...100).contains($0.hours)
                })
            #expect(parsed.problems.allSatisfy { $0.line >= 1 })
            #expect(parsed.items.enumerated().allSatisfy { $0.offset + 1 == $0.element.position })
        } catch is JournalError {
            // Refused with a reason the console words.
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("J-PLAN-1: Random text is read or refused") func randomTextIsReadOrRefused() async {
        await propertyCheck(count: 400, input: Self.texts) { text in Self.check(Data(text.utf8)) }
    }

    @Test("J-PLAN-1: Random bytes are read or refused") func randomBytesAreReadOrRefused() async {
        await propertyCheck(count: 400, input: Self.bytes) { bytes in Self.check(Data(bytes)) }
    }

    @Test(
        "J-PLAN-1: Inputs that once broke the reader",
        arguments: [
            "Тема урока\n\"", "Тема урока;Кол-во часов\n\"a\"b;1\n", "\u{FEFF}", "Тема урока;Кол-во часов\n;\n;\n", "\"Тема урока\"\"\n",
        ])
    func regressions(_ text: String) {
        Self.check(Data(text.utf8))
    }
}
