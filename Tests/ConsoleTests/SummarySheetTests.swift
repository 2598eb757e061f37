import ConsoleTestSupport
import Foundation
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// The summary sheet of a class (J-REP-1): on screen, as XLSX read back by openpyxl, and as a
/// printable document read back by html5lib.
@Suite struct SummarySheetTests {
    /// 5А with two subjects and three pupils, their first-quarter marks set in the window.
    static func school() throws -> (Journal, Caller) {
        let clock = ManualClock(ISO8601DateFormatter().date(from: "2026-10-20T09:00:00Z")!)
        let file = try SchoolFile(clock: clock)
        let journal = file.journal
        let admin = file.admin
        let year = try file.year()
        _ = try journal.setPeriod(
            admin, yearId: year.id!, number: 1, start: LocalDate(parsing: "2026-09-01")!, end: LocalDate(parsing: "2026-10-24")!)
        let fiveA = try journal.createClass(admin, yearId: year.id!, gradeLevel: 5, letter: "А", classTeacherId: nil)
        let teacherRow = try journal.createStaff(
            admin, fullName: "Нечаева Ольга Олеговна", roles: [.subjectTeacher], email: nil, phone: nil)
        let teacher = try file.caller(of: teacherRow.person.id!)
        var pupils: [Int64] = []
        for name in ["Белов Борис", "Орлов Олег", "Шилов Семён"] {
            pupils.append(
                try journal.createStudent(
                    admin, classId: fiveA.id!, fullName: name, birthDate: LocalDate(parsing: "2015-05-05")!, sex: .male
                )
                .person.id!)
        }
        let marks: [(String, [MarkValue])] = [("Математика", [.five, .three, .notAssessed]), ("Русский язык", [.four, .exempt, .two])]
        for (name, values) in marks {
            let subject = try journal.createSubject(admin, name: name)
            _ = try journal.assign(admin, teacherId: teacherRow.person.id!, subjectId: subject.id!, classId: fiveA.id!, subgroupId: nil)
            for (pupil, value) in zip(pupils, values) {
                _ = try journal.setPeriodMark(
                    teacher, studentId: pupil, subjectId: subject.id!, classId: fiveA.id!, periodNumber: 1, value: value)
            }
        }
        return (journal, admin)
    }

    @Test("J-REP-1: the summary sheet shows each pupil's marks and, per subject, the average, quality and success")
    func onScreen() throws {
        let (journal, admin) = try Self.school()
        let io = ScriptedIO([], interactive: false)
        let session = try ConsoleFixture.session(journal, io: io, language: .ru)
        session.setCaller(admin)
        #expect(session.execute("report summary 5А --period 1") == .done, "\(io.output)")
        #expect(io.output.contains("Орлов Олег") && io.output.contains("ОСВ") && io.output.contains("н/а"))
        // Математика: 5, 3, н/а — average 4.0, quality 1 of 3, success 2 of 3; Русский: 4, ОСВ, 2 — 3.0, 50, 50.
        let figures = io.output.split(separator: "\n").filter {
            $0.hasPrefix("Средний балл") || $0.hasPrefix("Качество") || $0.hasPrefix("Успеваемость")
        }
        #expect(figures.map { $0.split(separator: " ").suffix(2).joined(separator: " ") } == ["4,0 3,0", "33,3 50,0", "66,7 50,0"])
        #expect(session.execute("report summary 5А --period 3") == .refused)
    }

    @Test("J-REP-1: the sheet as XLSX (openpyxl reads names, numbers as numbers, a frozen header) and for print with the audit head")
    func asFiles() throws {
        let (journal, admin) = try Self.school()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = folder.appendingPathComponent("5a.xlsx").path
        let html = folder.appendingPathComponent("5a.html").path
        let io = ScriptedIO([], interactive: false)
        let session = try ConsoleFixture.session(journal, io: io, language: .ru)
        session.setCaller(admin)
        #expect(session.execute("report summary 5А --period 1 --xlsx \(xlsx) --print \(html)") == .done, "\(io.output)")
        let script = """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book.worksheets[0]
            rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
            print(json.dumps({"names": book.sheetnames, "frozen": sheet.freeze_panes, "rows": rows,
                              "types": [type(v).__name__ for v in rows[1]]}, ensure_ascii=False))
            """
        let (status, output) = try Program.run(MailSink.python, ["-c", script, xlsx], environment: [:])
        #expect(status == 0, "\(output)")
        struct Book: Decodable {
            var names: [String]
            var frozen: String?
            var types: [String]
        }
        let book = try #require(try? JSONDecoder().decode(Book.self, from: Data(output.utf8)), "\(output)")
        #expect(book.names == ["5А"] && book.frozen == "A2")
        #expect(book.types == ["str", "int", "int"])
        #expect(output.contains("\"ОСВ\"") && output.contains("\"н/а\"") && output.contains("Средний балл"))
        let read = try SchoolYearCommandTests.read(html)
        #expect(read.title.contains("Сводная ведомость 5А, 1-й период"))
        let head = try journal.auditHead(admin)
        #expect(read.paragraphs.contains { $0.contains(head.printed) })
        #expect(read.paragraphs.contains { $0.contains("Классный руководитель") })
        #expect(read.tables.first?.contains(["Орлов Олег", "3", "ОСВ"]) == true)
    }

