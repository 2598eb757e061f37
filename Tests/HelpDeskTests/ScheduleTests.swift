import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The shipped support timetables (H-TT-1) and the questions they answer (H-TT-2).
@Suite struct ScheduleTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schedules")

    func timetable(_ code: String) throws -> SupportTimetable {
        try #require(try ScheduleLoader.loadFolder(Self.folder)[code])
    }

    func moscowTime(_ text: String, _ zone: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: zone)
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        return formatter.date(from: text)!
    }

    @Test func theThreeSeedTimetablesLoadAsWritten() throws {
        let all = try ScheduleLoader.loadFolder(Self.folder)
        #expect(Set(all.keys) == ["glshkola", "starokrym", "school181", "demo"])
        let glazov = try timetable("glshkola")
        #expect(glazov.organizationName == "МБОУ Глазовская СОШ" && glazov.timeZone.identifier == "Europe/Samara")
        #expect(glazov.slots.map(\.responsible) == ["Абжелова А.Д", "Полий Т.А.", "Одрин Т.А."])
        #expect(glazov.slots.map(\.weekdays) == [[1, 5], [2, 3], [3]])
        let krym = try timetable("starokrym")
        #expect(krym.slots.count == 8)
        #expect(
            krym.slots.last?.weekdays == [6] && krym.slots.last?.start.description == "08:00" && krym.slots.last?.end.description == "10:00"
        )
        #expect(krym.slots.filter { $0.kind == .methodological }.allSatisfy { $0.responsible == "Нечаева О.О." })
        let ekb = try timetable("school181")
        #expect(ekb.slots.count == 1 && ekb.slots[0].weekdays == [4] && ekb.slots[0].room == "кабинет № 1")
        #expect(ekb.slots[0].start.description == "12:00" && ekb.slots[0].end.description == "15:00")
    }

    @Test func whoHelpsWithEachSeedTopic() throws {
        let glazov = try timetable("glshkola")
        #expect(glazov.whoHelps(with: "КТП").first?.slot.responsible == "Полий Т.А.")
        #expect(glazov.whoHelps(with: "календарно-тематическое планирование").first?.slot.responsible == "Полий Т.А.")
        #expect(glazov.whoHelps(with: "контрольные").first?.slot.responsible == "Полий Т.А.")
        #expect(glazov.whoHelps(with: "регистрация родителей").first?.slot.responsible == "Одрин Т.А.")
        // Nobody has passwords as a topic: the line for any question answers.
        #expect(glazov.whoHelps(with: "пароль").map(\.slot.responsible) == ["Абжелова А.Д"])
        let krym = try timetable("starokrym")
        #expect(Set(krym.whoHelps(with: "", kind: .methodological).map(\.slot.responsible)) == ["Нечаева О.О."])
        #expect(Set(krym.whoHelps(with: "", kind: .technical).map(\.slot.responsible)) == ["Усенко В.В."])
        let ekb = try timetable("school181")
        #expect(ekb.whoHelps(with: "домашние задания").first?.slot.responsible == "Администратор ЭЖ")
        #expect(ekb.whoHelps(with: "импорт КТП").first?.score ?? 0 > 0)
    }

    @Test func whoIsOnDutyAndTheNextSlotInTheSchoolsOwnTime() throws {
        // Crimea (UTC+3), Udmurtia (UTC+4), Yekaterinburg (UTC+5): no daylight saving time.
        let krym = try timetable("starokrym")
        let mondayAfternoon = moscowTime("2026-11-23T14:30:00", "Europe/Simferopol")
        #expect(Set(krym.onDuty(at: mondayAfternoon).map(\.responsible)) == ["Усенко В.В.", "Нечаева О.О."])
        let ekb = try timetable("school181")
        let mondayNoon = moscowTime("2026-11-23T12:00:00", "Asia/Yekaterinburg")
        #expect(ekb.onDuty(at: mondayNoon).isEmpty)
        let next = try #require(ekb.nextOpenings(after: mondayNoon).first)
        #expect(next.start == moscowTime("2026-11-26T12:00:00", "Asia/Yekaterinburg"))
        let glazov = try timetable("glshkola")
        let summerNext = try #require(glazov.nextOpenings(after: moscowTime("2026-07-01T15:30:00", "Europe/Samara")).first)
        #expect(summerNext.start == moscowTime("2026-07-03T14:00:00", "Europe/Samara"))  // Friday, Абжелова
    }

    @Test func aFileWithErrorsIsRefusedWholeWithEveryErrorListed() {
        let broken = """
            organization: test
            name: Школа
            timeZone: Europe/Moscow
            slots:
              - responsible: Усенко В.В.
                kind: техническая помощь
                days: понедельник
                time: 9.00 – 16.00
              - responsible: Усенко В.В.
                kind: техническая помощь
                days: понедельник
                time: 15.00 – 17.00
              - responsible: Нечаева О.О.
                kind: психологическая помощь
                days: пятница, воскрешенье
                time: 16.00 – 14.00
            """
        #expect(
            throws: ScheduleLoader.Refused(problems: [
                ScheduleProblem(file: "test.yaml", line: 15, field: "days", kind: .unknownWeekday("воскрешенье")),
                ScheduleProblem(file: "test.yaml", line: 16, field: "time", kind: .endBeforeStart),
                ScheduleProblem(file: "test.yaml", line: 14, field: "kind", kind: .unknownKind("психологическая помощь")),
                ScheduleProblem(file: "test.yaml", line: 9, field: "time", kind: .overlaps(responsible: "Усенко В.В.", otherLine: 5)),
            ])
        ) {
            try ScheduleLoader.load(text: broken, file: "test.yaml")
        }
    }
}
