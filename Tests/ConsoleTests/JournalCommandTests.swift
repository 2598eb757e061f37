import ConsoleTestSupport
import Foundation
import HelpDesk
import Testing

@testable import Console
@testable import JournalCore

/// The teacher's day through the console, with the regulations' refusals worded for people.
@Suite struct JournalCommandTests {
    struct Day {
        let journal: Journal
        let clock: ManualClock
        let teacher: Caller

        init() throws {
            clock = ManualClock(ISO8601DateFormatter().date(from: "2026-10-01T07:00:00Z")!)  // 10:00 in Moscow
            journal = Journal(database: try AppDatabase.inMemory(), clock: clock, hasher: .fastForTests)
            let (_, account) = try journal.createOrganization(
                code: "itomlya", name: "МОУ Итомлинская СШ", timeZone: "Europe/Moscow",
                adminName: "Усенко Виктор", adminLogin: "usenko", adminPassword: "correct-horse")
            let admin = try journal.caller(accountId: account.id!)
            let year = try journal.createYear(
                admin, name: "2026/2027", start: LocalDate(parsing: "2026-09-01")!,
                end: LocalDate(parsing: "2027-08-31")!, periodKind: .quarter)
            let fiveA = try journal.createClass(admin, yearId: year.id!, gradeLevel: 5, letter: "А", classTeacherId: nil)
            _ = try journal.createStudent(
                admin, classId: fiveA.id!, fullName: "Орлов Олег", birthDate: LocalDate(parsing: "2015-05-05")!, sex: .male)
            let teacherRow = try journal.createStaff(
                admin, fullName: "Нечаева Ольга Олеговна", roles: [.subjectTeacher], email: nil, phone: nil)
            let subject = try journal.createSubject(admin, name: "Математика")
            _ = try journal.assign(admin, teacherId: teacherRow.person.id!, subjectId: subject.id!, classId: fiveA.id!, subgroupId: nil)
            let issued = try journal.issueCredentials(admin, account: teacherRow.login!)
            let temporary = try journal.authenticate(login: issued.login, password: issued.temporaryPassword)
            teacher = try journal.changePassword(temporary, current: issued.temporaryPassword, new: "teacher-password")
        }

        /// More pupils in 5А, by the administrator.
        func enrol(_ names: [String]) throws {
            let admin = try journal.caller(accountId: 1)
            let fiveA = try journal.findClass(admin, named: "5А", yearId: try journal.year(admin, named: nil).id!)
            for name in names {
                _ = try journal.createStudent(
                    admin, classId: fiveA.id!, fullName: name, birthDate: LocalDate(parsing: "2015-05-05")!, sex: .male)
            }
        }

        func session(_ language: Language = .ru) throws -> (Session, ScriptedIO) {
            let io = ScriptedIO([], interactive: false)
            let session = try ConsoleFixture.session(journal, io: io, language: language)
            session.setCaller(teacher)
            return (session, io)
        }
    }

