import Testing

@testable import Console
@testable import HelpDesk
@testable import JournalCore

/// Both languages of a handful of sentences, word for word: whatever holds the wording, these
/// must come out the same.
@Suite struct WordingTests {
    private func both(_ message: Message) -> [String] { [Texts(.ru)(message), Texts(.en)(message)] }

    @Test func plainSentencesKeepTheirWords() {
        #expect(both(.saved) == ["Записано.", "Saved."])
        #expect(
            both(.fileExists(path: "/tmp/a.csv")) == [
                "Файл /tmp/a.csv уже есть: выберите другое имя, чужой файл не перезаписывается.",
                "/tmp/a.csv exists already: choose another name; no file is written over.",
            ])
        #expect(both(.progress(.backup)) == ["Копия", "Backup"])
    }

    @Test func russianGrammarStaysInTheRussianSide() {
        #expect(
            both(.auditIntact(entries: 3)) == [
                "Журнал изменений цел: 3 записи, цепочка хешей сходится.",
                "The audit log is intact: 3 entries, the hash chain holds.",
            ])
        #expect(
            both(.invalidValue(.account, .unknown("ivanov"))) == [
                "Учётная запись: «ivanov» не найдена.",
                "Account: “ivanov” not found.",
            ])
        #expect(
            both(.invalidValue(.login, .tooLong(max: 8))) == [
                "Логин: слишком длинно (не больше 8 знаков).",
                "Login: too long (at most 8 characters).",
            ])
    }

    @Test func nestedWordingsKeepTheirLanguage() {
        #expect(
            both(.deskError(.badTransition(from: .new, to: .closed))) == [
                "Заявку нельзя перевести из состояния «новая» в «закрыта».",
                "A ticket cannot go from “new” to “closed”.",
            ])
        #expect(
            both(.ticket(.lostCredentialsFor(.director, className: nil))) == [
                "Понял: вы — директор. Реквизиты сотрудникам восстанавливает администратор журнала, проверив личность. "
                    + "Кто дежурит: schedule now --org КОД.",
                "Understood: you are a director. Staff credentials are restored by the journal administrator after checking who you are. "
                    + "Who is on duty: schedule now --org CODE.",
            ])
    }

    @Test func wordsOfClosedSetsAndNumbers() {
        let ru = Texts(.ru)
        let en = Texts(.en)
        #expect([ru.minutes(90), en.minutes(90), ru.minutes(45), en.minutes(120)] == ["1 ч 30 мин", "1 h 30 min", "45 мин", "2 h"])
        #expect([ru.ticketNumber(12), en.ticketNumber(12)] == ["№ 12", "12"])
        #expect([ru.yesNo(true), en.yesNo(false)] == ["да", "no"])
        #expect([ru.sex(.female), en.sex(.male), ru.sex(nil)] == ["женский", "male", ""])
        #expect([ru.role(.guardian), en.role(.guardian)] == ["родитель (законный представитель)", "guardian"])
        #expect([ru.databaseFile, en.databaseFile] == ["файл базы", "the database file"])
    }

    @Test func wordsOutsideSentencesKeepTheirLetters() {
        let ru = Texts(.ru)
        let en = Texts(.en)
        let kinds: [FieldKind] = [.date, .sex, .staffRoles, .schoolClass, .time, .moment]
        #expect(kinds.map { $0.hint(texts: ru) } == ["ДД.ММ.ГГГГ", "м/ж", "через запятую", "например, 5А", "ЧЧ:ММ", "ДД.ММ.ГГГГ ЧЧ:ММ"])
        #expect(kinds.map { $0.hint(texts: en) } == ["YYYY-MM-DD", "m/f", "comma-separated", "e.g. 5А", "HH:MM", "YYYY-MM-DD HH:MM"])
        #expect([ru.word(.absentLetter), ru.word(.lateLetter), en.word(.absentLetter), en.word(.lateLetter)] == ["н", "о", "a", "l"])
        #expect([ru.word(.year), en.word(.year)] == ["год", "year"])
        #expect((0...8).map { Commands.weekdayName($0, .ru) } == ["пн", "пн", "вт", "ср", "чт", "пт", "сб", "вс", "вс"])
        #expect((1...7).map { Commands.weekdayName($0, .en) } == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    }
}
