import ConsoleTestSupport
import Foundation
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// The reports of issue 13 as their readers take them: the deputy's printed summary sheet (to
/// PDF by Chromium, read by pdftotext), the school's workbook opened by LibreOffice, the
/// director's monitoring with its charts, the class teacher's forecast and acknowledgements, and
/// the head of the desk's week (J-REP-1…4, J-DIARY-3, J-DIARY-4, H-TRAIN-1).
@Suite struct WatchReportTests {
    /// 5А (class teacher Нечаева, who teaches mathematics) with Белов and Орлов, Орлов's mother
    /// with an account, a deputy; the first quarter runs to 24 October; a lesson on Monday
    /// 5 October with its topic, marks and an absence.
    struct School {
        let file: SchoolFile
        let clock: ManualClock
        let classTeacher: Caller
        let guardian: Caller
        let deputy: Caller

        static func moscow(_ text: String) -> Date { ISO8601DateFormatter().date(from: text + ":00+03:00")! }

        init() throws {
            clock = ManualClock(Self.moscow("2026-10-05T10:00"))
            file = try SchoolFile(clock: clock)
            let journal = file.journal
            let admin = file.admin
            let year = try file.year()
            _ = try journal.setPeriod(
                admin, yearId: year.id!, number: 1, start: LocalDate(parsing: "2026-09-01")!, end: LocalDate(parsing: "2026-10-24")!)
            let teacherRow = try journal.createStaff(
                admin, fullName: "Нечаева Ольга Олеговна", roles: [.subjectTeacher], email: nil, phone: nil)
            let fiveA = try journal.createClass(admin, yearId: year.id!, gradeLevel: 5, letter: "А", classTeacherId: teacherRow.person.id!)
            var pupils: [Int64] = []
            for name in ["Белов Борис", "Орлов Олег"] {
                pupils.append(
                    try journal.createStudent(
                        admin, classId: fiveA.id!, fullName: name, birthDate: LocalDate(parsing: "2015-05-05")!, sex: .male
                    )
                    .person.id!)
            }
            let mother = try journal.createGuardian(
                admin, studentId: pupils[1], fullName: "Орлова Ольга Петровна", email: "orlova@example.ru", phone: nil)
            let deputyRow = try journal.createStaff(
                admin, fullName: "Зайцева Дарья Игоревна", roles: [.deputyAcademic], email: nil, phone: nil)
            let subject = try journal.createSubject(admin, name: "Математика")
            let assignment = try journal.assign(
                admin, teacherId: teacherRow.person.id!, subjectId: subject.id!, classId: fiveA.id!, subgroupId: nil)
            classTeacher = try file.caller(of: teacherRow.person.id!)
            guardian = try file.caller(of: mother.person.id!)
            deputy = try file.caller(of: deputyRow.person.id!)
            let lesson = try journal.createLesson(
                classTeacher, assignmentId: assignment.id!, date: LocalDate(parsing: "2026-10-05")!, start: ClockTime(parsing: "08:30")!,
                end: ClockTime(parsing: "09:15")!)
            _ = try journal.setTopic(classTeacher, lessonId: lesson.id!, topic: "Сложение дробей")
            _ = try journal.addMark(
                classTeacher, lessonId: lesson.id!, studentId: pupils[0], value: .five, workKind: .answer, documentReference: nil)
            _ = try journal.addMark(
                classTeacher, lessonId: lesson.id!, studentId: pupils[0], value: .four, workKind: .test, documentReference: nil)
            _ = try journal.setAttendance(classTeacher, lessonId: lesson.id!, studentId: pupils[1], status: .absent)
        }

        func session(_ caller: Caller) throws -> (Session, ScriptedIO) {
            let io = ScriptedIO([], interactive: false)
            let session = try ConsoleFixture.session(file.journal, io: io, language: .ru)
            session.setCaller(caller)
            return (session, io)
        }
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(
        "J-REP-1: the deputy prints 5А's attendance summary and summary sheet; Chromium prints them to A4 PDF and pdftotext reads names, totals and the audit head"
    )
    func printedThroughChromium() throws {
        let school = try School()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("5a-attendance.html")
        let (session, io) = try school.session(school.deputy)
        #expect(session.execute("report attendance 5А --period 1 --print \(html.path)") == .done, "\(io.output)")
        #expect(io.output.contains("Орлов Олег") && io.output.contains("Итого"), "\(io.output)")
        let printed = try DocumentReaders.printedText(html)
        #expect(printed.pages >= 1, "\(printed.log)")
        let text = printed.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Сводная ведомость посещаемости 5А с 01.09.2026 по 24.10.2026"), "\(text)")
        #expect(text.contains("Орлов Олег") && text.contains("Заместитель директора"), "\(text)")
        #expect(text.contains(try school.file.journal.auditHead(school.deputy).printed))
        // The summary sheet of the quarter, printed the same way.
        let sheet = folder.appendingPathComponent("5a-summary.html")
        #expect(session.execute("report summary 5А --period 1 --print \(sheet.path)") == .done, "\(io.output)")
        let summary = try DocumentReaders.printedText(sheet).text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(summary.contains("Сводная ведомость 5А, 1-й период") && summary.contains("Белов Борис"), "\(summary)")
    }

