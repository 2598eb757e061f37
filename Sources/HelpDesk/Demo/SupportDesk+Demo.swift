import Foundation
import JournalCore

/// The help desk's part of the demo: the regional desk linked to the seed schools, seed 001's rollout plan for the Старый Крым school with its
/// first tasks done, and a year of trainings at the demo school with some quarters left unmet.
extension SupportDesk {
    public func loadDemo() throws {
        var quiet = self
        quiet.sendsMail = false
        try quiet.buildDemo()
    }

    private func buildDemo() throws {
        // The seed schools are served by the regional desk as well as by their own staff.
        for administrator in ["abzhelova", "nechaeva", "admin181"] {
            _ = try setService(try demoCaller(administrator), supportOrganization: SeedSchools.regionalDesk.code, serves: true)
        }
        let nechaeva = try demoCaller("nechaeva")
        _ = try importRollout(nechaeva, yaml: Self.seedRolloutPlan)
        try write { store in
            for (number, done) in [
                (1, "2019-08-30"), (2, "2019-08-28"), (3, "2020-08-25"), (4, "2020-08-25"), (6, "2020-02-14"), (12, "2019-11-22"),
            ] {
                try store.execute(
                    "UPDATE rolloutTask SET state = 'done', doneOn = ? WHERE organizationId = ? AND number = ?",
                    [done, nechaeva.organizationId, number])
            }
        }
        let admin = try demoCaller("admin")
        let plans: [(LocalDate, TrainingAudience, GradeBand?, TrainingFormat, String)] = [
            (LocalDate(2026, 9, 10), .teachers, .senior, .training, "Кабинет информатики"),
            (LocalDate(2026, 9, 17), .teachers, .middle, .training, "Кабинет информатики"),
            (LocalDate(2026, 9, 24), .teachers, .primary, .training, "Кабинет информатики"),
            (LocalDate(2026, 9, 18), .guardians, nil, .training, "Актовый зал"),
            (LocalDate(2026, 10, 1), .students, nil, .training, "Кабинет информатики"),
            (LocalDate(2026, 11, 19), .teachers, nil, .seminar, "Актовый зал"),
            (LocalDate(2026, 12, 3), .guardians, nil, .training, "Актовый зал"),
        ]
        for (day, audience, band, format, room) in plans {
            let topics = DefaultTopics.topics(for: audience)
            _ = try planTraining(
                admin,
                TrainingPlan(
                    topic: format == .seminar
                        ? "Построение учебного процесса на основе использования системы «Электронный журнал»"
                        : topics[min(1, topics.count - 1)],
                    audience: audience, gradeBand: band, format: format, date: day,
                    start: ClockTime(15, 0), end: ClockTime(16, 30), room: room, trainer: admin.fullName,
                    capacity: 30))
        }
    }

    private func demoCaller(_ login: String) throws -> Caller {
        guard let account = try read({ store in try Directory.account(store, login: login) }) else {
            throw JournalError.invalid(.login, .unknown(login))
        }
        return try journal.caller(accountId: account.savedId)
    }
}
