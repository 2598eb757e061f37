import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The rollout plan (H-PLAN-1): seed 001's «График внедрения» as data, states, and what is overdue.
@Suite struct RolloutTests {
    @Test func theSeedPlanLoadsAsWrittenWithTheDaysItsDeadlinesName() throws {
        let school = try DeskFixture("starokrym", zone: "Europe/Simferopol")
        let result = try school.desk.importRollout(school.admin, yaml: SupportDesk.seedRolloutPlan)
        #expect(result.added == 17 && result.updated == 0)
        let tasks = try school.desk.rollout(school.admin)
        #expect(tasks.count == 17)
        #expect(tasks[0].title == "Создание банка электронных портфолио вновь прибывших педагогов и учащихся")
        #expect(tasks[0].responsible == "Нечаева О.О., Падина И.В..")
        #expect(tasks[2].title.hasPrefix("Издание приказов\n- о введении электронного журнала;"))
        let deadlines = tasks.map { $0.deadline?.description ?? "—" }
        #expect(
            deadlines == [
                "2019-09-01", "2019-09-01", "2020-09-01", "2020-09-01", "2020-09-01", "2020-02-14", "—", "2020-09-01",
                "2020-09-01", "2020-09-01", "2020-09-20", "2019-11-22", "—", "—", "—", "—", "2019-12-31",
            ])
        #expect(tasks[6].deadlineText == "В течение года" && tasks[12].deadlineText == "_________ 2019")
        // Loading the file again changes nothing and keeps the states.
        _ = try school.desk.setRolloutState(school.admin, number: 1, state: .done, note: nil)
        #expect(try school.desk.importRollout(school.admin, yaml: SupportDesk.seedRolloutPlan) == (0, 0))
        #expect(try school.desk.rollout(school.admin)[0].state == .done)
    }

    @Test func theOverdueListHasOpenTasksPastTheirDeadline() throws {
        let school = try DeskFixture("starokrym", zone: "Europe/Simferopol")
        _ = try school.desk.importRollout(school.admin, yaml: SupportDesk.seedRolloutPlan)
        #expect(try school.desk.overdueRollout(school.admin).map(\.number) == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 17])
        let done = try school.desk.setRolloutState(school.admin, number: 6, state: .done, note: "Протокол № 1")
        #expect(done.doneOn == school.date("23.11.2026") && done.note == "Протокол № 1")
        _ = try school.desk.setRolloutState(school.admin, number: 1, state: .cancelled, note: nil)
        _ = try school.desk.setRolloutState(school.admin, number: 2, state: .inProgress, note: nil)
        let added = try school.desk.addRolloutTask(
            school.admin, title: "Обучение родителей 5 классов", deadline: "До 15 декабря 2026",
            responsible: "Классные руководители")
        #expect(added.number == 18 && added.deadline == school.date("15.12.2026"))
        #expect(try school.desk.overdueRollout(school.admin).map(\.number) == [2, 3, 4, 5, 8, 9, 10, 11, 12, 17])
        #expect(try school.at("2026-12-16T09:00:00").overdueRollout(school.admin).map(\.number).last == 18)
        #expect(throws: DeskError.rolloutTaskNotFound(40)) {
            try school.desk.setRolloutState(school.admin, number: 40, state: .done, note: nil)
        }
    }

    @Test func aPlanFileWithAnIncompleteTaskIsRefusedWhole() throws {
        let school = try DeskFixture("starokrym", zone: "Europe/Simferopol")
        let text = """
            tasks:
              - title: Выдача логинов и паролей
                deadline: По периодам
                responsible: [Классные руководители]
              - title: Обучение родителей
                responsible: [Классные руководители]
            """
        #expect(throws: DeskError.rolloutFileRefused([RolloutProblem(line: 5, field: "deadline", text: "")])) {
            try school.desk.importRollout(school.admin, yaml: text)
        }
        #expect(try school.desk.rollout(school.admin).isEmpty)
        #expect(throws: JournalError.invalid(.organization, .otherOrganization)) {
            try school.desk.importRollout(
                school.admin, yaml: "organization: glshkola\ntasks:\n  - {title: А, deadline: Б, responsible: В}\n")
        }
        let teacher = try school.staff("Белова Анна Сергеевна", [.subjectTeacher])
        #expect(throws: DeskError.forbidden(.manageRollout)) { try school.desk.importRollout(teacher, yaml: SupportDesk.seedRolloutPlan) }
        #expect(try school.desk.rollout(teacher).isEmpty)
    }
}