    @Test("J-LESSON-1: a whole lesson — topic, absences, marks, homework — in a few lines, one write for the pupils")
    func aLessonOnOneScreen() throws {
        let day = try Day()
        try day.enrol(["Ильин Пётр", "Гусева Анна", "Петров Иван", "Сидоров Олег"])
        let (session, io) = try day.session()
        let lines = [
            "lesson new 5А Математика 01.10.2026 08:30 09:15 --topic \"Сложение дробей\"",
            "lesson fill 1",
            "lesson fill 1 \"Ильин н; Гусева 5 кр; Петров 4; Сидоров о; все\"",
            "homework set 1 \"№ 12, 14\"",
        ]
        day.clock.set(ISO8601DateFormatter().date(from: "2026-10-01T06:20:00Z")!)
        for line in lines { #expect(session.execute(line) == .done, "\(line): \(io.output.suffix(300))") }
        #expect(io.output.contains("Гусева Анна") && io.output.contains("lesson fill 1 \"Фамилия н;"), "the roster and the hint")
        #expect(io.output.contains("Записано: присутствуют 3, отсутствуют 1, опоздали 1, отметок 2."))
        let marks = try day.journal.marks(day.teacher, lessonId: 1)
        #expect(marks.map(\.value) == [.five, .four] && marks.map(\.workKind) == [.test, .answer])
        #expect(session.execute("lesson fill 1 \"Никого Нет 5\"") != .done)
    }

    @Test("J-LESSON-1: the lesson as a grid in the terminal — pupils by number, shown back, one confirmation, one write")
    func theLessonGrid() throws {
        let day = try Day()
        try day.enrol(["Ильин Пётр", "Гусева Анна", "Петров Иван"])
        _ = try day.journal.createLesson(
            day.teacher, assignmentId: 1, date: LocalDate(parsing: "2026-10-01")!, start: ClockTime(parsing: "08:30")!,
            end: ClockTime(parsing: "09:15")!)
        day.clock.set(ISO8601DateFormatter().date(from: "2026-10-01T06:20:00Z")!)
        // The grid: 1 Гусева, 2 Ильин, 3 Орлов, 4 Петров.
        let io = ScriptedIO(["2 н; 1 5 кр; все", "да"], interactive: true)
        let session = try ConsoleFixture.session(day.journal, io: io, language: .ru)
        session.setCaller(day.teacher)
        #expect(session.execute("lesson fill 1") == .done, "\(io.output.suffix(400))")
        #expect(io.output.contains(/\n1 +Гусева Анна/) && io.output.contains(/\n4 +Петров Иван/), "the numbered grid: \(io.output)")
        #expect(io.output.contains("отсутствует") && io.output.contains("5 контрольная"), "the grid shown back: \(io.output)")
        #expect(io.output.components(separatedBy: "[да/нет]").count == 2, "one confirmation")
        #expect(io.output.contains("Записано: присутствуют 3, отсутствуют 1, опоздали 0, отметок 1."))
        // Answering «нет» writes nothing.
        let refused = ScriptedIO(["4 2", "нет"], interactive: true)
        let second = try ConsoleFixture.session(day.journal, io: refused, language: .ru)
        second.setCaller(day.teacher)
        _ = second.execute("lesson fill 1")
        #expect(try day.journal.marks(day.teacher, lessonId: 1).count == 1)
        // A number outside the grid is refused by name of the field.
        let outside = ScriptedIO(["9 н"], interactive: false)
        let third = try ConsoleFixture.session(day.journal, io: outside, language: .ru)
        third.setCaller(day.teacher)
        #expect(third.execute("lesson fill 1 \"9 н\"") != .done)
        #expect(outside.output.contains("Ученик"))
        // At the grid's question, a line that names no pupil is said and asked again (from the tour).
        let again = ScriptedIO(["9 н", "4 н", "да"], interactive: true)
        let fourth = try ConsoleFixture.session(day.journal, io: again, language: .ru)
        fourth.setCaller(day.teacher)
        #expect(fourth.execute("lesson fill 1") == .done, "\(again.output.suffix(400))")
        #expect(again.output.contains("должно быть от 1 до 4"), "\(again.output.suffix(400))")
        #expect(try day.journal.attendance(day.teacher, lessonId: 1).filter { $0.status == .absent }.count == 2, "Ильин and now Петров")
    }

    @Test("J-ATT-1, J-MARK-1: attendance set and mark add take several pupils in one write")
    func severalPupilsAtOnce() throws {
        let day = try Day()
        try day.enrol(["Ильин Пётр", "Гусева Анна"])
        let (session, io) = try day.session()
        #expect(session.execute("lesson new 5А Математика 01.10.2026 08:30 09:15") == .done)
        day.clock.set(ISO8601DateFormatter().date(from: "2026-10-01T06:20:00Z")!)
        #expect(session.execute("attendance set 1 Ильин Гусева н") == .done, "\(io.output.suffix(300))")
        let absent = try day.journal.attendance(day.teacher, lessonId: 1).filter { $0.status == .absent }
        #expect(absent.count == 2)
        #expect(session.execute("mark add 1 Орлов \"Гусева Анна\" 5 --work кр") == .done, "\(io.output.suffix(300))")
        #expect(try day.journal.marks(day.teacher, lessonId: 1).map(\.value) == [.five, .five])
        #expect(io.output.contains("Записано отметок: 2"))
        // One unknown pupil refuses all.
        #expect(session.execute("mark add 1 Орлов Никтоев 4") != .done)
        #expect(try day.journal.marks(day.teacher, lessonId: 1).count == 2)
        // One pupil as before, with its own number.
        #expect(session.execute("mark add 1 Орлов 4 --work ответ") == .done)
        #expect(io.output.contains("Записано: отметка №"))
    }

    @Test("J-ATT-1: the class teacher's week — the class's absences on one screen, their reasons set by number in one write")
    func theClassTeachersWeek() throws {
        let day = try Day()
        try day.enrol(["Ильин Пётр", "Гусева Анна"])
        let admin = try day.journal.caller(accountId: 1)
        let fiveA = try day.journal.findClass(admin, named: "5А", yearId: try day.journal.year(admin, named: nil).id!)
        let (session, io) = try day.session()
        #expect(session.execute("lesson new 5А Математика 01.10.2026 08:30 09:15") == .done)
        day.clock.set(ISO8601DateFormatter().date(from: "2026-10-01T06:20:00Z")!)
        #expect(session.execute("lesson fill 1 \"Ильин н; Гусева о; все\"") == .done)
        session.setCaller(admin)
        #expect(session.execute("attendance week 5А --date 02.10.2026") == .done)
        #expect(io.output.contains("Гусева Анна") && io.output.contains("Ильин Пётр"))
        #expect(
            session.execute("attendance week 5А --date 02.10.2026 --reasons \"1 уп справка № 5; 2 нп\"") == .done,
            "\(io.output.suffix(300))")
        let rows = try day.journal.weekAbsences(admin, classId: fiveA.id!, date: LocalDate(parsing: "2026-10-02")!)
        #expect(rows.map(\.studentName) == ["Гусева Анна", "Ильин Пётр"])
        #expect(rows.map(\.attendance.reason) == [.excused, .unexcused] && rows[0].attendance.reasonNote == "справка № 5")
        // A number outside the list changes nothing.
        #expect(session.execute("attendance week 5А --date 02.10.2026 --reasons \"1 нп; 3 уп\"") != .done)
        #expect(
            try day.journal.weekAbsences(admin, classId: fiveA.id!, date: LocalDate(parsing: "2026-10-02")!)[0].attendance.reason
                == .excused)
    }

    @Test func aTeacherFillsInTheLesson() throws {
        let day = try Day()
        let (session, io) = try day.session()
        #expect(session.execute("lesson new 5А Математика 01.10.2026 08:30 09:15 --topic \"Сложение дробей\"") == .done)
        #expect(session.execute("mark add 1 Орлов 5 --work кр") == .done)
        #expect(session.execute("attendance set 1 Орлов о") == .done)
        #expect(session.execute("lesson show 1") == .done)
        #expect(io.output.contains("Орлов Олег  опоздал"))
        #expect(session.execute("lesson list") == .done)
        #expect(io.output.contains("Сложение дробей"))
        // A day as people say it, where a date is asked (from the tour): the clock is Thursday 01.10.2026.
        let (spoken, spokenIO) = try day.session()
        #expect(spoken.execute("lesson list --date сегодня") == .done && spokenIO.output.contains("Сложение дробей"), "\(spokenIO.output)")
        #expect(spoken.execute("lesson list --date завтра") == .done && !spokenIO.output.contains("неверный формат"))
        #expect(
            spoken.execute("lesson list --date \"пятница ерунда\"") != .done
                && spokenIO.output.contains("Дата: это не дата: напишите ДД.ММ.ГГГГ"))
        let marks = try day.journal.marks(day.teacher, lessonId: 1)
        #expect(marks.map(\.workKind) == [.test])
        // The mark's number is shown where `mark fix` needs it.
        #expect(io.output.contains("Записано: отметка № \(marks[0].id!)"))
        #expect(io.output.contains("5 №\(marks[0].id!)"))
        #expect(session.execute("mark fix \(marks[0].id!) 4 \"ошибка при вводе\"") == .done)
    }

    @Test func theSevenDayRuleIsWordedAsTheRegulationSaysIt() throws {
        // J-LESSON-2 in both languages.
        let day = try Day()
        let (session, io) = try day.session()
        #expect(session.execute("lesson new 5А Математика 01.10.2026 08:30 09:15") == .done)
        day.clock.set(ISO8601DateFormatter().date(from: "2026-10-10T07:00:00Z")!)
        #expect(session.execute("mark add 1 Орлов 5") == .refused)
        #expect(io.output.hasSuffix("Урок прошёл 9 дней назад: внести можно не позже 7 дней.\n"))
        let (english, englishIO) = try day.session(.en)
        #expect(english.execute("mark add 1 Орлов 5") == .refused)
        #expect(englishIO.output == "The lesson was 9 days ago: entries are allowed up to 7 days later.\n")
    }

    @Test func lateMarksAreSavedAndFlagged() throws {
        // J-MARK-2: flagged, not refused.
        let day = try Day()
        let (session, io) = try day.session()
        #expect(session.execute("lesson new 5А Математика 01.10.2026 08:30 09:15") == .done)
        day.clock.set(ISO8601DateFormatter().date(from: "2026-10-01T14:30:00Z")!)  // 17:30 in Moscow
        #expect(session.execute("mark add 1 Орлов 4") == .done)
        #expect(io.output.contains("Отметка выставлена после срока — отмечено для контроля."))
    }

    @Test func theSuggestedPeriodMarkShowsWhy() throws {
        let day = try Day()
        let (session, io) = try day.session()
        let admin = try day.journal.authenticate(login: "usenko", password: "correct-horse")
        _ = try day.journal.setPeriod(
            admin, yearId: try day.journal.year(admin, named: nil).id!, number: 1,
            start: LocalDate(parsing: "2026-09-01")!, end: LocalDate(parsing: "2026-10-24")!)
        #expect(session.execute("lesson new 5А Математика 01.10.2026 08:30 09:15") == .done)
        #expect(session.execute("mark add 1 Орлов 5") == .done)
        #expect(session.execute("mark add 1 Орлов 3 --work контрольная") == .done)
        #expect(session.execute("period-mark suggest 5А Математика Орлов --period 1") == .done)
        #expect(io.output.contains("Средневзвешенная: 3,67 → предлагается «4»."))
        #expect(io.output.contains("Учтены (отметка × вес): 5×1, 3×2"))
        #expect(session.execute("period-mark set 5А Математика Орлов 4 --period 1") == .refused)
        #expect(io.output.hasSuffix("Отметки за период выставляются в последнюю неделю периода: с 18.10.2026.\n"))
    }

    @Test func russianPluralsOfDays() {
        #expect(RussianPlural.days(1) == "день" && RussianPlural.days(3) == "дня" && RussianPlural.days(9) == "дней")
        #expect(RussianPlural.days(11) == "дней" && RussianPlural.days(21) == "день" && RussianPlural.days(22) == "дня")
    }
}