    @Test("J-REP-1: the school's summary — classes × subjects with their figures — on screen and as a workbook, a sheet per class")
    func theSchool() throws {
        let (journal, admin) = try Self.school()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("school-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = folder.appendingPathComponent("school.xlsx").path
        let io = ScriptedIO([], interactive: false)
        let session = try ConsoleFixture.session(journal, io: io, language: .ru)
        session.setCaller(admin)
        #expect(session.execute("report school --period 1 --xlsx \(xlsx)") == .done, "\(io.output)")
        #expect(io.output.contains("Математика") && io.output.contains("33,3"), "\(io.output)")
        let script = """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            print(json.dumps({"names": book.sheetnames,
                              "school": [[c.value for c in row] for row in book.worksheets[0].iter_rows()]}, ensure_ascii=False))
            """
        let (status, output) = try Program.run(MailSink.python, ["-c", script, xlsx], environment: [:])
        #expect(status == 0, "\(output)")
        #expect(output.contains(#""names": ["Школа", "Успеваемость и качество", "5А"]"#), "\(output)")
        // Белов 5 and 4: fours and fives; Орлов 3 and ОСВ: one three; Шилов н/а and 2: failing (J-REP-3).
        let progress = io.output.split(separator: "\n").first {
            $0.hasPrefix("5А ") && !$0.contains("Математика") && !$0.contains("Русский")
        }
        #expect(progress?.split(separator: " ").map(String.init) == ["5А", "3", "0", "1", "1", "1", "0", "33,3", "66,7"], "\(io.output)")
        #expect(output.contains(#"["5А", "Математика", 3, 4, 33.3, 66.7]"#), "\(output)")
        #expect(output.contains(#"["5А", "Русский язык", 2, 3, 50, 50]"#), "\(output)")
    }

    @Test(
        "J-REP-1: CSV for scripts — RFC 4180 with a BOM for Excel, read by Python's csv; a value a spreadsheet would run is written as text"
    )
    func asCSV() throws {
        let (journal, admin) = try Self.school()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("5a.csv").path
        let io = ScriptedIO([], interactive: false)
        let session = try ConsoleFixture.session(journal, io: io, language: .ru)
        session.setCaller(admin)
        #expect(session.execute("report summary 5А --period 1 --csv \(csv)") == .done, "\(io.output)")
        let unsafe = folder.appendingPathComponent("unsafe.csv").path
        try SpreadsheetCSV.data(
            header: ["Тема"], rows: [["=HYPERLINK(\"http://x\")"], ["-1+2"], ["@SUM(A1)"], ["+7 912"], ["Дроби; \"простые\""]]
        )
        .write(to: URL(fileURLWithPath: unsafe))
        let script = """
            import csv, json, sys
            raw = open(sys.argv[1], 'rb').read()
            rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))
            unsafe = list(csv.reader(open(sys.argv[2], encoding='utf-8-sig', newline=''), delimiter=';'))
            print(json.dumps({"bom": raw.startswith(b'\\xef\\xbb\\xbf'), "crlf": b'\\r\\n' in raw, "rows": rows, "unsafe": unsafe}, ensure_ascii=False))
            """
        let (status, output) = try Program.run(MailSink.python, ["-c", script, csv, unsafe], environment: [:])
        #expect(status == 0, "\(output)")
        #expect(output.contains(#""bom": true, "crlf": true"#), "\(output)")
        #expect(output.contains(#"["ФИО", "Математика", "Русский язык"]"#) && output.contains(#"["Орлов Олег", "3", "ОСВ"]"#), "\(output)")
        #expect(output.contains(#"["Качество, %", "33,3", "50,0"]"#), "\(output)")
        #expect(
            output.contains(
                #""unsafe": [["Тема"], ["'=HYPERLINK(\"http://x\")"], ["'-1+2"], ["'@SUM(A1)"], ["'+7 912"], ["Дроби; \"простые\""]]"#),
            "\(output)")
    }
}
