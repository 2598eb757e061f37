import Foundation
internal import GRDB

/// A local time of day, `HH:MM`.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// A time the code itself names (`ClockTime(minutes: 16 * 60)`): within a day by construction,
    /// a number past either end of the day clamped to it.
    public init(minutes: Int) {
        self.minutes = max(0, min(24 * 60 - 1, minutes))
    }

    /// A time the code itself names (`ClockTime(8, 30)`): within a day by construction, as
    /// `init(minutes:)`.
    public init(_ hour: Int, _ minute: Int) {
        self.init(minutes: hour * 60 + minute)
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
        minutes = calendar.component(.hour, from: date) * 60 + calendar.component(.minute, from: date)
    }

    public var description: String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }

    /// The instant this time has on `date` in `timeZone`.
    public func instant(on date: LocalDate, in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: minutes / 60, minute: minutes % 60)
        if let instant = calendar.date(from: components) { return instant }
        // The calendar gives every day and minute an instant; the zone's offset at it gives the same.
        let local = Date(timeIntervalSince1970: TimeInterval((date.dayNumber * 24 * 60 + minutes) * 60))
        return local.addingTimeInterval(-TimeInterval(timeZone.secondsFromGMT(for: local)))
    }
}

extension ClockTime: TextCoded {}
