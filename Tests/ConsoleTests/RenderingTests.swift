import Foundation
import Testing

@testable import Console
@testable import JournalCore

@Suite struct RenderingTests {
    @Test func tablesAlignByDisplayWidthWithCyrillic() {
        let text = Renderer(texts: Texts(.ru)).table(["Класс", "ФИО"], [["5А", "Ёлкина Юлия"], ["11Б", "Ли Вэй 李伟"]])
        let lines = text.split(separator: "\n").map(String.init)
        // The second column starts at the same screen column on every line.
        let starts = lines.map { line -> Int in
            let prefix = line.prefix(while: { !$0.isWhitespace && $0 != "─" })
            let rest = line.dropFirst(prefix.count).prefix(while: { $0 == " " })
            return TextWidth.of(String(prefix)) + rest.count
        }
        #expect(Set(starts.filter { $0 > 0 }).count == 1)
        #expect(TextWidth.of("李伟") == 4)
        #expect(TextWidth.of("Ёлкина") == 6)
    }

    @Test func jsonPrintsOneDocumentPerResult() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        session.json = true
        #expect(session.execute("student list --class 5А") == .done)
        #expect(session.execute("student list --class 9Я") == .refused)
        let documents = io.output.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(documents.count == 2)
        let rows = documents[0]?["result"] as? [[String: Any]]
        #expect(rows?.first?["fullName"] as? String == "Орлов Олег Олегович")
        // Machine values, not the Russian words: numbers, ISO dates and English enum names.
        #expect(rows?.first?["number"] as? Int == 1)
        #expect(rows?.first?["birthDate"] as? String == "2015-05-05")
        #expect(rows?.first?["sex"] as? String == "male")
        #expect(documents[1]?["ok"] as? Bool == false)
        #expect(documents[1]?["field"] as? String == "schoolClass")
    }

    @Test func jsonKeepsTheRecordThatCameWithAMessage() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        session.json = true
        #expect(session.execute("student new 5А \"Зуев Захар\" 2015-03-12 m") == .done)
        let document = try JSONSerialization.jsonObject(with: Data(io.output.utf8)) as? [String: Any]
        #expect((document?["messages"] as? [String]) == ["Записано."])
        #expect((document?["result"] as? [String: Any])?["login"] as? String == "zuev.z")
    }

    @Test func quotesKeepValuesWithSpacesTogether() throws {
        #expect(
            try Tokenizer.split("student new --name \"Иванов Иван\" --class «5 А» 'x y'") == [
                "student", "new", "--name", "Иванов Иван", "--class", "5 А", "x y",
            ])
        #expect(throws: Tokenizer.UnclosedQuote.self) { try Tokenizer.split("student new --name \"Иванов") }
    }
}

@Suite struct LanguageTests {
    @Test func everyCommandHasHelpInBothLanguages() throws {
        let fixture = try ConsoleFixture()
        for language in Language.allCases {
            let (session, io) = try fixture.session([], interactive: false, language: language)
            #expect(session.execute("help") == .done)
            for command in CommandTable.all {
                #expect(session.execute("help \(command.name)") == .done, "help \(command.name)")
                #expect(io.output.contains(Texts(language)(.summary(command.id))))
            }
        }
    }

    @Test func helpWithANounListsItsCommands() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("help ученик") == .done)
        #expect(io.output.contains("student transfer (ученик перевести)") && io.output.contains("student new (ученик создать)"))
        #expect(session.execute("help нечто") == .refused)
    }

    @Test func russianWordsCallTheSameCommands() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("ученик список --класс 5а") == .done)
        #expect(io.output.contains("Орлов Олег Олегович"))
        #expect(session.execute("класс список") == .done)
    }

    @Test func englishIsChosenByLang() {
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(Language.fromEnvironment([:]) == .ru)
    }

    @Test func refusalsAreWordedInTheUsersLanguage() throws {
        let fixture = try ConsoleFixture()
        let (english, englishIO) = try fixture.session([], interactive: false, language: .en)
        english.execute("class new --grade 12 --letter А")
        #expect(englishIO.output == "Grade: must be from 1 to 11.\n")
        let (russian, russianIO) = try fixture.session([], interactive: false, language: .ru)
        russian.execute("class new --grade 12 --letter А")
        #expect(russianIO.output == "Параллель: должно быть от 1 до 11.\n")
    }
}

