import ConsoleTestSupport
import Foundation
import HelpDesk
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// Confirm only what writes, after validating (issue 23, part 5), on the full demo school at a
/// scripted terminal: what only reads asks nothing; a write the core would refuse is refused
/// before «Записать?», never after the «да». The clock: Monday 23 November 2026, 10:00 in Moscow.
@Suite struct ConfirmationTests {
    let desk: SupportDesk

    init() throws { desk = try JSONDocumentTests.demo() }

    func session(_ login: String, _ lines: [String]) throws -> (Session, ScriptedIO) {
        let io = ScriptedIO(lines)
        let session = Session(desk: desk, io: io, language: .ru)
        session.setCaller(try desk.journal.authenticate(login: login, password: DemoSchool.password))
        return (session, io)
    }

    @Test(
        "J-ATT-1: the class teacher's week without --reasons, a class's handover list without --signed, the year's regime shown and a dry run ask nothing"
    )
    func readingAsksNothing() throws {
        let (teacher, teacherIO) = try session("klruk", [])
        #expect(teacher.execute("attendance week 5А") == .done, "\(teacherIO.output)")
        #expect(teacher.execute("credential handover --class 5А") == .done, "\(teacherIO.output)")
        #expect(teacherIO.prompts.isEmpty, "asked: \(teacherIO.prompts)")
        // From the tour: the school year's regime shown asked «Записать?» first.
        let (shown, shownIO) = try session("admin", [])
        #expect(shown.execute("year regime show") == .done, "\(shownIO.output)")
        #expect(shownIO.prompts.isEmpty && shownIO.output.contains("01.09.2026"), "asked: \(shownIO.prompts)\n\(shownIO.output)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("confirm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("5a.csv")
        try "ФИО;Дата рождения;Пол;Класс\nЯковлев Яков Яковлевич;01.02.2015;м;5А\n".write(to: list, atomically: true, encoding: .utf8)
        let (admin, adminIO) = try session("admin", [])
        _ = admin.execute("student import \(list.path) --dry-run")
        #expect(adminIO.prompts.isEmpty, "a dry run asked: \(adminIO.prompts)\n\(adminIO.output)")
    }

    @Test("H-BOOK-1: moving a consultation to a time already past is refused before «Записать?»; a good move is asked once")
    func refusedBeforeAsking() throws {
        let (booker, bookerIO) = try session("glazov-teacher", ["да"])
        #expect(booker.execute("booking new КТП --date 24.11.2026 --time 14:00") == .done, "\(bookerIO.output)")
        let caller = try desk.journal.authenticate(login: "glazov-teacher", password: DemoSchool.password)
        let booking = try #require(try desk.myBookings(caller).first?.booking)
        let (past, pastIO) = try session("glazov-teacher", ["да"])
        #expect(past.execute("booking move \(booking.id!) 23.11.2026 09:00") == .refused)
        #expect(!pastIO.prompts.contains { $0.hasPrefix("Записать?") }, "asked before refusing: \(pastIO.output)")
        #expect(try desk.myBookings(caller).first?.booking.start == booking.start)
        let (good, goodIO) = try session("glazov-teacher", ["да"])
        #expect(good.execute("booking move \(booking.id!) 25.11.2026 14:30") == .done, "\(goodIO.output)")
        #expect(goodIO.prompts.filter { $0.hasPrefix("Записать?") }.count == 1)
        #expect(try desk.myBookings(caller).first?.booking.start != booking.start)
    }

