import Foundation

/// Writes an iCalendar object (RFC 5545): CRLF line ends, content lines folded at 75 octets
/// without splitting a character, TEXT values escaped.
struct ICalendarWriter {
    private var lines: [String] = []

    mutating func begin(_ component: String) { lines.append("BEGIN:\(component)") }
    mutating func end(_ component: String) { lines.append("END:\(component)") }

    /// A property whose value is written as it is (dates, recurrence rules, codes).
    mutating func raw(_ name: String, _ value: String, _ parameters: [(String, String)] = []) {
        let parameterText = parameters.map { ";\($0.0)=\($0.1)" }.joined()
        lines.append("\(name)\(parameterText):\(value)")
    }

    /// A TEXT property, escaped (§3.3.11).
    mutating func text(_ name: String, _ value: String) {
        raw(name, Self.escape(value))
    }

    /// The object: every content line folded, each ended by CRLF.
    var output: String { lines.map(Self.fold).joined(separator: "\r\n") + "\r\n" }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\r\n", "\n", "\r": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Folds a content line (§3.1): at most 75 octets a line, continuations begin with a space,
    /// and a character is never cut between two lines.
    static func fold(_ line: String) -> String {
        var folded = ""
        var current = 0
        for character in line {
            let size = character.utf8.count
            if current + size > 75 {
                folded += "\r\n "
                current = 1
            }
            folded.append(character)
            current += size
        }
        return folded
    }

    /// `20261123T140000`: a local time, for properties with a TZID.
    static func local(_ date: Date, in zone: TimeZone) -> String {
        let calendar = Calendar.gregorian(zone)
        let parts: [Calendar.Component] = [.year, .month, .day, .hour, .minute, .second]
        return String(format: "%04d%02d%02dT%02d%02d%02d", arguments: parts.map { calendar.component($0, from: date) })
    }

    /// `20261123T100000Z`: a UTC time.
    static func utc(_ date: Date) -> String {
        local(date, in: .gmt) + "Z"
    }
}