@Suite struct JournalPageTests {
    @Test func thePageHasStudentsDownDatesAcrossAndTopicsBelow() throws {
        let day = try JournalCommandTests.Day()
        let (session, io) = try day.session()
        #expect(session.execute("lesson new 5А Математика 01.10.2026 08:30 09:15 --topic \"Сложение дробей\"") == .done)
        #expect(session.execute("mark add 1 Орлов 5") == .done)
        #expect(session.execute("mark add 1 Орлов 4 --work кр") == .done)
        #expect(session.execute("homework set 1 \"№ 210\"") == .done)
        #expect(session.execute("journal 5А Математика") == .done)
        let lines = io.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("ФИО") && $0.contains("01.10") })
        #expect(lines.contains { $0.hasPrefix("Орлов Олег") && $0.hasSuffix("5 4") })
        #expect(lines.contains("01.10.2026  Сложение дробей — Домашнее задание: № 210"))
    }

    @Test(
        "J-MARK-5 (from the tour): on the demo school the page says its class, subject and quarter, and ends with the quarter's marks for the staff only"
    )
    func thePageIsHeadedAndEndsWithThePeriodMark() throws {
        let desk = try JSONDocumentTests.demo()
        let deputy = try desk.journal.authenticate(login: "zavuch", password: DemoSchool.password)
        let page = DemoJournalTests.run(desk, deputy, "journal 5А История --period 1", columns: 400)
        let lines = page.split(separator: "\n").map(String.init)
        #expect(lines.first == "5А, История, 1-я четверть: с 01.09.2026 по 24.10.2026", "\(page)")
        #expect(lines.contains { $0.hasPrefix("ФИО") && $0.hasSuffix("1 четв.") }, "\(page)")
        // Each pupil's row ends with the mark the core holds for the quarter.
        let year = try desk.journal.year(deputy, named: nil)
        let fiveA = try desk.journal.findClass(deputy, named: "5А", yearId: year.id!)
        let subject = try #require(try desk.journal.subjects(deputy).first { $0.name == "История" })
        let given = try desk.journal.periodMarks(deputy, classId: fiveA.id!, subjectId: subject.id!, periodNumber: 1)
        let marked = try #require(given.first { $0.mark != nil })
        let row = try #require(lines.first { $0.hasPrefix(marked.studentName) })
        #expect(row.hasSuffix(marked.mark?.value.rawValue ?? "?"), "\(row)")
        let english = DemoJournalTests.run(desk, deputy, "journal 5А История --period 1", .en, columns: 400)
        #expect(english.hasPrefix("5А, История, quarter 1: 01.09.2026 to 24.10.2026") || english.contains("quarter 1:"), "\(english)")
        // A parent sees the child's row without the quarter's column (its marks are the diary's, J-DIARY-3).
        let parent = try desk.journal.authenticate(login: "parent", password: DemoSchool.password)
        let own = DemoJournalTests.run(desk, parent, "journal 5А История --period 1", columns: 400)
        #expect(own.contains("1-я четверть") && !own.contains("1 четв."), "\(own)")
    }

    @Test("From the tour: lesson show heads the pupils with the lesson: its number, day, class, subject, teacher, topic, homework")
    func lessonShowSaysWhichLesson() throws {
        let desk = try JSONDocumentTests.demo()
        let teacher = try desk.journal.authenticate(login: "teacher", password: DemoSchool.password)
        let lesson = try #require(try desk.journal.lessons(teacher).first)
        let screen = DemoJournalTests.run(desk, teacher, "lesson show \(lesson.lesson.id!)")
        for label in ["Урок:", "Дата:", "Класс:", "Предмет:", "Учитель:", "Тема:", "Домашнее задание:"] {
            #expect(screen.contains(label), "\(label) \(screen)")
        }
        #expect(screen.contains(lesson.className) && screen.contains(lesson.subjectName))
        #expect(screen.contains("Ученик") && screen.contains("Присутствие"))
    }
}

