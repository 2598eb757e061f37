import ConsoleTestSupport
import DeskTestSupport
import Foundation
import HelpDesk
import Testing

@testable import Console
@testable import JournalCore

/// What the second tour at a real terminal found (issue 23), on the full demo school.
@Suite struct SecondTourTests {
    func caller(_ desk: SupportDesk, _ login: String) throws -> Caller {
        try desk.journal.authenticate(login: login, password: DemoSchool.password)
    }

    @Test("J-DIARY-1: a pupil and a parent see their own class's timetable, as help promises, and no other class's")
    func familiesSeeTheirClassTimetable() throws {
        let desk = try JSONDocumentTests.demo()
        for login in ["student", "parent"] {
            let screen = DemoJournalTests.run(desk, try caller(desk, login), "timetable list")
            #expect(screen.contains("5А") && screen.contains("Русский язык") && !screen.contains("Нет прав"), "\(login): \(screen)")
            #expect(!screen.contains(" 11А "), "\(login): only the child's class")
            #expect(DemoJournalTests.run(desk, try caller(desk, login), "timetable list 11А").contains("Нет прав"))
        }
    }

    @Test("A day without lessons is named by lesson list, not «Ничего не найдено»; «отмена» at the prompt says there is nothing to cancel")
    func aSundayAndACancelWithNothingToCancel() throws {
        let sunday = try DemoDesk.make(at: try #require(ISO8601DateFormatter().date(from: "2026-11-29T07:00:00Z")))
        let teacher = try caller(sunday, "teacher")
        #expect(DemoJournalTests.run(sunday, teacher, "lesson list").contains("Уроков у вас нет: вс 29.11.2026."))
        #expect(DemoJournalTests.run(sunday, teacher, "lesson list", .en).contains("No lessons of yours on Sun 29.11.2026."))
        #expect(DemoJournalTests.run(sunday, teacher, "отмена").contains("Отменять нечего"))
    }

    @Test(
        "J-REP-4, J-ATT-1, J-PD-1: a second risk removal says the pupil is not in the group; a bad reason names the codes; consent columns say what they hold"
    )
    func refusalsSayWhatIsMeant() throws {
        let desk = try JSONDocumentTests.demo()
        let classTeacher = try caller(desk, "klruk")
        let year = try desk.journal.year(classTeacher, named: nil)
        let fiveA = try desk.journal.findClass(classTeacher, named: "5А", yearId: year.id!)
        let name = try #require(try desk.journal.students(classTeacher, classId: fiveA.id!).first?.person.fullName)
        _ = DemoJournalTests.run(desk, classTeacher, "risk add \"\(name)\" --reason \"пропуски без причины\"")
        #expect(DemoJournalTests.run(desk, classTeacher, "risk remove \"\(name)\"").contains("с группы риска"))
        #expect(DemoJournalTests.run(desk, classTeacher, "risk remove \"\(name)\"").contains("не в группе риска"))
        let week = DemoJournalTests.run(desk, classTeacher, "attendance week --class 5А --date 20.11.2026 --reasons \"1 болел\"")
        #expect(week.contains("«болел» не найдена; возможно: уп (уважительная), нп (неуважительная)"), "\(week)")
        let consents = DemoJournalTests.run(desk, try caller(desk, "zavuch"), "class consent list 5А")
        #expect(consents.contains("Согласие на ПД") && consents.contains("Доступ к ЭД") && !consents.contains("Присутствие"), "\(consents)")
    }

    @Test("A date without its year, where a date is asked, is the nearest such day: «20.11» on 23 November is this year's")
    func aDateWithoutAYearIsTheNearest() throws {
        let desk = try JSONDocumentTests.demo()
        let teacher = try caller(desk, "teacher")
        let written = DemoJournalTests.run(desk, teacher, "lesson list --date 20.11.2026")
        #expect(written.contains("Урок") && !written.contains("Уроков у вас нет"), "\(written)")
        #expect(DemoJournalTests.run(desk, teacher, "lesson list --date 20.11") == written)
        #expect(DemoJournalTests.run(desk, teacher, "lesson list --date \"20 ноября\"") == written)
    }
}