@Suite struct HistoryTests {
    @Test("H-CRED-1: Neither a password nor a reset's identity details reach the history file")
    func secretsNeverReachTheHistory() throws {
        let fixture = try ConsoleFixture()
        let (session, _) = try fixture.session([], interactive: false)
        #expect(session.mayRemember("class list"))
        #expect(!session.mayRemember("login admin"))
        #expect(!session.mayRemember("credential reset glshkola orlova.mp 1000777 родитель лично \"паспорт 94 12 345678\""))
        // A password typed at the prompt is no command, and is not kept either.
        #expect(!session.mayRemember("Secret-Pass-9137"))
    }

    @Test func aMistypedLineStaysForTheSessionButNotInTheHistoryFile() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session(["clas list", "class list", "credential reset glshkola x 1 родитель лично паспорт"])
        _ = REPL(session: session).run()
        #expect(io.remembered == ["class list"])
        #expect(io.rememberedForSession == ["clas list"])
    }
}

@Suite struct FieldLabelTests {
    @Test("Every command's fields have distinct labels and flags in both languages")
    func everyCommandsFieldsAreTellApart() {
        for language in Language.allCases {
            let texts = Texts(language)
            for command in CommandTable.all {
                let labels = command.fields.map { texts.label($0.label) }
                #expect(Set(labels).count == labels.count, "\(command.name): \(labels)")
                let flags = command.fields.flatMap { [$0.key, $0.ruKey] }
                #expect(Set(flags).count == flags.count, "\(command.name): \(flags)")
            }
        }
    }
}

@Suite struct WidthTests {
    @Test("A table wider than the screen wraps its widest column and keeps every line within the width")
    func aWideTableWrapsItsWidestColumn() {
        let renderer = Renderer(texts: Texts(.ru), width: 40)
        let text = renderer.table(
            ["№", "Тема", "Класс"], [["1", "Сложение и вычитание обыкновенных дробей с разными знаменателями", "5А"]])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 40 }, "\(lines)")
        #expect(lines.count > 3)
        #expect(text.contains("5А"))
    }

    /// Whether every word of every cell stands whole on one line of `text`.
    static func wordsWhole(_ cells: [[String]], in text: String) -> Bool {
        let lines = text.split(separator: "\n").map(String.init)
        return cells.joined().flatMap { $0.split(separator: " ").map(String.init) }.allSatisfy { word in
            lines.contains { $0.contains(word) }
        }
    }

    @Test("Issue 23: a column shrinks only to its longest word: no word, date or name is cut")
    func noWordIsCut() {
        let rows = [
            ["1", "03.12.2026", "Сложение и вычитание обыкновенных дробей с разными знаменателями", "Константинопольский Александр"]
        ]
        for width in [60, 72, 80] {
            let text = Renderer(texts: Texts(.ru), width: width).table(["№", "Дата", "Тема", "Ученик"], rows)
            #expect(text.split(separator: "\n").allSatisfy { TextWidth.of(String($0)) <= width }, "\(text)")
            #expect(Self.wordsWhole(rows, in: text), "\(text)")
        }
    }

    @Test("Issue 23: pupils × subjects on a narrow screen: the subjects in runs beside the names, each mark under its subject")
    func aGridGoesInRunsBesideTheNames() {
        let subjects = ["Биология", "География", "Изобразительное искусство", "Иностранный язык (английский)", "История", "Литература"]
        let rows = (1...3).map { pupil in ["Ученикова Анна \(pupil)"] + subjects.indices.map { "\(3 + ($0 + pupil) % 3) (4,00)" } }
        let text = Renderer(texts: Texts(.ru), width: 80).grid(["ФИО"] + subjects, rows)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 }, "\(text)")
        #expect(lines.filter { $0.hasPrefix("ФИО") }.count > 1, "runs, each headed by the names' column: \(text)")
        // Under each subject's heading, in its run, stand the marks of that subject.
        for run in text.components(separatedBy: "\nФИО").map({ $0.hasPrefix("ФИО") ? $0 : "ФИО" + $0 }) {
            let runLines = run.split(separator: "\n").map(String.init)
            guard let head = runLines.first else { continue }
            for subject in subjects where head.contains(subject) {
                let column = head.distance(from: head.startIndex, to: head.range(of: subject)!.lowerBound)
                for line in runLines where line.hasPrefix("Ученикова") {
                    #expect(line.dropFirst(column).first?.isNumber == true, "«\(subject)» in «\(line)»")
                }
            }
        }
    }

    @Test("Issue 23: a table too wide for the screen becomes one record per row (psql's \\x), every column kept")
    func aTableTooWideIsExpanded() {
        let header = ["Номер", "Организация", "Состояние", "Приоритет", "Специалист", "Поступила", "Срок ответа", "Тема"]
        let rows = [
            [
                "12", "glshkola", "в работе", "обычный", "Абжелова Анастасия Дмитриевна", "пн 30.11.2026 14:00", "вт 01.12.2026 14:00",
                "Не видно оценок",
            ],
            [
                "13", "starokrym", "новая", "высокий", "Усенко Виктор Викторович", "вт 01.12.2026 09:10", "ср 02.12.2026 09:10",
                "Не открывается журнал",
            ],
        ]
        let text = Renderer(texts: Texts(.ru), width: 60).table(header, rows)
        #expect(text.split(separator: "\n").allSatisfy { TextWidth.of(String($0)) <= 60 }, "\(text)")
        #expect(text.contains("─[ 1 ]") && text.contains("─[ 2 ]"), "\(text)")
        #expect(text.contains("Специалист:") && text.contains("Усенко Виктор Викторович"), "\(text)")
        #expect(Self.wordsWhole(rows, in: text), "\(text)")
    }

    @Test("Without a width nothing is wrapped, and no colour is drawn unless asked")
    func withoutAWidthNothingWraps() {
        let long = String(repeating: "слово ", count: 30)
        let text = Renderer(texts: Texts(.ru)).render(.text(long))
        #expect(text.split(separator: "\n").count == 1)
        #expect(!text.contains("\u{1B}"))
        let coloured = Renderer(texts: Texts(.ru), colour: true).table(["Класс"], [["5А"]])
        #expect(coloured.hasPrefix("\u{1B}[1mКласс\u{1B}[0m"))
    }

    @Test("The journal page splits its dates into runs that fit beside the names")
    func theJournalPageSplitsItsDates() {
        let pages = JournalPageRenderer.pages(Array(repeating: 5, count: 20), room: 40)
        #expect(pages.count == 4)
        #expect(pages.flatMap { $0 } == Array(0..<20))
        #expect(JournalPageRenderer.pages([5, 5], room: nil) == [[0, 1]])
    }
}