@Suite struct CoursePlanCommandTests {
    /// A new folder for the plan files of one test.
    static func folder() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ktp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func aTeacherChecksLoadsAndExportsTheirPlan() throws {
        let day = try JournalCommandTests.Day()
        let (session, io) = try day.session()
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("ktp.csv").path
        let plan = "КТП;;\r\nТема урока;Кол-во часов;Дата\r\nДроби;;\r\nСложение дробей;1;01.10.2026\r\nВычитание дробей;x;02.10.2026\r\n"
        FileManager.default.createFile(atPath: file, contents: plan.data(using: .windowsCP1251))

        #expect(session.execute("plan import \(file) 5А Математика") == .refused)
        #expect(io.output.contains("строка 5, столбец «Кол-во часов»: неверный формат"))
        #expect(io.output.contains("ничего не загружено"))
        #expect(session.execute("plan import \(file) 5А Математика --skip-errors") == .done)
        #expect(session.execute("plan show 5А Математика") == .done)
        #expect(io.output.contains("Следующая тема по КТП: Сложение дробей"))
        let exported = directory.appendingPathComponent("out.csv").path
        #expect(session.execute("plan export \(exported) 5А Математика") == .done)
        #expect(FileManager.default.contents(atPath: exported)?.starts(with: [0xEF, 0xBB, 0xBF]) == true)
    }