    @Test("J-LESSON-2: a mark on a lesson past the 7-day window is refused before the question, and nothing is written")
    func aRuleRefusesFirst() throws {
        let (teacher, io) = try session("klruk", ["да"])
        let lesson = try #require(try desk.journal.lessons(teacher.requireCaller(), on: LocalDate(parsing: "2026-10-05")).first)
        let marks = try desk.journal.database.readDatabase { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM mark") ?? 0 }
        let pupil = try #require(try desk.journal.lessonRoster(teacher.requireCaller(), lessonId: lesson.lesson.id!).first)
        #expect(teacher.execute("mark add \(lesson.lesson.id!) \"\(pupil.name)\" 5") == .refused)
        #expect(!io.prompts.contains { $0.hasPrefix("Записать?") }, "\(io.output)")
        #expect(io.output.contains("7 дней"), "\(io.output)")
        #expect(try desk.journal.database.readDatabase { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM mark") ?? 0 } == marks)
        // The whole lesson on one line, which shows its grid and asks itself: the rule comes first too.
        let (filling, fillIO) = try session("klruk", ["да"])
        #expect(filling.execute("lesson fill \(lesson.lesson.id!) \"1 5; все\"") == .refused)
        #expect(!fillIO.prompts.contains { $0.hasPrefix("Записать?") }, "\(fillIO.output)")
        #expect(try desk.journal.database.readDatabase { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM mark") ?? 0 } == marks)
    }

    @Test("J-ACL-4 (issue 24): class credentials into a folder that is not there, or over a file, are refused before any password changes")
    func theSheetIsCheckedFirst() throws {
        func states() throws -> [String] {
            try desk.journal.database.readDatabase { db in
                try String.fetchAll(db, sql: "SELECT state || ':' || IFNULL(passwordHash, '') FROM account ORDER BY id")
            }
        }
        let before = try states()
        let (teacher, io) = try session("klruk", [])
        #expect(teacher.execute("account issue --class 5А --sheet /nonexistent-dir/x.html --yes") == .refused, "\(io.output)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let taken = folder.appendingPathComponent("5a.html")
        try Data("прежний листок".utf8).write(to: taken)
        #expect(teacher.execute("account issue --class 5А --sheet \(taken.path) --yes") == .refused, "\(io.output)")
        #expect(try String(contentsOf: taken, encoding: .utf8) == "прежний листок")
        #expect(try states() == before, "no password changed")
        // The class's slips go to the accounts never issued; the demo pupil and parent keep theirs.
        let sheet = folder.appendingPathComponent("slips.html")
        #expect(teacher.execute("account issue --class 5А --sheet \(sheet.path) --yes") == .done, "\(io.output)")
        for login in ["student", "parent"] {
            #expect((try? desk.journal.authenticate(login: login, password: DemoSchool.password)) != nil, "\(login) lost its password")
        }
    }

    @Test(
        "From the tour (issue 23, part 5): an import of a file with errors, a course plan with an open quote and a backup to media that are not there are refused before «Записать?»; a good import asks once, after saying what it will add"
    )
    func filesAreCheckedBeforeTheQuestion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("confirm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.csv")
        try "ФИО;Дата рождения;Пол;Класс\nЯковлев Яков;31.02.2015;x;5Я\n".write(to: bad, atomically: true, encoding: .utf8)
        let plan = folder.appendingPathComponent("plan.csv")
        try "Тема урока;Кол-во часов\n\"Открытая кавычка;1\n".write(to: plan, atomically: true, encoding: .utf8)
        let people = try desk.journal.database.readDatabase { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM person") ?? 0 }
        for (login, line) in [
            ("admin", "student import \(bad.path)"), ("teacher", "plan import \(plan.path) 5А История"),
            ("admin", "backup make \(folder.path)/no/such/usb \(folder.path)/no/such/nas"),
        ] {
            let (session, io) = try session(login, ["да", "да"])
            #expect(session.execute(line) == .refused, "\(line): \(io.output)")
            #expect(!io.prompts.contains { $0.hasPrefix("Записать?") }, "\(line) asked before checking: \(io.prompts)\n\(io.output)")
        }
        let good = folder.appendingPathComponent("good.csv")
        try "ФИО;Дата рождения;Пол;Класс\nЯковлев Яков Яковлевич;01.02.2015;м;5А\n".write(to: good, atomically: true, encoding: .utf8)
        let (admin, adminIO) = try session("admin", ["да"])
        #expect(admin.execute("student import \(good.path)") == .done, "\(adminIO.output)")
        #expect(adminIO.prompts.filter { $0.hasPrefix("Записать?") }.count == 1, "\(adminIO.prompts)")
        let said = try #require(adminIO.output.range(of: "будет добавлено"), "\(adminIO.output)")
        let loaded = try #require(adminIO.output.range(of: "добавлено", options: .backwards))
        #expect(said.lowerBound < loaded.lowerBound)
        #expect(
            try desk.journal.database.readDatabase { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM person") ?? 0 } == people + 1)
    }

    @Test("H-CRED-3 (from the tour): a breach report typed as a command says whose account is locked and what is voided before «Записать?»")
    func aBreachReportSaysWhatFollows() throws {
        let (session, io) = try session("abzhelova", ["нет"])
        _ = session.execute("breach report poliy \"23.11.2026 09:00\" \"пароль на доске\"")
        let said = try #require(
            io.output.range(of: "пароль учётной записи poliy стал известен другим: она будет заблокирована сразу"), "\(io.output)")
        let asked = try #require(io.output.range(of: "Записать?"), "\(io.output)")
        #expect(said.lowerBound < asked.lowerBound)
        #expect((try? desk.journal.authenticate(login: "poliy", password: DemoSchool.password)) != nil, "«нет» locks nothing")
    }
}
