import ConsoleTestSupport
import DeskTestSupport
import Foundation
import HelpDesk
import Testing

@testable import Console
@testable import JournalCore

/// Everyday questions typed to the chat (from the tour, issue 23): «какое дз на завтра», «покажи
/// оценки сына» were taken as support tickets. They are the diary's (J-DIARY-1, J-DIARY-2).
@Suite struct DiaryChatTests {
    @Test("J-DIARY-1: a pupil's «какое дз на завтра» and a parent's «покажи оценки сына» show the child's week; nothing is filed")
    func everydayQuestionsShowTheDiary() throws {
        // The demo's clock: Monday 23 November 2026, 10:00 in Moscow.
        let desk = try JSONDocumentTests.demo()
        for (login, sentence) in [
            ("student", "какое дз на завтра"), ("parent", "покажи оценки сына за неделю"), ("student", "what homework do I have"),
        ] {
            let caller = try desk.journal.authenticate(login: login, password: DemoSchool.password)
            let before = try desk.tickets(caller).count
            let screen = DemoJournalTests.run(desk, caller, sentence)
            #expect(screen.contains("Понял: дневник") || screen.contains("Understood"), "\(login): \(screen)")
            #expect(screen.contains("23.11.2026") && screen.contains("Домашнее задание"), "\(login): \(screen)")
            #expect(try desk.tickets(caller).count == before, "\(sentence): no ticket")
        }
        // A fault with the marks is still the desk's: «не видно оценок» is no diary.
        let parent = try desk.journal.authenticate(login: "parent", password: DemoSchool.password)
        #expect(!DemoJournalTests.run(desk, parent, "у сына в дневнике не видно оценок").contains("Домашнее задание"))
    }

    @Test("J-DIARY-1: a teacher asking for a class's marks is shown the class's journal page, asked only the subject")
    func aTeacherIsShownTheJournal() throws {
        let desk = try JSONDocumentTests.demo()
        let teacher = try desk.journal.authenticate(login: "teacher", password: DemoSchool.password)
        let io = ScriptedIO(["История"])
        io.columns = 200
        let session = Session(desk: desk, io: io, language: .ru)
        session.setCaller(teacher)
        _ = session.execute("покажи оценки 5А")
        #expect(io.prompts.contains { $0.hasPrefix("Предмет") }, "\(io.prompts)")
        #expect(io.output.contains("5А") && io.output.contains("История"), "\(io.output) \(io.prompts)")
    }
}
