import Foundation
internal import GRDB

public enum CalendarDayKind: String, CaseIterable, Codable, Sendable {
    /// A public holiday or a day off moved onto a weekday.
    case holiday
    /// A weekend day made a working day.
    case workday
}

/// One day of the organization's production calendar that differs from the usual week.
public struct CalendarDay: Codable, Sendable, Equatable, StoredRecord {
    public var organizationId: Int64
    public var date: LocalDate
    public var kind: CalendarDayKind
    public var name: String

    public static let tableName = "calendarDay"

}

/// The Russian production calendars shipped with the product (`Resources/Calendars/YEAR.json`).
public enum ProductionCalendar {
    struct File: Decodable {
        struct Day: Decodable {
            let date: LocalDate
            let name: String
        }
        let year: Int
        let source: String
        let holidays: [Day]
        let workdays: [Day]
        /// Pre-holiday days, one hour shorter (Labour Code art. 95).
        let shortened: [Day]
    }

    /// Raised whenever a shipped year is corrected, so that organizations get the new days.
    static let revision = 2

    /// The years shipped.
    public static var years: [Int] {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Calendars"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.compactMap { Int($0.replacingOccurrences(of: ".json", with: "")) }.sorted()
    }

    /// The days of a shipped year, for one organization.
    static func days(year: Int, organizationId: Int64) throws -> [CalendarDay] {
        guard let file = try file(year: year) else { return [] }
        return file.holidays.map { CalendarDay(organizationId: organizationId, date: $0.date, kind: .holiday, name: $0.name) }
            + file.workdays.map { CalendarDay(organizationId: organizationId, date: $0.date, kind: .workday, name: $0.name) }
    }

    static func file(year: Int) throws -> File? {
        guard let location = Bundle.module.url(forResource: "\(year)", withExtension: "json", subdirectory: "Calendars") else { return nil }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: location))
    }

    /// Copies every shipped year into an organization's calendar, leaving days it already has
    /// (the administrator's corrections stay).
    static func install(_ db: StoreTransaction, organizationId: Int64) throws {
        for year in years {
            for day in try days(year: year, organizationId: organizationId) {
                try db.execute(
                    "INSERT INTO calendarDay (organizationId, date, kind, name) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [day.organizationId, day.date, day.kind, day.name])
            }
            for day in try file(year: year)?.shortened ?? [] {
                try db.execute(
                    "INSERT INTO shortenedDay (organizationId, date, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    [organizationId, day.date, day.name])
            }
        }
    }

    static func revisionPending(_ db: StoreTransaction) throws -> Bool {
        try db.value(Int.self, "SELECT calendarRevision FROM maintenance WHERE id = 1").map { $0 < revision } ?? false
    }

    /// Brings every organization's calendar up to the shipped revision, once.
    static func refresh(_ db: StoreTransaction) throws {
        guard try revisionPending(db) else { return }
        for organizationId in try db.values(Int64.self, "SELECT id FROM organization") {
            try install(db, organizationId: organizationId)
        }
        try db.execute("UPDATE maintenance SET calendarRevision = ? WHERE id = 1", [revision])
    }
}

/// Whether lessons take place on a day: not a holiday, not a vacation, a weekday (Saturday too
/// in a six-day school) or a weekend day the calendar made a working day.
struct SchoolDays {
    let calendar: [LocalDate: CalendarDayKind]
    let vacations: [Vacation]
    let saturdayLessons: Bool

    func isSchoolDay(_ date: LocalDate) -> Bool {
        if vacations.contains(where: { $0.startDate <= date && date <= $0.endDate }) { return false }
        switch calendar[date] {
        case .holiday?: return false
        case .workday?: return true
        case nil: return date.weekday <= (saturdayLessons ? 6 : 5)
        }
    }
}

/// The days an organization does not work: public holidays and moved days off of its
/// production calendar, and the vacations of its academic years, each with its name.
public enum OrganizationCalendar {
    /// The days a school has no lessons: its vacations and the public holidays.
    public static func daysOff(_ store: StoreTransaction, organizationId: Int64, from: LocalDate, to: LocalDate) throws -> [LocalDate:
        String]
    {
        var days = try holidays(store, organizationId: organizationId, from: from, to: to)
        let vacations = try store.records(
            Vacation.self,
            """
            SELECT vacation.* FROM vacation JOIN academicYear ON academicYear.id = vacation.yearId
            WHERE academicYear.organizationId = ? AND vacation.endDate >= ? AND vacation.startDate <= ?
            """, [organizationId, from, to])
        for vacation in vacations {
            var day = max(vacation.startDate, from)
            while day <= min(vacation.endDate, to) {
                days[day] = days[day] ?? vacation.name
                day = day.adding(days: 1)
            }
        }
        return days
    }

    /// The public holidays of the production calendar alone: the days off of the staff and of the
    /// support desk, who work through the pupils' vacations.
    public static func holidays(_ store: StoreTransaction, organizationId: Int64, from: LocalDate, to: LocalDate) throws -> [LocalDate:
        String]
    {
        let holidays = try store.records(
            CalendarDay.self,
            "SELECT * FROM calendarDay WHERE organizationId = ? AND kind = ? AND date >= ? AND date <= ? ORDER BY date",
            [organizationId, CalendarDayKind.holiday, from, to])
        return Dictionary(holidays.map { ($0.date, $0.name) }) { first, _ in first }
    }

    /// The pre-holiday days, one working hour shorter (Labour Code art. 95).
    public static func shortenedDays(_ store: StoreTransaction, organizationId: Int64, from: LocalDate, to: LocalDate) throws -> Set<
        LocalDate
    > {
        Set(
            try store.values(
                LocalDate.self, "SELECT date FROM shortenedDay WHERE organizationId = ? AND date BETWEEN ? AND ?",
                [organizationId, from, to]))
    }

    /// How much shorter a pre-holiday day is, in minutes.
    public static let shortening = 60
}