    @Test("J-REP-1: the school's workbook opens in LibreOffice Calc without error, its numbers as the journal has them")
    func openedByLibreOffice() throws {
        let (journal, admin) = try SummarySheetTests.school()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = folder.appendingPathComponent("school.xlsx")
        let io = ScriptedIO([], interactive: false)
        let session = try ConsoleFixture.session(journal, io: io, language: .ru)
        session.setCaller(admin)
        #expect(session.execute("report school --period 1 --xlsx \(xlsx.path)") == .done, "\(io.output)")
        let converted = try DocumentReaders.libreOfficeCSV(xlsx)
        #expect(converted.status == 0, "\(converted.log)")
        // Text quoted, numbers bare: Calc took the figures as numbers.
        #expect(converted.csv.contains(#""5А";"Математика";3;4;33.3;66.7"#), "\(converted.csv)")
        #expect(converted.csv.hasPrefix(#""Класс";"Предмет";"Учеников""#))
    }

    @Test("J-REP-2: the director reads the quarter's monitoring: bars in the terminal, SVG charts in the printed report")
    func monitoringWithCharts() throws {
        let school = try School()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("monitoring.html")
        school.clock.set(School.moscow("2026-10-06T10:00"))
        let (session, io) = try school.session(school.deputy)
        #expect(session.execute("report monitoring --period 1 --print \(html.path)") == .done, "\(io.output)")
        #expect(io.output.contains("Нечаева Ольга Олеговна") && io.output.contains("████████████████████████ 100 %"), "\(io.output)")
        // Белов has two marks, Орлов none: half the pupils without marks; the mother logged in.
        #expect(io.output.contains("50,0"), "\(io.output)")
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("<svg") && page.components(separatedBy: "<rect").count - 1 >= 3)
        let read = try SchoolYearCommandTests.read(html.path)
        // By teacher and by class, each in runs of columns that fit the page (issue 23), the name first in each.
        #expect(read.tables.count >= 2 && read.tables[0].first?.first == "Учитель", "\(read.tables.map { $0.first ?? [] })")
        #expect(read.tables.allSatisfy { ["Учитель", "Класс"].contains($0.first?.first ?? "") })
        #expect(read.errors == 0)
        let printed = try DocumentReaders.printedText(html)
        let text = printed.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Уроки с записанной темой, % — по учителям") && text.contains("Родители, входившие в журнал"), "\(text)")
        // The class teacher sees their own class (J-REP-2, issue 24); a guardian nothing.
        let (own, ownIO) = try school.session(school.classTeacher)
        #expect(own.execute("report monitoring") == .done)
        #expect(ownIO.output.contains("5А") && ownIO.output.contains("В день урока, %"), "\(ownIO.output)")
        let (refused, _) = try school.session(school.guardian)
        #expect(refused.execute("report monitoring") == .refused)
    }

