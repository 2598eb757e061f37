import Foundation
import Testing

@testable import JournalCore

/// What the code states without force unwraps (issue 26): a record's id once it is saved, and
/// the days, times and zone the code names itself.
@Suite struct RecordIdTests {
    @Test func aSavedRecordGivesItsIdAndOneNeverSavedThrowsInsteadOfCrashing() throws {
        // Given a school created in a fresh database
        let journal = Journal(database: try AppDatabase.inMemory(), hasher: .fastForTests)
        let (organization, account) = try journal.createOrganization(
            code: "ids", name: "Школа", timeZone: "Europe/Moscow", adminName: "Иванов Иван", adminLogin: "admin1",
            adminPassword: "harbour-lamp-7")
        // Then what was inserted has its id
        #expect(try organization.savedId == organization.id)
        #expect(try account.savedId == account.id)
        // And a person never inserted has none: asking throws, naming the table
        #expect(throws: UnsavedRecord(table: "person")) {
            try Person(organizationId: organization.savedId, fullName: "Петров Пётр").savedId
        }
    }

    @Test func daysAndTimesTheCodeNamesAreTheOnesParsedAndStayInTheCalendar() {
        #expect(LocalDate(2026, 9, 1) == LocalDate(parsing: "01.09.2026"))
        #expect(LocalDate(2028, 2, 29) == LocalDate(year: 2028, month: 2, day: 29))
        // A day past the month's end is its last day, never a day that does not exist.
        #expect(LocalDate(2027, 2, 30) == LocalDate(year: 2027, month: 2, day: 28))
        #expect(ClockTime(8, 30) == ClockTime(parsing: "08:30"))
        #expect(ClockTime(15, 0).instant(on: LocalDate(2026, 12, 2), in: .moscow) == Date(timeIntervalSince1970: 1_796_212_800))
        #expect(TimeZone.moscow.secondsFromGMT(for: Date(timeIntervalSince1970: 1_796_212_800)) == 3 * 3600)
    }
}