    @Test("J-PLAN-1 (issue 24): plan export writes no live formula, and plan import reads its own export back to the same plan")
    func anExportIsFormulaSafeAndReadsBack() throws {
        let day = try JournalCommandTests.Day()
        let (session, io) = try day.session()
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("ktp.csv").path
        let plan = "Тема урока;Кол-во часов\n\"=HYPERLINK(\"\"http://x\"\";\"\"урок\"\")\";1\n=1+1;1\n- повторение;1\n@SUM(A1);1\n"
        FileManager.default.createFile(atPath: file, contents: Data(plan.utf8))
        #expect(session.execute("plan import \(file) 5А Математика --yes") == .done, "\(io.output)")
        let first = directory.appendingPathComponent("first.csv").path
        #expect(session.execute("plan export \(first) 5А Математика") == .done)
        let exported = try String(contentsOfFile: first, encoding: .utf8)
        for topic in ["=HYPERLINK", "=1+1", "- повторение", "@SUM(A1)"] {
            #expect(exported.contains("'" + topic) || exported.contains("\"'" + topic), "«\(topic)» is live in:\n\(exported)")
        }
        #expect(session.execute("plan import \(first) 5А Математика --yes") == .done, "\(io.output)")
        let second = directory.appendingPathComponent("second.csv").path
        #expect(session.execute("plan export \(second) 5А Математика") == .done)
        #expect(FileManager.default.contents(atPath: second) == FileManager.default.contents(atPath: first), "the same plan")
        #expect(session.execute("plan show 5А Математика") == .done && io.output.contains("=1+1") && !io.output.contains("'=1+1"))
    }

