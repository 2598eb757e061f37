import ConsoleTestSupport
import HelpDesk
import Testing

@testable import Console
@testable import JournalCore

/// The conversation behind a command: missing fields asked, bad answers asked again, cancel writes nothing.
@Suite struct DialogTests {
    @Test func aMissingFieldIsAskedOneQuestionAtATime() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session(["Зуев Захар Ильич", "12.03.2015", "м", "да"])

        let outcome = session.execute("student new --class 5А")

        #expect(outcome == .done)
        #expect(io.prompts == ["ФИО: ", "Дата рождения (ДД.ММ.ГГГГ): ", "Пол (м/ж): ", "Записать? [да/нет] "])
        #expect(io.output.contains("Записано."))
        #expect(try fixture.studentNames() == ["Зуев Захар Ильич", "Орлов Олег Олегович"])
    }

    @Test func aBadAnswerIsAskedAgainWithTheReason() throws {
        let fixture = try ConsoleFixture()
        // The core's rule is checked before «Записать?» (issue 23): the date is asked again first.
        let (session, io) = try fixture.session(["31.02.2015", "01.01.2030", "12.03.2015", "да"])

        let outcome = session.execute("student new --class 5А --name \"Зуев Захар\" --sex ж")

        #expect(outcome == .done)
        // 31 February does not exist: refused while asking; 2030 is refused by the core's rule.
        #expect(io.output.contains("Дата рождения: такого дня нет в календаре: 31.02.2015."), "\(io.output)")
        #expect(io.output.contains("Дата рождения: дата ещё не наступила."))
        #expect(io.prompts.filter { $0.hasPrefix("Дата рождения") }.count == 3)
        #expect(try fixture.studentNames().contains("Зуев Захар"))
    }

    @Test func aRuleRefusalNamesTheFieldAndWritesNothing() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)

        let outcome = session.execute("student new --class 5А --name \"Зуев Захар\" --birth 01.01.2030 --sex м")

        #expect(outcome == .refused)
        #expect(io.output == "Дата рождения: дата ещё не наступила.\n")
        #expect(try fixture.studentNames() == ["Орлов Олег Олегович"])
    }

    @Test func cancelLeavesAndWritesNothing() throws {
        let fixture = try ConsoleFixture()
        for answer in ["отмена", "cancel"] {
            let (session, io) = try fixture.session(["Зуев Захар", answer])
            #expect(session.execute("ученик создать --класс 5А") == .refused)
            #expect(io.output.contains("Отменено, ничего не записано."))
        }
        let (session, _) = try fixture.session([])
        let io = ScriptedIO(events: [.line("Зуев Захар"), .interrupt])
        let interrupted = try ConsoleFixture.session(fixture.journal, io: io, language: .ru)
        interrupted.setCaller(fixture.admin)
        #expect(interrupted.execute("student new --class 5А") == .refused)
        _ = session
        #expect(try fixture.studentNames() == ["Орлов Олег Олегович"])
    }

    @Test("«нет» typed where a name is asked (after «уже есть», say) backs out: it is never taken as the subject's name")
    func noWhereANameIsAskedBacksOut() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session(["нет", "да"])
        #expect(session.execute("subject new") == .refused)
        #expect(io.output.contains("Отменено, ничего не записано."), "\(io.output)")
        #expect(try !fixture.journal.subjects(fixture.admin).contains { $0.name == "нет" })
    }

    @Test func answeringNoToTheSummaryWritesNothing() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session(["может быть", "нет"])

        let outcome = session.execute("student new 5А \"Зуев Захар\" 12.03.2015 м")

        #expect(outcome == .refused)
        #expect(io.output.contains("ФИО:           Зуев Захар"))
        #expect(io.output.contains("Ответьте «да» или «нет»."))
        #expect(try fixture.studentNames() == ["Орлов Олег Олегович"])
    }

    @Test func scriptsGetAUsageErrorForAMissingField() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false, language: .en)

        #expect(session.execute("student new --class 5А --name \"Зуев Захар\"") == .usage)
        #expect(io.output == "Missing field “Date of birth” (--birth).\n")
        #expect(session.execute("student new --klass 5А") == .usage)
        // A bad option gets the command's usage (issue 23), never a guess at words.
        #expect(
            io.output.hasSuffix("Unknown option “--klass”.\nUsage: student new --class … --name … --birth … --sex … [--date …]\n"),
            "\(io.output)")
        #expect(session.execute("student list --class 5А") == .done)
        #expect(io.output.contains("Орлов Олег Олегович"))
    }

    @Test func writesAreConfirmedUnlessToldYes() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([])
        #expect(session.execute("subject new Астрономия --yes") == .done)
        #expect(io.prompts.isEmpty)
        #expect(try fixture.journal.subjects(fixture.admin).map(\.name) == ["Астрономия"])
    }

    @Test func nothingButLoginWorksLoggedOut() throws {
        let fixture = try ConsoleFixture()
        let io = ScriptedIO([], interactive: false)
        let session = try ConsoleFixture.session(fixture.journal, io: io, language: .ru)
        #expect(session.execute("class list") == .refused)
        #expect(io.output == "Сначала войдите: команда «login».\n")
    }
}

@Suite struct LoginDialogTests {
    @Test func aTemporaryPasswordIsChangedAtLoginOrLaterButBeforeAnythingElse() throws {
        let fixture = try ConsoleFixture()
        let teacher = try fixture.journal.createStaff(
            fixture.admin, fullName: "Жуков Пётр Ильич", roles: [.subjectTeacher], email: nil, phone: nil)
        let issued = try fixture.journal.issueCredentials(fixture.admin, account: teacher.login!)
        let io = ScriptedIO([
            issued.temporaryPassword, "отмена",
            issued.temporaryPassword, "short", "new-password-1", "new-password-1",
        ])
        let session = try ConsoleFixture.session(fixture.journal, io: io, language: .ru)

        #expect(session.execute("login \(teacher.login!)") == .refused)  // the change was cancelled
        #expect(session.execute("class list") == .refused)
        #expect(io.output.contains("Сначала смените временный пароль: команда «password»."))
        #expect(session.execute("password") == .done)
        #expect(io.output.contains("Новый пароль: слишком коротко (не меньше 8 знаков)."))
        // A refused password is said at once, not after it was typed twice; the current one is asked as such.
        #expect(io.prompts.filter { $0.hasPrefix("Повторите") }.count == 1, "\(io.prompts)")
        #expect(io.prompts.contains("Текущий пароль: "), "\(io.prompts)")
        #expect(io.output.contains("Пароль изменён."))
        #expect(session.execute("class list") == .done)
        #expect(!io.output.contains(issued.temporaryPassword) && !io.output.contains("new-password-1"))
    }
}
