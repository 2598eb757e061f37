import Foundation
import Testing

@testable import JournalCore

/// The shipped production calendars (issue 9, part 9): every non-working holiday of the Labour
/// Code, art. 112, weekends included, the government's transfers, and the shortened pre-holiday
/// days of art. 95, held against the decrees written out here independently.
@Suite struct ProductionCalendarTests {
    /// Art. 112: the non-working holidays, whatever day of the week they fall on.
    static func statutory(_ year: Int) -> [String] {
        (1...8).map { String(format: "%d-01-%02d", year, $0) }
            + ["02-23", "03-08", "05-01", "05-09", "06-12", "11-04"].map { "\(year)-\($0)" }
    }

    /// The decrees: days off moved onto weekdays, weekend days made working days, shortened days.
    static let decrees: [Int: (daysOff: [String], workdays: [String], shortened: [String])] = [
        // Постановление от 04.10.2024 № 1335.
        2025: (
            ["2025-05-02", "2025-05-08", "2025-06-13", "2025-11-03", "2025-12-31"], ["2025-11-01"],
            ["2025-03-07", "2025-04-30", "2025-05-07", "2025-06-11", "2025-11-01"]
        ),
        // Постановление от 24.09.2025: 3 and 4 January to 9 January and 31 December; 8 March and 9 May by art. 112.
        2026: (["2026-01-09", "2026-03-09", "2026-05-11", "2026-12-31"], [], ["2026-04-30", "2026-05-08", "2026-06-11", "2026-11-03"]),
        // Art. 112 for 1 May, 9 May and 12 June; the Ministry of Labour's draft for November.
        2027: (
            ["2027-05-03", "2027-05-10", "2027-06-14", "2027-11-05"], ["2027-11-13"],
            ["2027-02-22", "2027-04-30", "2027-06-11", "2027-11-03", "2027-12-31"]
        ),
    ]

    @Test("J-TT-1: Every holiday weekends included and every transfer of the decree", arguments: [2025, 2026, 2027])
    func everyHolidayWeekendsIncludedAndEveryTransferOfTheDecree(year: Int) throws {
        let school = try TestSchool()
        let days = try school.journal.calendarDays(school.admin, year: year)
        let decree = try #require(Self.decrees[year])
        #expect(Set(days.filter { $0.kind == .holiday }.map(\.date.description)) == Set(Self.statutory(year) + decree.daysOff))
        #expect(Set(days.filter { $0.kind == .workday }.map(\.date.description)) == Set(decree.workdays))
        let shortened = try school.journal.read { db in
            try OrganizationCalendar.shortenedDays(
                db, organizationId: school.admin.organizationId,
                from: LocalDate(year: year, month: 1, day: 1)!, to: LocalDate(year: year, month: 12, day: 31)!)
        }
        #expect(Set(shortened.map(\.description)) == Set(decree.shortened))
    }

    @Test("J-TT-1: A six day week has no lessons on a saturday holiday") func aSixDayWeekHasNoLessonsOnASaturdayHoliday() throws {
        let school = try TestSchool()
        _ = try school.journal.updateJournalSettings(school.admin, saturdayLessons: true)
        let days = try school.journal.read { db in
            try school.journal.schoolDays(db, organizationId: school.admin.organizationId, yearId: school.year.id!)
        }
        // 8 March 2025 and 9 May 2026 are Saturdays and holidays; 13 November 2027 is a working Saturday.
        #expect(!days.isSchoolDay(date("2025-03-08")) && !days.isSchoolDay(date("2026-05-09")))
        #expect(days.isSchoolDay(date("2026-05-16")) && days.isSchoolDay(date("2027-11-13")))
    }

    @Test func aDatabaseFromBeforeGetsTheCorrectedCalendarOnceAndKeepsTheAdministratorsDays() throws {
        let school = try TestSchool()
        let journal = school.journal
        try journal.write { db in
            try db.execute("DELETE FROM calendarDay WHERE date = '2026-03-08'")
            try db.execute("UPDATE maintenance SET calendarRevision = 0")
        }
        _ = try journal.setCalendarDay(school.admin, date: date("2026-09-01"), kind: .holiday, name: "День знаний (решение школы)")
        let reopened = try AppDatabase(journal.database.writer)
        #expect(
            try reopened.writer.read { db in
                try String.fetchAll(db, sql: "SELECT date FROM calendarDay WHERE date IN ('2026-03-08', '2026-09-01') ORDER BY date")
            } == ["2026-03-08", "2026-09-01"])
    }
}
