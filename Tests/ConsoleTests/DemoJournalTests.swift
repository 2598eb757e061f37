import ConsoleTestSupport
import Foundation
import GRDB
import HelpDesk
import Testing

@testable import Console
@testable import JournalCore

/// The journal's rules on the full demo school as it stands on Monday 23.11.2026, 10:00 (issue 24),
/// through the console.
@Suite struct DemoJournalTests {
    /// What one line prints, as a caller, in a language, on a screen of `columns` that takes colour or not.
    static func run(
        _ desk: SupportDesk, _ caller: Caller, _ line: String, _ language: Language = .ru, columns: Int = 200, colours: Bool = false
    ) -> String {
        let io = ScriptedIO(["да", "yes"])
        io.columns = columns
        io.colours = colours
        let session = Session(desk: desk, io: io, language: language)
        session.setCaller(caller)
        _ = session.execute(line)
        return io.output
    }

    /// The demo parent's child, and today's first lesson of the child's class with its teacher.
    static func todaysLesson(_ desk: SupportDesk) throws -> (parent: Caller, child: PersonRow, lesson: Lesson, teacher: Caller) {
        let journal = desk.journal
        let parent = try journal.authenticate(login: "parent", password: DemoSchool.password)
        let child = try #require(try journal.diaryStudents(parent).first)
        let today = try journal.today(parent)
        let lessons = try journal.diary(parent, studentId: try #require(child.person.id), from: today, to: today)
        let lesson = try #require(lessons.first?.lesson)
        let accountId = try journal.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM account WHERE personId = ?", arguments: [lesson.teacherId])
        }
        return (parent, child, lesson, try journal.caller(accountId: try #require(accountId)))
    }

    @Test("J-DIARY-1: a mark's comment shows in the pupil's diary and on the journal page, in Russian and English")
    func aMarksCommentReachesTheDiaryAndThePage() throws {
        let desk = try JSONDocumentTests.demo()
        let (parent, child, lesson, teacher) = try Self.todaysLesson(desk)
        let lessonId = try #require(lesson.id)
        let comment = "Устный ответ, не хватило примеров"
        let added = Self.run(desk, teacher, "mark add \(lessonId) \"\(child.person.fullName)\" 4 --comment \"\(comment)\"")
        #expect(added.contains("Записано") || added.contains("Отметка"), "\(added)")

        let diary = Self.run(desk, parent, "diary")
        #expect(diary.contains(comment), "\(diary)")
        #expect(Self.run(desk, parent, "diary", .en).contains(comment))

        let subject = try #require(try desk.journal.subjects(teacher).first { $0.id == lesson.subjectId }?.name)
        let className = try desk.journal.writer.read { db in
            try String.fetchOne(db, sql: "SELECT gradeLevel || letter FROM schoolClass WHERE id = ?", arguments: [lesson.classId])
        }
        let page = Self.run(desk, teacher, "journal \(try #require(className)) \"\(subject)\" --period 2")
        #expect(page.contains("Комментарий") && page.contains("\(child.person.fullName): \(comment)"), "\(page)")
    }

    @Test("J-DIARY-3 (issue 23): the family's final marks list every subject the child is taught, one without its mark shown empty")
    func finalMarksListEverySubject() throws {
        let desk = try JSONDocumentTests.demo()
        let (parent, child, _, _) = try Self.todaysLesson(desk)
        let childId = try #require(child.person.id)
        let taught = try desk.journal.writer.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(DISTINCT a.subjectId) FROM assignment a JOIN enrolment e ON e.classId = a.classId AND e.endDate IS NULL
                    WHERE e.studentId = ? AND (a.studentId IS NULL OR a.studentId = e.studentId)
                    AND (a.subgroupId IS NULL OR a.subgroupId IN (SELECT subgroupId FROM subgroupMember WHERE studentId = e.studentId))
                    """, arguments: [childId]) ?? 0
        }
        // The first quarter ended on 24.10: one row per subject taught, marked or not.
        let rows = try desk.journal.finalMarks(parent, studentId: childId).filter { $0.periodNumber == 1 }
        #expect(rows.count == taught && taught >= 10, "\(rows.map(\.subject)) of \(taught)")
        let screen = Self.run(desk, parent, "diary final")
        for row in rows where row.value == nil {
            #expect(screen.split(separator: "\n").contains { $0.hasPrefix(row.subject) && $0.hasSuffix("—") }, "\(screen)")
        }
    }

    @Test("J-MARK-2 (issue 26): mark add --json has one shape on time and late: the mark's id and a late flag, its sentences beside")
    func markAddHasOneResultShape() throws {
        let desk = try JSONDocumentTests.demo()
        let (_, child, lesson, teacher) = try Self.todaysLesson(desk)
        // The same teacher's lesson of the class three days ago (Friday 20.11): past its day's deadline.
        let earlier = try #require(
            try desk.journal.writer.read { db in
                try Int64.fetchOne(
                    db, sql: "SELECT id FROM lesson WHERE teacherId = ? AND classId = ? AND date = '2026-11-20' AND cancelled = 0 LIMIT 1",
                    arguments: [lesson.teacherId, lesson.classId])
            })
        var shapes: [Bool: [String: Any]] = [:]
        for lessonId in [try #require(lesson.id), earlier] {
            let io = ScriptedIO([], interactive: false)
            let session = Session(desk: desk, io: io, language: .ru, json: true, assumeYes: true)
            session.setCaller(teacher)
            _ = session.execute("mark add \(lessonId) \"\(child.person.fullName)\" 4")
            let text = io.output
            let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
            let result = try #require(document["result"] as? [String: Any], "\(text)")
            #expect(Set(result.keys) == ["markId", "late", "absentAtLesson"], "\(text)")
            #expect(result["markId"] is Int && result["result"] == nil && (document["messages"] as? [String])?.isEmpty == false, "\(text)")
            shapes[try #require(result["late"] as? Bool)] = result
        }
        #expect(Set(shapes.keys) == [false, true], "one on time, one late")
    }

    @Test(
        "H-CRED-3, J-ACL-5: a breach reported, a lock or an unlock of an account never issued credentials is refused in words, and nothing is written"
    )
    func nothingToLockBeforeCredentialsAreIssued() throws {
        let desk = try JSONDocumentTests.demo()
        for line in [
            "breach report borisov.lv \"23.11.2026 09:00\" \"пароль на доске\"", "account lock borisov.lv", "account unlock borisov.lv",
        ] {
            let text = try JSONDocumentTests.document(desk, "admin", line, .ru)
            let document = try #require(JSONDocumentTests.parse(text), "\(text)")
            #expect(
                document["ok"] as? Bool == false && document["error"] as? String == "Реквизиты доступа ещё не выданы.", "\(line): \(text)")
        }
        let (breaches, state) = try desk.journal.database.readDatabase { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM breach"),
                try String.fetchOne(db, sql: "SELECT state FROM account WHERE login = 'borisov.lv'")
            )
        }
        #expect(breaches == 0 && state == "notIssued")
    }

    @Test("J-MARK-1: «зачёт» is refused in a graded subject, in words; a subject taught without marks is added and listed")
    func passFailOnlyInASubjectTaughtWithoutMarks() throws {
        let desk = try JSONDocumentTests.demo()
        let (_, child, lesson, teacher) = try Self.todaysLesson(desk)
        let lessonId = try #require(lesson.id)
        let refused = Self.run(desk, teacher, "mark add \(lessonId) \"\(child.person.fullName)\" зачёт")
        #expect(refused.contains("«зачёт» и «незачёт» — только в безотметочных предметах"), "\(refused)")
        let english = Self.run(desk, teacher, "mark add \(lessonId) \"\(child.person.fullName)\" pass", .en)
        #expect(english.contains("pass and fail are only for subjects taught without marks"), "\(english)")
        #expect(try desk.journal.marks(teacher, lessonId: lessonId).isEmpty)

        let admin = try desk.journal.authenticate(login: "admin", password: DemoSchool.password)
        _ = Self.run(desk, admin, "subject new \"ОРКСЭ\" --зачёт")
        let list = Self.run(desk, admin, "subject list")
        let line = list.split(separator: "\n").first { $0.hasPrefix("ОРКСЭ") }
        #expect(line?.contains("да") == true && list.contains("Безотметочный"), "\(list)")
        #expect(try desk.journal.subjects(admin).first { $0.name == "ОРКСЭ" }?.passFail == true)
    }

    @Test(
        "From the tour (issue 23): a mark for a pupil marked absent is saved and said; `--help` after a command shows its help; a missing article or message is named"
    )
    func leftoversOfTheTour() throws {
        let desk = try JSONDocumentTests.demo()
        let (_, child, lesson, teacher) = try Self.todaysLesson(desk)
        let lessonId = try #require(lesson.id)
        _ = Self.run(desk, teacher, "attendance set \(lessonId) \"\(child.person.fullName)\" н")
        let absent = Self.run(desk, teacher, "mark add \(lessonId) \"\(child.person.fullName)\" 5")
        #expect(absent.contains("Записано: отметка №") && absent.contains("отмечен на этом уроке отсутствующим"), "\(absent)")
        #expect(try desk.journal.marks(teacher, lessonId: lessonId).count == 1)
        let english = Self.run(desk, teacher, "mark add \(lessonId) \"\(child.person.fullName)\" 4 --work homework", .en)
        #expect(english.contains("marked absent at this lesson"), "\(english)")
        for line in ["mark add --help", "mark add -h", "отметка поставить --помощь"] {
            let help = Self.run(desk, teacher, line)
            #expect(
                help.contains("Использование: mark add") && help.contains("Пример:") && !help.contains("Неизвестный"), "\(line): \(help)")
        }
        #expect(Self.run(desk, teacher, "kb show 9999").contains("Статья: «9999» не найдена."))
        #expect(Self.run(desk, teacher, "message show 9999").contains("Сообщение: «9999» не найдено."))
        let admin = try desk.journal.authenticate(login: "admin", password: DemoSchool.password)
        let roster = Self.run(desk, admin, "class show 5А")
        #expect(roster.contains("— Список класса —") && !roster.contains("— Учеников —"), "\(roster.prefix(300))")
    }

    @Test("Issue 24: a composed screen (the summary sheet, the forecast) on a colour terminal shows no escape code as text")
    func composedScreensCarryNoEscapeCodes() throws {
        let desk = try JSONDocumentTests.demo()
        let klruk = try desk.journal.authenticate(login: "klruk", password: DemoSchool.password)
        for line in ["report summary 5А --period 1", "report forecast 5А"] {
            let output = Self.run(desk, klruk, line, columns: 100, colours: true)
            #expect(output.contains("ФИО") && !output.contains("␛"), "\(line): \(output.prefix(400))")
        }
    }

    @Test("Issue 24: the school report without --period counts the last ended quarter; a lesson that is not there is named as the lesson")
    func schoolReportDefaultsToTheLastEndedPeriod() throws {
        let desk = try JSONDocumentTests.demo()
        let director = try desk.journal.authenticate(login: "director", password: DemoSchool.password)
        let report = Self.run(desk, director, "report school")
        let biology = report.split(separator: "\n").first { $0.hasPrefix("5А") && $0.contains("Биология") }
        #expect(biology.map { !$0.contains(" 0 ") && $0.contains(",") } == true, "\(report.prefix(600))")
        let teacher = try desk.journal.authenticate(login: "teacher", password: DemoSchool.password)
        let missing = Self.run(desk, teacher, "mark add 999999 Борисов 5")
        #expect(missing.contains("Урок: «999999»"), "\(missing)")
    }

    @Test("From the tour: a mark that is no mark is refused as a mark; a pupil is refused the right to mark; usage fits 80 columns")
    func wordsOfTheTour() throws {
        let desk = try JSONDocumentTests.demo()
        let (_, child, lesson, teacher) = try Self.todaysLesson(desk)
        let lessonId = try #require(lesson.id)
        let six = Self.run(desk, teacher, "mark add \(lessonId) \"\(child.person.fullName)\" 6")
        #expect(six.contains("Отметка: «6» не найдена; возможно: 2, 3, 4, 5"), "\(six)")
        let student = try desk.journal.authenticate(login: "student", password: DemoSchool.password)
        let pupil = Self.run(desk, student, "mark add \(lessonId) \"\(child.person.fullName)\" 5")
        #expect(pupil.contains("Нет прав"), "\(pupil)")
        let usage = Self.run(desk, teacher, "report monitoring --class 5А", columns: 80)
        #expect(usage.split(separator: "\n").allSatisfy { TextWidth.of(String($0)) <= 80 }, "\(usage)")
        #expect(usage.contains("Использование: report monitoring"))
    }
}
