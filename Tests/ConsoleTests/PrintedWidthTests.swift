import ConsoleTestSupport
import Foundation
import HelpDesk
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// Printed reports as wide as the real class (issue 23, part 3): a pupils × subjects sheet wider
/// than an A4 page goes in runs of subjects, each with the pupils' names and its header row,
/// read back by html5lib and by Chromium → PDF → pdftotext.
@Suite struct PrintedWidthTests {
    @Test("J-REP-1: 5А's forecast for print: every subject in some run, each run headed by the pupils' names, no parse error")
    func aWideSheetGoesInRuns() throws {
        let desk = try JSONDocumentTests.demo()
        let folder = try SchoolYearCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("forecast.html")
        let io = ScriptedIO([], interactive: false)
        let session = Session(desk: desk, io: io, language: .ru)
        session.setCaller(try desk.journal.authenticate(login: "zavuch", password: DemoSchool.password))
        #expect(session.execute("report forecast 5А --period 1 --print \(html.path)") == .done, "\(io.output)")
        let read = try SchoolYearCommandTests.read(html.path)
        #expect(read.errors == 0)
        #expect(read.tables.count >= 2, "\(read.tables.map { $0.first ?? [] })")
        #expect(read.tables.allSatisfy { $0.first?.first == "ФИО" })
        let subjects = Set(read.tables.flatMap { ($0.first ?? []).dropFirst() })
        #expect(subjects.contains("Математика") && subjects.contains("Физическая культура") && subjects.count >= 10, "\(subjects)")
        #expect(read.tables.allSatisfy { ($0.first?.count ?? 0) <= 12 })
        let printed = try DocumentReaders.printedText(html).text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(printed.contains("Физическая культура") && printed.contains("Александрова Софья Романовна"), "\(printed.prefix(400))")
    }

    @Test("J-REP-1 (issue 24): the class teacher prints their own class's sheets with the audit head; a parent has no audit head to read")
    func theClassTeacherPrints() throws {
        let desk = try JSONDocumentTests.demo()
        let folder = try SchoolYearCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let io = ScriptedIO([], interactive: false)
        let session = Session(desk: desk, io: io, language: .ru)
        let teacher = try desk.journal.authenticate(login: "klruk", password: DemoSchool.password)
        session.setCaller(teacher)
        for report in ["summary", "attendance", "forecast"] {
            let html = folder.appendingPathComponent("\(report).html")
            #expect(session.execute("report \(report) 5А --period 1 --print \(html.path)") == .done, "\(report): \(io.output)")
            let page = try String(contentsOf: html, encoding: .utf8)
            #expect(page.contains(try desk.journal.auditHead(teacher).printed))
        }
        let parent = try desk.journal.authenticate(login: "parent", password: DemoSchool.password)
        #expect(throws: JournalError.forbidden(.viewAudit)) { try desk.journal.auditHead(parent) }
    }
}
