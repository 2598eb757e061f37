import Foundation
import JournalCore

/// How an instant reads in the organization's local time: `пн 30.11.2026 14:00`, `Mon 30.11.2026 14:00`,
/// or ISO 8601 with the offset for machines.
enum Moment {
    static func text(_ instant: Date, in zone: TimeZone, language: Language) -> String {
        let date = LocalDate(instant, in: zone)
        let parts = Calendar(identifier: .gregorian).dateComponents(in: zone, from: instant)
        return Self.day(date, language: language) + " "
            + String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// A day by its weekday and date: `пн 30.11.2026`, `Mon 30.11.2026`.
    static func day(_ day: LocalDate, language: Language) -> String {
        "\(Commands.weekdayName(day.weekday, language)) \(day.dotted)"
    }

    /// The instant for machines: ISO 8601 with the zone's offset, `2026-11-30T14:00:00+05:00`.
    static func iso(_ instant: Date, in zone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        return formatter.string(from: instant)
    }
}
