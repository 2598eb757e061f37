import Foundation
import HelpDesk
import Testing

@testable import Console
@testable import JournalCore

/// The help desk's calendar side in the console: booking by conversation, refusals with the
/// nearest free times, reminders at login, trainings and the rollout plan (H-BOOK-1, H-TT-2,
/// H-TRAIN-1, H-PLAN-1). The clock: Thursday 1 October 2026; Полий Т.А. of МБОУ Глазовская СОШ
/// consults on the course plan on Tuesdays and Wednesdays from 14:00.
@Suite struct DeskCommandTests {
    @Test func aTeacherAsksInPlainWordsChoosesTheNextFreeTimeAndIsBooked() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session(["1", "да"])
        #expect(session.execute("запишите меня на консультацию по КТП") == .done)
        #expect(io.output.contains("Понял: записаться на консультацию"))
        #expect(io.output.contains("1        вт 06.10.2026 14:00  Полий Т.А."))
        #expect(io.prompts.contains { $0.hasPrefix("Вариант") })
        #expect(io.output.contains("Вы записаны на консультацию: Полий Т.А., вт 06.10.2026 14:00."))
        let (list, listIO) = try fixture.session([], interactive: false)
        #expect(list.execute("консультации мои") == .done)
        #expect(listIO.output.contains("вт 06.10.2026 14:00  Полий Т.А.  методическая помощь  КТП"))
    }

    @Test func aRefusedBookingSaysWhyAndOffersTheNearestFreeTimesInEitherLanguage() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("booking new КТП --date 06.10.2026 --time 14:05") == .refused)
        #expect(io.output.contains("Записаться нельзя: консультации начинаются каждые 15 мин с 14:00."))
        #expect(io.output.contains("Ближайшее свободное время:") && io.output.contains("вт 06.10.2026 14:00"))
        let (english, englishIO) = try fixture.session([], interactive: false, language: .en)
        #expect(english.execute("booking new КТП --date 2026-10-06 --time 14:00") == .done)
        #expect(englishIO.output.contains("You are booked for a consultation: Полий Т.А., Tue 06.10.2026 14:00."))
        #expect(english.execute("booking new КТП --date 2026-10-06 --time 14:00") == .refused)
        #expect(englishIO.output.contains("Cannot book: you already have a consultation then (Полий Т.А., Tue 06.10.2026 14:00)."))
        #expect(englishIO.output.contains("The nearest free times:") && englishIO.output.contains("Tue 06.10.2026 14:15"))
    }

    @Test func upcomingConsultationsAreShownAtLogin() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("booking new \"импорт КТП\" --date 06.10.2026 --time 14:30") == .done)
        session.setCaller(nil)
        session.environmentPassword = "correct-horse"
        #expect(session.execute("login usenko") == .done)
        #expect(io.output.contains("Ваши консультации на неделе:"))
        #expect(io.output.contains("вт 06.10.2026 14:30  Полий Т.А.  методическая помощь  импорт КТП"))
    }

    @Test func aSentenceThatBeginsWithACommandWordStillFindsItsIntent() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("кто поможет с регистрацией родителей") == .done)
        let rows = io.output.split(separator: "\n").filter { $0.contains("помощь") }
        #expect(rows.first?.hasPrefix("Одрин Т.А.") == true)
    }

    @Test func theQuarterlyCheckAndTheRolloutPlanInTheConsole() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("training check") == .refused)
        #expect(io.output.contains("Период: не указано."))
        for (number, start, end) in [
            (1, "01.09.2026", "24.10.2026"), (2, "05.11.2026", "27.12.2026"), (3, "12.01.2027", "20.03.2027"),
            (4, "30.03.2027", "26.05.2027"),
        ] {
            #expect(session.execute("period set \(number) \(start) \(end)") == .done)
        }
        #expect(session.execute("training new учителя 10.09.2026 15:00 16:30 \"Усенко В.В.\" 20 --grades 10-11") == .done)
        #expect(session.execute("training check") == .done)
        #expect(io.output.contains("не выполнено для 11 сочетаний"))
        #expect(io.output.contains("1         01.09.2026  04.11.2026  педагоги     1"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rollout-\(UUID().uuidString).yaml")
        try "tasks:\n  - title: Выдача логинов и паролей\n    responsible: [Классные руководители]\n".write(
            to: file, atomically: true, encoding: .utf8)
        #expect(session.execute("rollout import \(file.path)") == .refused)
        #expect(io.output.contains("строка 2, поле «deadline»: не указано"))
        try "tasks:\n  - title: Выдача логинов и паролей\n    deadline: До 01 сентября 2026\n    responsible: [Классные руководители]\n"
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(session.execute("внедрение загрузить \(file.path)") == .done)
        #expect(session.execute("rollout overdue") == .done)
        #expect(io.output.contains("До 01 сентября 2026  Классные руководители  запланировано — просрочено"))
    }
}
