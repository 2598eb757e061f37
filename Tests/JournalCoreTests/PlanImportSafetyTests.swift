import Foundation
import Testing

@testable import JournalCore

/// Imports never destroy (J-PLAN-1, issue 9 part 6): a file that cannot be a plan is refused
/// with what it is; an empty, broken or oversized one loads nothing; fewer topics need a yes.
@Suite struct PlanImportSafetyTests {
    func loaded(_ day: JournalDay) throws -> JournalDay {
        _ = try day.school.journal.importCoursePlan(
            day.teacher, assignmentId: day.assignment.id!,
            data: CoursePlanTests.windowsPlan.data(using: .windowsCP1251)!, dryRun: false)
        return day
    }

    func topics(_ day: JournalDay) throws -> [String] {
        try day.school.journal.planCoverage(day.teacher, assignmentId: day.assignment.id!).map(\.item.topic)
    }

    @Test("J-PLAN-1: A file with only a header deletes nothing") func aFileWithOnlyAHeaderDeletesNothing() throws {
        let day = try loaded(try JournalDay())
        let before = try topics(day)
        let report = try day.school.journal.importCoursePlan(
            day.teacher, assignmentId: day.assignment.id!,
            data: Data("Тема урока;Кол-во часов\r\n".utf8), dryRun: false)
        #expect(!report.applied && report.problems.map(\.reason) == [.noRows])
        #expect(try topics(day) == before && before.count == 4)
    }

    @Test("J-PLAN-1: An unclosed quote is named by line and merges nothing") func anUnclosedQuoteIsNamedByLineAndMergesNothing() throws {
        let text = "Тема урока;Кол-во часов\nВведение;1\n\"Сложение;1\nВычитание;1\n"
        let parsed = try CoursePlanCSV.parse(Data(text.utf8), assignmentId: 1)
        #expect(
            parsed.items.isEmpty && parsed.problems == [PlanImportProblem(line: 3, column: "\"", field: .document, reason: .unclosedQuote)])
    }

    @Test("J-PLAN-1: Too many rows or too long topics or too large files are refused")
    func tooManyRowsOrTooLongTopicsOrTooLargeFilesAreRefused() throws {
        let many = "Тема урока;Кол-во часов\n" + (1...401).map { "Тема \($0);1" }.joined(separator: "\n")
        #expect(try CoursePlanCSV.parse(Data(many.utf8), assignmentId: 1).problems.map(\.reason) == [.tooMany(max: 400)])
        let long = "Тема урока;Кол-во часов\n" + String(repeating: "а", count: 501) + ";1\n"
        #expect(try CoursePlanCSV.parse(Data(long.utf8), assignmentId: 1).problems.map(\.reason) == [.tooLong(max: 500)])
        let huge = Data(repeating: UInt8(ascii: "a"), count: 10 << 20)
        #expect(throws: JournalError.unreadablePlan(.tooLarge(bytes: 10 << 20, maxBytes: 1 << 20))) {
            try CoursePlanCSV.parse(huge, assignmentId: 1)
        }
    }

    @Test("J-PLAN-1: What cannot be read is said with what it is") func whatCannotBeReadIsSaidWithWhatItIs() throws {
        let text = "Тема урока;Кол-во часов\nВведение в курс математики;1\nСложение натуральных чисел;2\n"
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(text.data(using: .utf16LittleEndian)!)
        #expect(throws: JournalError.unreadablePlan(.utf16)) { try CoursePlanCSV.parse(utf16, assignmentId: 1) }
        #expect(throws: JournalError.unreadablePlan(.utf16)) {
            try CoursePlanCSV.parse(text.data(using: .utf16LittleEndian)!, assignmentId: 1)
        }
        let dos = Data(
            text.unicodeScalars.map { scalar -> UInt8 in
                switch scalar.value {
                case 0x0410...0x042F: UInt8(scalar.value - 0x0410 + 0x80)
                case 0x0430...0x043F: UInt8(scalar.value - 0x0430 + 0xA0)
                case 0x0440...0x044F: UInt8(scalar.value - 0x0440 + 0xE0)
                default: UInt8(scalar.value)
                }
            })
        #expect(throws: JournalError.unreadablePlan(.cp866)) { try CoursePlanCSV.parse(dos, assignmentId: 1) }
        #expect(throws: JournalError.unreadablePlan(.spreadsheet)) {
            try CoursePlanCSV.parse(Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 6, 0]), assignmentId: 1)
        }
        #expect(throws: JournalError.unreadablePlan(.binary)) {
            try CoursePlanCSV.parse(Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0] + Array(repeating: 0x41, count: 60)), assignmentId: 1)
        }
        // Windows-1251 is still read.
        #expect(try CoursePlanCSV.parse(text.data(using: .windowsCP1251)!, assignmentId: 1).items.count == 2)
    }

    @Test("J-PLAN-1: The usual header razdel tema uroka is known") func theUsualHeaderRazdelTemaUrokaIsKnown() throws {
        let text = "№;Раздел, тема урока;Кол-во часов\n1;Введение;1\n"
        #expect(try CoursePlanCSV.parse(Data(text.utf8), assignmentId: 1).items.map(\.topic) == ["Введение"])
    }

    @Test("J-PLAN-1: A plan with fewer topics lists what would go and needs a yes") func aPlanWithFewerTopicsListsWhatWouldGoAndNeedsAYes()
        throws
    {
        let day = try loaded(try JournalDay())
        let shorter = Data("Тема урока;Кол-во часов\nРяд натуральных чисел;1\nДесятичная запись;2\n".utf8)
        let asked = try day.school.journal.importCoursePlan(day.teacher, assignmentId: day.assignment.id!, data: shorter, dryRun: false)
        #expect(asked.needsConfirmation && asked.removedTopics == ["Сравнение чисел", "Обыкновенные дроби"])
        #expect(try topics(day).count == 4)
        let done = try day.school.journal.importCoursePlan(
            day.teacher, assignmentId: day.assignment.id!, data: shorter, dryRun: false,
            allowRemoval: true)
        #expect(done.applied)
        #expect(try topics(day) == ["Ряд натуральных чисел", "Десятичная запись"])
    }
}
