import Foundation

/// The VTIMEZONE component of a time zone for the span a calendar covers (RFC 5545 §3.6.5): its
/// offset at the start and every transition within the span, from the system's zone data.
enum VTimeZone {
    static func write(_ zone: TimeZone, from start: Date, to end: Date, into writer: inout ICalendarWriter) {
        writer.begin("VTIMEZONE")
        writer.raw("TZID", zone.identifier)
        let initial = zone.secondsFromGMT(for: start)
        observance(
            zone.isDaylightSavingTime(for: start) ? "DAYLIGHT" : "STANDARD",
            starts: "19700101T000000", from: initial, to: initial, name: zone.abbreviation(for: start), into: &writer)
        var cursor = start
        while let transition = zone.nextDaylightSavingTimeTransition(after: cursor), transition < end {
            let before = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: transition)
            // The wall clock just before the change: the instant moved by the offset, read in GMT.
            let localStart = ICalendarWriter.local(transition.addingTimeInterval(TimeInterval(before)), in: .gmt)
            observance(
                zone.isDaylightSavingTime(for: transition) ? "DAYLIGHT" : "STANDARD",
                starts: localStart, from: before, to: after, name: zone.abbreviation(for: transition), into: &writer)
            cursor = transition
        }
        writer.end("VTIMEZONE")
    }

    private static func observance(_ kind: String, starts: String, from: Int, to: Int, name: String?, into writer: inout ICalendarWriter) {
        writer.begin(kind)
        writer.raw("DTSTART", starts)
        writer.raw("TZOFFSETFROM", offset(from))
        writer.raw("TZOFFSETTO", offset(to))
        if let name { writer.text("TZNAME", name) }
        writer.end(kind)
    }

    /// `+0400`, `-0330`.
    static func offset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return String(format: "%@%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60)
    }
}
