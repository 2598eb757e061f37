import ConsoleTestSupport
import Foundation
import GRDB
import HelpDesk
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// Staff and teaching-load imports on the full demo school (J-PEOPLE-1, J-CLASS-1, issue 24):
/// every problem of a line said at once, and a class or subject given to another teacher listed
/// by the dry run and done only once confirmed — never silently, never as a second teacher.
@Suite struct StaffImportTests {
    static func run(_ desk: SupportDesk, _ line: String) throws -> (outcome: Outcome, output: String) {
        let io = ScriptedIO([], interactive: false)
        let session = Session(desk: desk, io: io, language: .ru)
        session.setCaller(try desk.journal.authenticate(login: "admin", password: DemoSchool.password))
        return (session.execute(line), io.output)
    }

    static func file(_ text: String) throws -> URL {
        let url = try SchoolYearCommandTests.folder().appendingPathComponent("list.csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test(
        "J-PEOPLE-1: a staff line with two problems has both said; 6Б's class teacher is replaced only once confirmed, and the dry run lists it"
    )
    func staffImportListsEveryProblemAndTheReplacement() throws {
        let desk = try JSONDocumentTests.demo()
        let leaderOf6B = """
            SELECT p.fullName FROM schoolClass c JOIN person p ON p.id = c.classTeacherId WHERE c.gradeLevel = 6 AND c.letter = 'Б'
            """
        let before = try #require(try desk.journal.read { db in try db.value(String.self, leaderOf6B) })
        let withProblems = try Self.file(
            "ФИО;Должность;E-mail;Классное руководство\nНовикова Анна Сергеевна;учитель;novikova@school.ru;6Б\n"
                + "Петров Пётр Петрович;учитель;не почта;5Я\n")
        defer { try? FileManager.default.removeItem(at: withProblems.deletingLastPathComponent()) }
        let (checked, report) = try Self.run(desk, "staff import \(withProblems.path) --dry-run")
        #expect(checked == .refused)
        #expect(report.contains("классный руководитель 6Б: \(before) → Новикова Анна Сергеевна"), "\(report)")
        #expect(
            report.contains("строка 3, столбец «E-mail (C)»") && report.contains("строка 3, столбец «Классное руководство (D)»"),
            "\(report)")

        let clean = try Self.file("ФИО;Должность;E-mail;Классное руководство\nНовикова Анна Сергеевна;учитель;novikova@school.ru;6Б\n")
        defer { try? FileManager.default.removeItem(at: clean.deletingLastPathComponent()) }
        let (unconfirmed, refusal) = try Self.run(desk, "staff import \(clean.path)")
        #expect(unconfirmed == .refused && refusal.contains("подтвердите замену (--yes)"), "\(refusal)")
        #expect(try desk.journal.read { db in try db.value(String.self, leaderOf6B) } == before)
        let (confirmed, done) = try Self.run(desk, "staff import \(clean.path) --yes")
        #expect(confirmed == .done, "\(done)")
        #expect(try desk.journal.read { db in try db.value(String.self, leaderOf6B) } == "Новикова Анна Сергеевна")
    }

    @Test(
        "J-CLASS-1: a teaching load giving 6Б's geography to another teacher passes the subject over with its timetable, once confirmed; never a second teacher"
    )
    func assignmentImportReplacesTheTeacher() throws {
        let desk = try JSONDocumentTests.demo()
        let geography = """
            SELECT a.id, p.fullName, (SELECT COUNT(*) FROM timetableEntry t WHERE t.assignmentId = a.id) AS slots
            FROM assignment a JOIN schoolClass c ON c.id = a.classId JOIN subject s ON s.id = a.subjectId JOIN person p ON p.id = a.teacherId
            WHERE c.gradeLevel = 6 AND c.letter = 'Б' AND s.name = 'География' AND a.subgroupId IS NULL AND a.studentId IS NULL
            """
        let before = try desk.journal.read { db in try Row.fetchAll(try db.sqlite, sql: geography) }
        #expect(before.count == 1)
        let holder: String = try #require(before.first)["fullName"]
        let other = try #require(
            try desk.journal.read { db in
                try db.value(
                    String.self,
                    """
                    SELECT p.fullName FROM person p JOIN personRole r ON r.personId = p.id
                    WHERE r.role = 'subjectTeacher' AND p.fullName <> ? ORDER BY p.fullName LIMIT 1
                    """, [holder])
            })
        let load = try Self.file("Класс;Предмет;Учитель\n6Б;География;\(other)\n")
        defer { try? FileManager.default.removeItem(at: load.deletingLastPathComponent()) }
        let (checked, report) = try Self.run(desk, "assignment import \(load.path) --dry-run")
        #expect(checked == .done, "\(report)")
        #expect(report.contains("6Б, География: \(holder) → \(other)"), "\(report)")
        #expect(try desk.journal.read { db in try Row.fetchAll(try db.sqlite, sql: geography) } == before)
        let (confirmed, done) = try Self.run(desk, "assignment import \(load.path) --yes")
        #expect(confirmed == .done, "\(done)")
        let after = try desk.journal.read { db in try Row.fetchAll(try db.sqlite, sql: geography) }
        #expect(after.count == 1, "one teacher for 6Б's geography")
        #expect(after.first?["fullName"] == other)
        #expect(after.first?["id"] as Int64? == before.first?["id"] as Int64?)
        #expect(after.first?["slots"] as Int? == before.first?["slots"] as Int?)
    }
}
