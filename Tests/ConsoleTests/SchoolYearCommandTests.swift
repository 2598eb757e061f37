import Foundation
import GRDB
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// The school year in bulk through the console: class lists in, the slip sheet out and signed
/// for, the year closed and archived — the files read back by real readers (html5lib).
@Suite struct SchoolYearCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("school-year-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// What html5lib reads in a printable document.
    struct Read: Decodable {
        struct Slip: Decodable {
            var school: String
            var name: String
            var fields: [String: String]
        }
        var language: String
        var title: String
        var tables: [[[String]]]
        var paragraphs: [String]
        var slips: [Slip]
        /// html5lib's parse errors.
        var errors: Int
    }

    static func read(_ path: String) throws -> Read {
        let (status, output) = try Program.run(
            MailSink.python, [repository.appendingPathComponent("scripts/read_html.py").path, path], environment: [:])
        #expect(status == 0, "\(output)")
        return try JSONDecoder().decode(Read.self, from: Data(output.utf8))
    }

    @Test("J-YEAR-1: student import checks a file with --dry-run (problems by line and column, in the user's language) and loads it")
    func importThroughTheConsole() throws {
        let fixture = try ConsoleFixture()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("5a.csv").path
        try Data(
            "ФИО;Дата рождения;Пол;Класс;Родитель;E-mail\nИльин Пётр;12.03.2015;м;5А;Ильина Анна;ilina@mail.ru\nГусева Анна;31.13.2015;ж;5Я;;\n"
                .utf8
        )
        .write(to: URL(fileURLWithPath: file))
        for (language, words) in [
            (Language.ru, ["строка 3, столбец «Дата рождения (B)»: неверный формат", "«5Я» не найден"]),
            (.en, ["line 3, column “Дата рождения (B)”: ", "5Я"]),
        ] {
            let (session, io) = try fixture.session([], interactive: false, language: language)
            #expect(session.execute("student import \(file) --dry-run") == .refused)
            for word in words { #expect(io.output.contains(word), "\(language): \(io.output)") }
        }
        #expect(try fixture.studentNames() == ["Орлов Олег Олегович"])
        try Data("ФИО;Дата рождения;Пол;Класс;Родитель;E-mail\nИльин Пётр;12.03.2015;м;5А;Ильина Анна;ilina@mail.ru\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let (session, io) = try fixture.session([], interactive: false)
        session.assumeYes = true
        #expect(session.execute("student import \(file)") == .done, "\(io.output)")
        #expect(io.output.contains("Загружено: ученики — добавлено 1, изменено 0; родители — добавлено 1"))
        #expect(session.execute("student import \(file)") == .done)
        #expect(io.output.contains("ученики — добавлено 0, изменено 0; без изменений 1."))
        #expect(try fixture.studentNames() == ["Ильин Пётр", "Орлов Олег Олегович"])
    }

    @Test("J-ACL-4: the class's slip sheet read back by an HTML5 parser logs everyone in; the signed sheet is recorded per person")
    func slipSheetReadBackAndSignedFor() throws {
        let fixture = try ConsoleFixture()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let admin = fixture.admin
        let fiveA = try fixture.journal.findClass(admin, named: "5А", yearId: try fixture.journal.year(admin, named: nil).id!)
        let ilin = try fixture.journal.createStudent(
            admin, classId: fiveA.id!, fullName: "Ильин Пётр", birthDate: LocalDate(parsing: "2015-03-12")!, sex: .male)
        _ = try fixture.journal.createGuardian(
            admin, studentId: ilin.person.id!, fullName: "Ильина Анна", email: "ilina@mail.ru", phone: nil)
        let sheet = folder.appendingPathComponent("5a.html").path
        let (session, io) = try fixture.session([], interactive: false)
        session.assumeYes = true
        #expect(session.execute("account issue --class 5А --sheet \(sheet)") == .done)
        let read = try Self.read(sheet)
        #expect(read.language == "ru" && read.slips.count == 3)
        #expect(Set(read.slips.map(\.name)) == ["Ильин Пётр", "Ильина Анна", "Орлов Олег Олегович"])
        for slip in read.slips {
            #expect(slip.school == "МБОУ Глазовская СОШ")
            let login = try #require(slip.fields["Логин"])
            let password = try #require(slip.fields["Пароль"])
            #expect(!io.output.contains(password))
            #expect(try fixture.journal.authenticate(login: login, password: password).mustChangePassword)
        }
        #expect(session.execute("credential handover --class 5А") == .done)
        #expect(io.output.contains("Не расписались в получении реквизитов (3)"))
        #expect(session.execute("credential handover --class 5А --signed \"Ильина Анна\"") == .done)
        #expect(session.execute("credential handover --class 5А --signed все") == .done)
        #expect(io.output.contains("Записано получение реквизитов под подпись: 2."))
        #expect(session.execute("credential handover --class 5А") == .done)
        #expect(io.output.contains("Все, кому выданы реквизиты, расписались в получении."))
    }

    @Test(
        "J-YEAR-2, J-ARCH-3: the director's order closes the year from the console; the archive carries the audit head; writes are refused")
    func yearClosedAndArchived() throws {
        let fixture = try ConsoleFixture()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("year new --name 2027/2028 --start 01.09.2027 --end 31.08.2028 --periods четверти") == .done)
        #expect(io.output.contains("Осенние каникулы") && io.output.contains("08:30-09:15"))
        // Without --yes a script is told that closing cannot be undone, and nothing happens.
        #expect(session.execute("year close --order 45 --date 01.10.2026") == .refused)
        #expect(io.output.contains("--yes"))
        #expect(session.execute("year close --order 45 --date 01.10.2026 --dry-run") == .done)
        #expect(io.output.contains("переводятся в 2027/2028 — 1"))
        // An archive folder that is not there is refused before the year is touched (issue 24).
        let missing = folder.appendingPathComponent("not-mounted").path
        #expect(session.execute("year close --order 45 --date 01.10.2026 --archive \(missing) --yes") == .refused)
        #expect(io.output.contains("Папки \(missing) нет"), "\(io.output)")
        #expect(try fixture.journal.closure(fixture.admin, yearId: try fixture.journal.year(fixture.admin, named: "2026/2027").id!) == nil)
        #expect(session.execute("year close --order 45 --date 01.10.2026 --archive \(folder.path) --yes") == .done, "\(io.output)")
        let closure = try #require(
            try fixture.journal.closure(fixture.admin, yearId: try fixture.journal.year(fixture.admin, named: "2026/2027").id!))
        let archived = folder.appendingPathComponent("2026-2027 5А.html").path
        let read = try Self.read(archived)
        #expect(read.title.contains("Классный журнал 5А, 2026/2027"))
        #expect(read.paragraphs.contains { $0.contains("приказом № 45 от 01.10.2026") && $0.contains(closure.auditHead) })
        #expect(read.tables.first?.dropFirst(2).first?.first == "Орлов Олег Олегович")
        #expect(try FileManager.default.attributesOfItem(atPath: archived)[.posixPermissions] as? Int == 0o600)
        // The closed year refuses, the next one has the pupil in 6А.
        #expect(session.execute("class new --year 2026/2027 --grade 7 --letter В") == .refused)
        #expect(io.output.contains("закрыт приказом № 45 от 01.10.2026"))
        let next = try fixture.journal.year(fixture.admin, named: "2027/2028")
        let sixA = try fixture.journal.findClass(fixture.admin, named: "6А", yearId: next.id!)
        #expect(try fixture.journal.students(fixture.admin, classId: sixA.id!).map(\.person.fullName) == ["Орлов Олег Олегович"])
        // A second medium: the archive again into another folder.
        let second = try Self.folder()
        defer { try? FileManager.default.removeItem(at: second) }
        #expect(session.execute("year archive --archive \(second.path) --year 2026/2027") == .done)
        #expect(FileManager.default.fileExists(atPath: second.appendingPathComponent("2026-2027 5А.html").path))
    }

    @Test("J-YEAR-2: at a terminal, closing shows the promotion and asks once; «нет» leaves the year open")
    func closingAsksOnce() throws {
        let fixture = try ConsoleFixture()
        let (setup, _) = try fixture.session([], interactive: false)
        #expect(setup.execute("year new --name 2027/2028 --start 01.09.2027 --end 31.08.2028 --periods четверти") == .done)
        let (session, io) = try fixture.session(["нет"], interactive: true)
        _ = session.execute("year close --order 45 --date 01.10.2026")
        #expect(io.output.contains("Орлов Олег Олегович") && io.output.contains("6А"), "\(io.output)")
        #expect(io.output.components(separatedBy: "[да/нет]").count == 2, "one question: \(io.output)")
        #expect(io.output.contains("Год не закрыт."))
        #expect(try fixture.journal.closure(fixture.admin, yearId: try fixture.journal.year(fixture.admin, named: "2026/2027").id!) == nil)
    }
}
