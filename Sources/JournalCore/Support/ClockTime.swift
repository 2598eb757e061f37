import Foundation
import GRDB

/// A local time of day, `HH:MM`.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// A time the code itself names (`16 * 60`): within a day by construction.
    init(minutes: Int) {
        self.minutes = max(0, min(24 * 60 - 1, minutes))
    }

    /// The first minute of a day.
    public static let midnight = ClockTime(minutes: 0)

    /// Parses `8:30`, `08:30` or `08.30`.
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// The local time of day at the instant `date` in `timeZone`, to the minute.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        minutes = parts.hour! * 60 + parts.minute!
    }

    public var description: String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }

    /// The instant this time has on `date` in `timeZone`.
    public func instant(on date: LocalDate, in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: minutes / 60, minute: minutes % 60)
        return calendar.date(from: components)!
    }
}

extension ClockTime: TextCoded {}