@Suite struct AuditWordsTests {
    @Test("audit show words actions, details and times for a deputy: no codes, no UTC")
    func auditDetailsAreWorded() throws {
        let words = AuditWords(texts: Texts(.ru), zone: try #require(TimeZone(identifier: "Europe/Samara")))
        #expect(
            words.detail(#"{"value":"4","work":"test","late":"yes"}"#) == "отметка: 4, вид работы: контрольная работа, поздняя запись: да")
        #expect(words.detail(#"{"status":"absent"}"#) == "присутствие: отсутствует")
        #expect(Texts(.ru).words(words.time(1_790_000_000_000)) == "пн 21.09.2026 18:13")
        #expect(CellJSON.value(words.time(1_790_000_000_000)) as? String == "2026-09-21T18:13:20+04:00")
        #expect(Texts(.ru).auditAction(.markCorrected) == "отметка исправлена")
        #expect(Texts(.en).auditAction(.markCorrected) == "mark corrected")
    }

    @Test("A confirmation shows the choice's word and the moment in the school's zone")
    func confirmationsShowWordsAndLocalTimes() throws {
        let day = try JournalCommandTests.Day()
        let (session, _) = try day.session()
        #expect(FieldKind.choice(.attendance).show(.choice("absent"), session: session) == "отсутствует")
        let shown = FieldKind.moment.show(.instant(Date(timeIntervalSince1970: 1_790_000_000)), session: session)
        #expect(!shown.contains("T") && !shown.contains("Z") && shown.contains("21.09.2026"))
    }
}

@Suite struct ProgressBarTests {
    @Test("The progress bar shows the title, the filled part and the percentage")
    func theBarsLine() {
        #expect(ProgressBar.line("Копия", percent: 50, width: 10) == "Копия █████░░░░░ 50%")
        #expect(ProgressBar.line("Копия", percent: 100, width: 4) == "Копия ████ 100%")
    }

    @Test("From the tour: a person who quits after a refused line ends with 0; a script keeps the worst of its lines")
    func quittingAfterARefusalEndsWell() throws {
        let fixture = try ConsoleFixture()
        let (person, _) = try fixture.session(["class show 5Я", "quit"])
        #expect(REPL(session: person).run() == .done)
        let (script, _) = try fixture.session(["class show 5Я", "quit"], interactive: false)
        #expect(REPL(session: script).run() != .done)
    }
}
