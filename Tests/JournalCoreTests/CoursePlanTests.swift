import Foundation
import Testing

@testable import JournalCore

/// Course plans (КТП, J-PLAN-1): import in the forms teachers keep them, export, coverage.
@Suite struct CoursePlanTests {
    /// A plan as a spreadsheet saves it in Russian Windows: Windows-1251, `;`, two title rows, a
    /// section row without hours, a quoted topic with a line break.
    static let windowsPlan = """
        Календарно-тематическое планирование по математике;;;;;
        5 класс, 2026/2027 учебный год;;;;;
        № п/п;Тема урока;Кол-во часов;Дата план;Дата факт;Домашнее задание
        ;Натуральные числа;;;;
        1;Ряд натуральных чисел;1;01.09.2026;;§ 1, № 5
        2;"Десятичная запись
        натуральных чисел";2;03.09.2026;;§ 2
        3;Сравнение чисел;1;05.09.2026;;"№ 12; 14"
        ;Дроби;;;;
        4;Обыкновенные дроби;1;08.09.2026;;§ 5
        """.replacingOccurrences(of: "\n", with: "\r\n")

    func data1251(_ text: String) -> Data { text.data(using: .windowsCP1251)! }

    @Test func readsWindows1251WithTitleRowsSectionsAndLineBreaks() throws {
        let parsed = try CoursePlanCSV.parse(data1251(Self.windowsPlan), assignmentId: 1)
        #expect(parsed.problems.isEmpty)
        #expect(
            parsed.items.map(\.topic) == [
                "Ряд натуральных чисел", "Десятичная запись\r\nнатуральных чисел", "Сравнение чисел", "Обыкновенные дроби",
            ])
        #expect(parsed.items.map(\.section) == ["Натуральные числа", "Натуральные числа", "Натуральные числа", "Дроби"])
        #expect(parsed.items.map(\.hours) == [1, 2, 1, 1])
        #expect(parsed.items[2].homework == "№ 12; 14")
        #expect(parsed.items[0].plannedDate == date("2026-09-01"))
    }

    @Test func readsOtherSeparatorsAndHeaderNames() throws {
        let tabbed = "\u{FEFF}Раздел, тема\tКоличество часов\tДата\nВведение\t1\t2026-09-02\n"
        let parsed = try CoursePlanCSV.parse(Data(tabbed.utf8), assignmentId: 1)
        #expect(parsed.items.map(\.topic) == ["Введение"] && parsed.items[0].plannedDate == date("2026-09-02"))
        let commas = "Содержание,Кол-во часов\n\"Повторение, обобщение\",2\n"
        #expect(try CoursePlanCSV.parse(Data(commas.utf8), assignmentId: 1).items.map(\.topic) == ["Повторение, обобщение"])
    }

    @Test func readsADateHeaderSplitIntoPlanAndFact() throws {
        let twoRows = "№;Тема урока;Кол-во часов;Дата;\n;;;план;факт\n1;Введение;1;02.09.2026;03.09.2026\n"
        let parsed = try CoursePlanCSV.parse(Data(twoRows.utf8), assignmentId: 1)
        #expect(parsed.problems.isEmpty && parsed.items.count == 1)
        #expect(parsed.items[0].plannedDate == date("2026-09-02") && parsed.items[0].factDate == date("2026-09-03"))
    }

    @Test func reportsEachProblemByLineAndColumnAndImportsNothing() throws {
        let day = try JournalDay()
        let bad = Self.windowsPlan.replacingOccurrences(of: "Сравнение чисел;1;05.09.2026", with: "Сравнение чисел;два;05.09.2026")
            .replacingOccurrences(of: "08.09.2026", with: "31.09.2026")
        let report = try day.school.journal.importCoursePlan(
            day.teacher, assignmentId: day.assignment.id!, data: data1251(bad), dryRun: false)
        #expect(!report.applied)
        // Line 8: the quoted topic spans lines 6–7.
        #expect(
            report.problems == [
                PlanImportProblem(line: 8, column: "Кол-во часов", field: .hours, reason: .badFormat),
                PlanImportProblem(line: 10, column: "Дата план", field: .date, reason: .badFormat),
            ])
        #expect(try day.school.journal.planCoverage(day.teacher, assignmentId: day.assignment.id!).isEmpty)
        let skipped = try day.school.journal.importCoursePlan(
            day.teacher, assignmentId: day.assignment.id!, data: data1251(bad),
            dryRun: false, skipProblems: true)
        #expect(skipped.applied && skipped.added == 3)
    }

    @Test func exportThenImportAgainChangesNothing() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        let first = try journal.importCoursePlan(
            day.teacher, assignmentId: day.assignment.id!, data: data1251(Self.windowsPlan), dryRun: false)
        #expect(first.applied && first.added == 4)
        let exported = try journal.exportCoursePlan(day.teacher, assignmentId: day.assignment.id!)
        #expect(exported.starts(with: [0xEF, 0xBB, 0xBF]))
        let dry = try journal.importCoursePlan(day.teacher, assignmentId: day.assignment.id!, data: exported, dryRun: true)
        #expect(dry == PlanImportReport(added: 0, changed: 0, unchanged: 4, removed: 0, problems: [], applied: false))
        #expect(try journal.exportCoursePlan(day.teacher, assignmentId: day.assignment.id!) == exported)
    }

    @Test func theExportIsReadByPythonsCsvModule() throws {
        // RFC 4180 checked by a third-party reader.
        let day = try JournalDay()
        _ = try day.school.journal.importCoursePlan(
            day.teacher, assignmentId: day.assignment.id!, data: data1251(Self.windowsPlan), dryRun: false)
        let exported = try day.school.journal.exportCoursePlan(day.teacher, assignmentId: day.assignment.id!)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).csv")
        try exported.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            """
            import csv, sys, json
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                rows = list(csv.reader(f, delimiter=';', strict=True))
            print(json.dumps(rows, ensure_ascii=False))
            """, file.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = try JSONSerialization.jsonObject(with: text) as? [[String]]
        #expect(rows?.first == ["№", "Раздел", "Тема урока", "Кол-во часов", "Дата план", "Дата факт", "Домашнее задание"])
        #expect(rows?.contains { $0.count > 2 && $0[2] == "Десятичная запись\r\nнатуральных чисел" } == true)
        #expect(rows?.contains { $0.count > 6 && $0[6] == "№ 12; 14" } == true)
    }

    @Test func coveredTopicsAndTheNextOne() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        _ = try journal.importCoursePlan(day.teacher, assignmentId: day.assignment.id!, data: data1251(Self.windowsPlan), dryRun: false)
        day.at("2026-10-01T10:00")
        _ = try journal.setTopic(day.teacher, lessonId: day.lesson.id!, topic: "ряд  натуральных чисел")
        let coverage = try journal.planCoverage(day.teacher, assignmentId: day.assignment.id!)
        #expect(coverage[0].lessonDates == [date("2026-10-01")] && coverage[1].lessonDates.isEmpty)
        #expect(try journal.suggestedTopic(day.teacher, assignmentId: day.assignment.id!)?.position == 2)
        #expect(throws: JournalError.forbidden(.manageAssignments)) {
            try journal.importCoursePlan(
                day.otherTeacher, assignmentId: day.assignment.id!, data: data1251(Self.windowsPlan), dryRun: false)
        }
    }
}
