import Foundation
import JournalCore

/// The hours a ticket's clock runs in: the organization's support timetable hours on its working
/// days; nights, weekends and the days off given are skipped, and a shortened pre-holiday day
/// ends an hour earlier. A school without a timetable works Monday to Friday, 9:00 to 17:00.
public struct WorkingHours: Sendable {
    let zone: TimeZone
    /// Per ISO weekday, the minutes of the day support works, as merged windows.
    let windows: [Int: [Range<Int>]]
    let daysOff: [LocalDate: String]
    let shortened: Set<LocalDate>

    init(timetable: SupportTimetable?, zone: TimeZone, daysOff: [LocalDate: String], shortened: Set<LocalDate> = []) {
        self.zone = timetable?.timeZone ?? zone
        self.daysOff = daysOff
        self.shortened = shortened
        var byDay: [Int: [Range<Int>]] = [:]
        let lines = timetable?.slots.map { ($0.weekdays, $0.start.minutes..<$0.end.minutes) } ?? [(Array(1...5), 540..<1020)]
        for (weekdays, window) in lines {
            for day in weekdays { byDay[day, default: []].append(window) }
        }
        windows = byDay.mapValues(Self.merge)
    }

    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// The working periods of one day, as instants.
    private func periods(on day: LocalDate) -> [(Date, Date)] {
        guard daysOff[day] == nil else { return [] }
        let midnight = ClockTime.midnight.instant(on: day, in: zone)
        var spans = windows[day.weekday] ?? []
        if shortened.contains(day), let last = spans.last {
            let end = last.upperBound - OrganizationCalendar.shortening
            spans.removeLast()
            if end > last.lowerBound { spans.append(last.lowerBound..<end) }
        }
        return spans.map { window in
            (
                midnight.addingTimeInterval(TimeInterval(window.lowerBound * 60)),
                midnight.addingTimeInterval(TimeInterval(window.upperBound * 60))
            )
        }
    }

    /// Working minutes between two instants.
    public func minutes(from start: Date, to end: Date) -> Int {
        guard start < end else { return 0 }
        var seconds = 0.0
        var day = LocalDate(start, in: zone)
        let last = LocalDate(end, in: zone)
        while day <= last {
            for (open, close) in periods(on: day) where close > start && open < end {
                seconds += min(close, end).timeIntervalSince(max(open, start))
            }
            day = day.adding(days: 1)
        }
        return Int(seconds / 60)
    }

    /// The instant at which `minutes` working minutes have passed since `start`; nil beyond a year.
    public func instant(after minutes: Int, from start: Date) -> Date? {
        var left = TimeInterval(max(0, minutes) * 60)
        var day = LocalDate(start, in: zone)
        for _ in 0..<400 {
            for (open, close) in periods(on: day) where close > start {
                let from = max(open, start)
                let available = close.timeIntervalSince(from)
                if left <= available { return from.addingTimeInterval(left) }
                left -= available
            }
            day = day.adding(days: 1)
        }
        return nil
    }
}