    @Test("J-PLAN-1: A dry run that finds errors fails; fewer topics are listed and kept without a yes")
    func aDryRunWithErrorsFailsAndFewerTopicsAreListed() throws {
        let day = try JournalCommandTests.Day()
        let (session, io) = try day.session()
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.csv").path
        FileManager.default.createFile(atPath: bad, contents: Data("Тема урока;Кол-во часов\nСложение;x\n".utf8))
        #expect(session.execute("plan import \(bad) 5А Математика --dry-run") == .refused)
        let full = directory.appendingPathComponent("full.csv").path
        FileManager.default.createFile(atPath: full, contents: Data("Тема урока;Кол-во часов\nСложение;1\nВычитание;1\n".utf8))
        #expect(session.execute("plan import \(full) 5А Математика --dry-run") == .done)
        #expect(session.execute("plan import \(full) 5А Математика") == .done)
        let short = directory.appendingPathComponent("short.csv").path
        FileManager.default.createFile(atPath: short, contents: Data("Тема урока;Кол-во часов\nСложение;1\n".utf8))
        // Not interactive and no --yes: nothing is removed, and what would go is said.
        #expect(session.execute("plan import \(short) 5А Математика") == .refused)
        #expect(io.output.contains("Файл удалил бы темы КТП (1)"))
        #expect(session.execute("plan import \(short) 5А Математика --yes") == .done)
    }
}

@Suite struct CompletionTests {
    @Test func questionsOfferTheClassesStudentsAndSubjects() throws {
        let day = try JournalCommandTests.Day()
        let (session, _) = try day.session()
        #expect(session.execute("lesson new 5А Математика 01.10.2026 08:30 09:15") == .done)
        #expect(Completion.words(for: .schoolClass, session: session) == ["5А"])
        #expect(Completion.words(for: .subject, session: session) == ["Математика"])
        var inLesson = Arguments()
        inLesson[Arg.lesson.spec] = .integer(1)
        #expect(Completion.words(for: .lessonStudent, session: session, given: inLesson) == ["Орлов"])
        var inClass = Arguments()
        inClass[Arg.schoolClass.spec] = .reference(1, "5А")
        #expect(Completion.words(for: .classStudent, session: session, given: inClass) == ["Орлов"])
    }
}