    @Test(
        "J-DIARY-3, J-DIARY-4: two weeks before the end the forecast goes to families; the mother acknowledges the final marks; the class teacher sees who did"
    )
    func forecastAndAcknowledgement() throws {
        let school = try School()
        school.clock.set(School.moscow("2026-10-10T10:00"))
        let (teacher, io) = try school.session(school.classTeacher)
        #expect(teacher.execute("report forecast 5А") == .done, "\(io.output)")
        #expect(io.output.contains("Прогноз отметок 5А за 1-й период (до 24.10.2026, осталось дней: 14)"), "\(io.output)")
        // Белов: 5 for an answer (weight 1) and 4 for a test (weight 2) — (5 + 8) / 3 = 4,33 → 4.
        #expect(io.output.contains("Белов Борис  4 (4,33)"), "\(io.output)")
        #expect(teacher.execute("report forecast 5А --send") == .done, "\(io.output)")
        #expect(io.output.contains("Прогноз отправлен семьям: 2; предварительный отчёт — заместителю директора (1)."), "\(io.output)")
        #expect(!io.output.contains("не позднее чем за 2 недели"), "sent in time, no warning")
        let letters = try school.file.journal.messages(school.guardian)
        let letter = try #require(letters.first { $0.message.subject == "Прогноз отметок за 1-й период" })
        #expect(letter.message.text.contains("Орлов Олег") && letter.message.text.contains("Математика: отметок пока нет"))
        let deputyLetters = try school.file.journal.messages(school.deputy)
        #expect(deputyLetters.first?.message.text.contains("Пропущено уроков: 1") == true)
        // The mother, two days before the period ends.
        school.clock.set(School.moscow("2026-10-22T20:00"))
        let (mother, motherIO) = try school.session(school.guardian)
        #expect(
            mother.execute("diary acknowledge --text \"С итоговыми отметками ознакомлена. Орлова О.П.\"") == .done, "\(motherIO.output)")
        #expect(motherIO.output.contains("Записано: вы ознакомились с итоговыми отметками за 1-й период"))
        #expect(mother.execute("diary acknowledge --text \"Ещё раз\"") == .refused)
        #expect(teacher.execute("report acknowledged 5А --period 1") == .done)
        #expect(io.output.contains("Орлова Ольга Петровна") && io.output.contains("22.10.2026 20:00"), "\(io.output)")
        #expect(io.output.contains("Ознакомились родители 1 учеников из 2."))
        #expect(try school.file.journal.messages(school.classTeacher).contains { $0.message.subject.hasPrefix("Ознакомлен(а)") })
    }

    @Test("J-REP-4: the class teacher marks a pupil at risk and sees the group with the week's absences; another teacher may not")
    func riskGroup() throws {
        let school = try School()
        let (teacher, io) = try school.session(school.classTeacher)
        #expect(teacher.execute("risk add \"Орлов Олег\" --reason \"пропуски без причины\"") == .done, "\(io.output)")
        #expect(teacher.execute("report risk 5А") == .done)
        #expect(io.output.contains("отмечен классным руководителем: пропуски без причины"), "\(io.output)")
        // The daily look: `today` names the group.
        #expect(teacher.execute("today") == .done)
        #expect(io.output.contains("Группа риска 5А: учеников — 1. Подробно: report risk 5А."), "\(io.output)")
        #expect(teacher.execute("risk remove \"Орлов Олег\"") == .done)
        #expect(io.output.contains("Орлов Олег снят с группы риска"), "agrees with the pupil's sex: \(io.output)")
        #expect(teacher.execute("report risk 5А --average 6") == .refused)
        #expect(io.output.contains("Средний балл ниже"), "\(io.output)")
        let (deputy, _) = try school.session(school.deputy)
        #expect(deputy.execute("report risk 5А") == .done)
        let (mother, _) = try school.session(school.guardian)
        #expect(mother.execute("report risk 5А") == .refused)
    }

    @Test("J-REP-3: the month's activity by role and person, as a workbook openpyxl reads")
    func activity() throws {
        let school = try School()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = folder.appendingPathComponent("activity.xlsx").path
        let (session, io) = try school.session(school.deputy)
        #expect(session.execute("report activity --from 01.10.2026 --to 31.10.2026 --xlsx \(xlsx)") == .done, "\(io.output)")
        #expect(io.output.contains("Нечаева Ольга Олеговна"), "\(io.output)")
        let script = """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            print(json.dumps({"names": book.sheetnames,
                              "people": [[c.value for c in row] for row in book.worksheets[1].iter_rows()]}, ensure_ascii=False))
            """
        let (status, output) = try Program.run(MailSink.python, ["-c", script, xlsx], environment: [:])
        #expect(status == 0, "\(output)")
        #expect(output.contains(#""names": ["По ролям", "По пользователям"]"#), "\(output)")
        // The class teacher logged in on one day and made five changes (lesson, topic, two marks, an absence).
        #expect(output.contains(#"["Нечаева Ольга Олеговна", "классный руководитель, учитель-предметник", 1, 5]"#), "\(output)")
    }

    @Test("H-TRAIN-1: the head of the desk sees the week's tickets against their deadlines, by school, topic and specialist")
    func deskWeek() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session(["да", "да"], interactive: false)
        #expect(
            session.execute("ticket new glshkola orlova.mp 1000777 --role родитель --topic \"оценки\" --description \"пропали\"") == .done,
            "\(io.output)")
        #expect(
            session.execute("ticket new glshkola orlova.mp 1000777 --role родитель --topic \"пароль\" --description \"не помню\"") == .done,
            "\(io.output)")
        #expect(session.execute("ticket take 1") == .done, "\(io.output)")
        #expect(session.execute("ticket resolve 1 --text \"Отметки на месте\"") == .done, "\(io.output)")
        #expect(session.execute("report desk") == .done, "\(io.output)")
        #expect(io.output.contains("Работа службы поддержки с 28.09.2026 по 04.10.2026"), "\(io.output)")
        #expect(io.output.contains("По школам") && io.output.contains("glshkola") && io.output.contains("По темам"), "\(io.output)")
        let line = io.output.split(separator: "\n").first { $0.hasPrefix("glshkola") }.map(String.init) ?? ""
        #expect(line.split(separator: " ").prefix(4) == ["glshkola", "2", "1", "100,0"], "\(line)")
        #expect(io.output.contains("Консультаций проведено: 0, отменено: 0."))
    }
}
