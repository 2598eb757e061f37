import ConsoleTestSupport
import Foundation
import GRDB
import HelpDesk
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// The closed year's archive as a legal document (J-ARCH-3, issue 24), on the full demo school
/// loaded in June, after its last quarter: every class's file read by html5lib, one printed by
/// Chromium to A4 PDF and read back by pdftotext, against the database's own rows.
@Suite struct YearArchiveTests {
    static let june = ISO8601DateFormatter().date(from: "2027-06-15T07:00:00Z")!

    @Test(
        "J-ARCH-3: the demo year closed in June is archived class by class: every subject's summary and pages, the marks as in the database, 0 parse errors, printed whole"
    )
    func theDemoYearIsArchivedWhole() throws {
        let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(Self.june), hasher: .fastForTests)
        try journal.loadDemo()
        let desk = try SupportDesk(journal: journal, schedulesFolder: SchoolFile.schedules)
        let folder = try SchoolYearCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let io = ScriptedIO([], interactive: false)
        let session = Session(desk: desk, io: io, language: .ru)
        session.setCaller(try journal.authenticate(login: "admin", password: DemoSchool.password))
        #expect(
            session.execute("year new --name 2027/2028 --start 01.09.2027 --end 31.08.2028 --periods четверти") == .done, "\(io.output)")
        #expect(session.execute("year close --order 112 --date 10.06.2027 --archive \(folder.path) --yes") == .done, "\(io.output)")

        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
        let classes = try journal.read { db in try db.value(Int.self, "SELECT COUNT(*) FROM schoolClass WHERE yearId = 1") }
        #expect(files.count == classes && files.count == 25, "\(files)")
        for file in files {
            let path = folder.appendingPathComponent(file).path
            let raw = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!raw.contains("SQL(") && !raw.contains("GRDB") && !raw.contains("Optional("), "program internals in \(file)")
            let read = try SchoolYearCommandTests.read(path)
            #expect(read.errors == 0, "\(file): \(read.errors) parse errors")
            // Every table fits an A4 page's width: its name column and at most a page's marks or dates.
            #expect(read.tables.allSatisfy { ($0.last?.count ?? 0) <= 30 }, "\(file): \(read.tables.map { $0.last?.count ?? 0 })")
        }

        // 5А against its rows: every subject with period marks in the summary, each with its
        // year mark; every lesson of mathematics a column; every valid mark in a cell.
        let read = try SchoolYearCommandTests.read(folder.appendingPathComponent("2026-2027 5А.html").path)
        let (subjects, yearMarks, lessons, marks) = try journal.read { db in
            (
                try db.values(
                    String.self,
                    """
                    SELECT DISTINCT s.name FROM periodMark p JOIN subject s ON s.id = p.subjectId
                    JOIN schoolClass c ON c.id = p.classId WHERE c.gradeLevel = 5 AND c.letter = 'А' AND c.yearId = 1
                    """),
                try db.value(
                    Int.self,
                    """
                    SELECT COUNT(*) FROM periodMark p JOIN schoolClass c ON c.id = p.classId
                    WHERE c.gradeLevel = 5 AND c.letter = 'А' AND c.yearId = 1 AND p.periodId IS NULL
                    """) ?? 0,
                try db.value(
                    Int.self,
                    """
                    SELECT COUNT(*) FROM lesson l JOIN schoolClass c ON c.id = l.classId JOIN subject s ON s.id = l.subjectId
                    WHERE c.gradeLevel = 5 AND c.letter = 'А' AND c.yearId = 1 AND s.name = 'Математика' AND l.cancelled = 0
                    """) ?? 0,
                try db.value(
                    Int.self,
                    """
                    SELECT COUNT(*) FROM mark m JOIN lesson l ON l.id = m.lessonId JOIN schoolClass c ON c.id = l.classId
                    JOIN subject s ON s.id = l.subjectId
                    WHERE c.gradeLevel = 5 AND c.letter = 'А' AND c.yearId = 1 AND s.name = 'Математика' AND l.cancelled = 0 AND m.voidedAt IS NULL
                    """) ?? 0
            )
        }
        #expect(subjects.count >= 10 && yearMarks > 0 && lessons > 60 && marks > 200, "\(subjects.count) \(yearMarks) \(lessons) \(marks)")
        // The summary: tables whose second heading row holds the periods and «год».
        let summary = read.tables.filter { $0.count > 1 && $0[1].contains("год") }
        let summarySubjects = Set(summary.flatMap { ($0.first ?? []).dropFirst() })
        #expect(summarySubjects == Set(subjects), "\(summarySubjects.symmetricDifference(subjects))")
        #expect(summary.allSatisfy { $0.first?.first == "ФИО" })
        let yearColumns = summary.map { table in table[1].indices.filter { table[1][$0] == "год" } }
        let printedYearMarks = zip(summary, yearColumns).map { table, columns in
            table.dropFirst(2).map { row in columns.filter { $0 < row.count && !row[$0].isEmpty }.count }.reduce(0, +)
        }.reduce(0, +)
        #expect(printedYearMarks == yearMarks)
        // Mathematics' page, read alone: its runs of dates, each headed by «ФИО».
        let html = try String(contentsOf: folder.appendingPathComponent("2026-2027 5А.html"), encoding: .utf8)
        let mathsSection = try #require(
            html.components(separatedBy: "<h2>Математика</h2>").dropFirst().first?.components(separatedBy: "</section>").first)
        let mathsFile = folder.appendingPathComponent("maths").appendingPathExtension("htm")
        try Data(
            ("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>m</title></head><body>" + mathsSection
                + "</body></html>").utf8
        ).write(to: mathsFile)
        let mathsRead = try SchoolYearCommandTests.read(mathsFile.path)
        #expect(
            mathsRead.tables.count >= 3 && mathsRead.tables.allSatisfy { $0.first?.first == "ФИО" },
            "\(mathsRead.tables.map { $0.first ?? [] })")
        let dates = mathsRead.tables.map { ($0.first ?? []).dropFirst().count }.reduce(0, +)
        #expect(dates == lessons, "\(dates) date columns for \(lessons) lessons")
        let printedMarks = mathsRead.tables.flatMap { $0.dropFirst() }.flatMap { $0.dropFirst() }
            .flatMap { $0.split(separator: " ") }.filter { ["1", "2", "3", "4", "5"].contains($0) }.count
        #expect(printedMarks == marks)

        // Printed on A4: the last subject of the summary and the last pupil are on paper.
        let printed = try DocumentReaders.printedText(folder.appendingPathComponent("2026-2027 5А.html"))
        let words = Set(printed.text.split(whereSeparator: \.isWhitespace).map(String.init))
        for subject in subjects {
            #expect(subject.split(separator: " ").allSatisfy { words.contains(String($0)) }, "\(subject) is not on paper")
        }
        #expect(printed.pages > 10)

        // A run killed half way is finished into the same folder: what is there whole stays, what
        // is missing is written; a file of other bytes under an archive's name is refused.
        let kept = "2026-2027 5А.html"
        let lost = try #require(files.sorted().first { $0 != kept })
        let keptBytes = try Data(contentsOf: folder.appendingPathComponent(kept))
        try FileManager.default.removeItem(at: folder.appendingPathComponent(lost))
        try Data("half".utf8).write(to: folder.appendingPathComponent(lost + ".partial"))
        #expect(session.execute("year archive --archive \(folder.path) --year 2026/2027") == .done, "\(io.output)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }) == Set(files))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(lost + ".partial").path))
        #expect(try Data(contentsOf: folder.appendingPathComponent(kept)) == keptBytes)
        try Data("другое".utf8).write(to: folder.appendingPathComponent(lost))
        #expect(session.execute("year archive --archive \(folder.path) --year 2026/2027") == .refused)
        #expect(io.output.contains("уже есть"), "\(io.output)")
    }
}