@Suite struct ScheduleCommandTests {
    @Test func anyoneAsksWhoHelpsWithATopicInEitherLanguage() throws {
        let fixture = try ConsoleFixture()
        for (language, kind) in [(Language.ru, "методическая помощь"), (.en, "methodological help")] {
            let io = ScriptedIO([], interactive: false)
            let session = try ConsoleFixture.session(fixture.journal, io: io, language: language)
            #expect(session.execute("schedule who контрольные --org glshkola") == .done)
            let first = io.output.split(separator: "\n").dropFirst(2).first.map(String.init) ?? ""
            #expect(first.hasPrefix("Полий Т.А.") && first.contains(kind))
            #expect(session.execute("schedule week --org nowhere") == .refused)
        }
    }
}

/// The compact line of a lesson (J-LESSON-1).
@Suite struct LessonLineTests {
    @Test("J-LESSON-1: «Ильин н; Гусева 5 кр; Петров 4; все» reads as three pupils and the rest present")
    func theCompactLineReads() throws {
        let line = try LessonLine(parsing: "Ильин н; Гусева Анна 5 кр 4; Петров 4; все присутствуют")
        #expect(line.othersPresent)
        #expect(line.parts.map(\.name) == ["Ильин", "Гусева Анна", "Петров"])
        #expect(line.parts[0].attendance == .absent && line.parts[0].marks.isEmpty)
        #expect(line.parts[1].marks == [.init(value: .five, work: .test), .init(value: .four, work: .answer)])
        #expect(line.parts[2].marks == [.init(value: .four, work: .answer)] && line.parts[2].attendance == nil)
        #expect(try LessonLine(parsing: "все").othersPresent && LessonLine(parsing: "все").parts.isEmpty)
        #expect(throws: InputError(.mark, .unknown("ура"))) { try LessonLine(parsing: "Ильин 5 ура") }
        #expect(throws: InputError(.student, .missing)) { try LessonLine(parsing: " ; ") }
    }
}

/// The sheet of credential slips from the console (H-CRED-2).
@Suite struct CredentialSheetTests {
    @Test("H-CRED-2: account issue --class writes the slips to a new 0600 sheet, never to the screen, never over a file")
    func theSheetHoldsTheSlips() throws {
        let fixture = try ConsoleFixture()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slips-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sheet = folder.appendingPathComponent("5a.html").path
        let (session, io) = try fixture.session(
            ["account issue --class 5А --sheet \(sheet)", "account issue --class 5А --sheet \(sheet)"], interactive: false)
        session.assumeYes = true
        _ = REPL(session: session).run()
        let html = try String(contentsOfFile: sheet, encoding: .utf8)
        let account = try fixture.journal.database.readDatabase { db in
            try db.store.record(
                Account.self, "SELECT a.* FROM account a JOIN person p ON p.id = a.personId WHERE p.fullName = 'Орлов Олег Олегович'")!
        }
        #expect(html.contains("Орлов Олег Олегович") && html.contains(account.login) && html.contains(String(account.identifier)))
        #expect(html.contains("МБОУ Глазовская СОШ") && html.contains("Получил(а)") && html.contains("Пароль действует до"))
        #expect(try FileManager.default.attributesOfItem(atPath: sheet)[.posixPermissions] as? Int == 0o600)
        #expect(io.output.contains("Временные пароли выданы: 1") && io.output.contains("Файл \(sheet) уже есть"))
        // The password is on the sheet and nowhere on the screen.
        let password = try #require(html.range(of: #"class="secret">([^<]+)<"#, options: .regularExpression)).lowerBound
        let secret = String(html[password...].dropFirst(#"class="secret">"#.count).prefix { $0 != "<" })
        #expect(secret.count >= 8 && !io.output.contains(secret))
        #expect(try fixture.journal.authenticate(login: account.login, password: secret).mustChangePassword)
    }
}
