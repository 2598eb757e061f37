import Foundation
import JournalCore
import Yams

/// A problem in a schedule file, by file, line and field.
public struct ScheduleProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case missing
        case unknownWeekday(String)
        case badTime(String)
        case endBeforeStart
        case unknownKind(String)
        case unknownTimeZone(String)
        case overlaps(responsible: String, otherLine: Int)
        case badNumber(String)
        case notYAML(String)
        /// The file `CODE.yaml` names another organization.
        case wrongOrganization(String)
    }

    public var file: String
    public var line: Int
    public var field: String
    public var kind: Kind

    public var description: String { "\(file):\(line): \(field): \(kind)" }
}

/// Reads the human-edited files of `schedules/` with Yams, checking every line: a file with
/// problems is refused whole, with every problem listed.
public enum ScheduleLoader {
    public struct Refused: Error, Equatable {
        public var problems: [ScheduleProblem]
    }

    public static func load(file url: URL) throws -> SupportTimetable {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try load(text: text, file: url.lastPathComponent)
    }

    /// Every `*.yaml` file of a folder, by organization code; the first refused file stops it.
    public static func loadFolder(_ folder: URL) throws -> [String: SupportTimetable] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var timetables: [String: SupportTimetable] = [:]
        for name in names {
            let timetable = try load(file: folder.appendingPathComponent(name))
            timetables[timetable.organizationCode] = timetable
        }
        return timetables
    }

    public static func load(text: String, file: String) throws -> SupportTimetable {
        var problems: [ScheduleProblem] = []
        func problem(_ node: Node?, _ field: String, _ kind: ScheduleProblem.Kind, line: Int? = nil) {
            problems.append(ScheduleProblem(file: file, line: line ?? node?.mark?.line ?? 1, field: field, kind: kind))
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw Refused(problems: [ScheduleProblem(file: file, line: 1, field: "organization", kind: .missing)])
            }
            root = composed
        } catch let refused as Refused {
            throw refused
        } catch {
            throw Refused(problems: [
                ScheduleProblem(file: file, line: (error as? YamlError).flatMap(line) ?? 1, field: "", kind: .notYAML("\(error)"))
            ])
        }
        let code = root["organization"]?.string ?? ""
        if code.isEmpty { problem(root, "organization", .missing) }
        let name = root["name"]?.string ?? ""
        if name.isEmpty { problem(root, "name", .missing) }
        let zoneName = root["timeZone"]?.string ?? ""
        let zone = TimeZone(identifier: zoneName)
        if zone == nil { problem(root["timeZone"] ?? root, "timeZone", zoneName.isEmpty ? .missing : .unknownTimeZone(zoneName)) }
        var slots: [SupportSlot] = []
        for node in root["slots"]?.sequence ?? [] {
            let line = node.mark?.line ?? 1
            let responsible = node["responsible"]?.string?.trimmingCharacters(in: .whitespaces) ?? ""
            if responsible.isEmpty { problem(node, "responsible", .missing) }
            let daysText = node["days"]?.string ?? ""
            let days = Weekdays.parse(daysText)
            if daysText.isEmpty { problem(node, "days", .missing) }
            for unknown in days.unknown { problem(node["days"], "days", .unknownWeekday(unknown)) }
            let timeText = node["time"]?.string ?? ""
            let times = TimeRange.parse(timeText)
            if times == nil { problem(node["time"] ?? node, "time", timeText.isEmpty ? .missing : .badTime(timeText)) }
            if let (start, end) = times, end <= start { problem(node["time"], "time", .endBeforeStart) }
            let kindText = node["kind"]?.string ?? ""
            let kind = HelpKind(written: kindText)
            if kind == nil { problem(node["kind"] ?? node, "kind", kindText.isEmpty ? .missing : .unknownKind(kindText)) }
            let slotMinutes = number(node["slotMinutes"], default: 30, field: "slotMinutes", problem: problem)
            let capacity = number(node["capacity"], default: 1, field: "capacity", problem: problem)
            guard !responsible.isEmpty, !days.weekdays.isEmpty, days.unknown.isEmpty, let (start, end) = times, start < end, let kind else {
                continue
            }
            slots.append(
                SupportSlot(
                    weekdays: days.weekdays, start: start, end: end, kind: kind, responsible: responsible,
                    topics: (node["topics"]?.sequence ?? []).compactMap(\.string), room: node["room"]?.string,
                    slotMinutes: slotMinutes, capacity: capacity, line: line))
        }
        // The same person cannot be in two places at once.
        for (index, slot) in slots.enumerated() {
            for other in slots[..<index]
            where other.responsible == slot.responsible
                && !Set(other.weekdays).isDisjoint(with: slot.weekdays) && other.start < slot.end && slot.start < other.end
            {
                problem(nil, "time", .overlaps(responsible: slot.responsible, otherLine: other.line), line: slot.line)
            }
        }
        guard problems.isEmpty, let zone else { throw Refused(problems: problems) }
        return SupportTimetable(organizationCode: code, organizationName: name, timeZone: zone, slots: slots)
    }

    private static func number(
        _ node: Node?, default value: Int, field: String, problem: (Node?, String, ScheduleProblem.Kind, Int?) -> Void
    ) -> Int {
        guard let node else { return value }
        guard let number = node.int, (1...480).contains(number) else {
            problem(node, field, .badNumber(node.string ?? ""), nil)
            return value
        }
        return number
    }

    private static func line(_ error: YamlError) -> Int? {
        if case .scanner(_, _, let mark, _) = error { return mark.line }
        if case .parser(_, _, let mark, _) = error { return mark.line }
        return nil
    }
}

/// «Понедельник, пятница», «по четвергам», «вторник и среда».
enum Weekdays {
    static let stems: [(String, Int)] = [
        ("понедельн", 1), ("вторн", 2), ("сред", 3), ("четверг", 4), ("пятниц", 5),
        ("суббот", 6), ("воскресен", 7), ("mon", 1), ("tue", 2), ("wed", 3), ("thu", 4),
        ("fri", 5), ("sat", 6), ("sun", 7),
    ]

    static func parse(_ text: String) -> (weekdays: [Int], unknown: [String]) {
        var weekdays: [Int] = []
        var unknown: [String] = []
        let parts = text.lowercased().replacingOccurrences(of: " и ", with: ",").split(separator: ",")
        for part in parts {
            var word = part.trimmingCharacters(in: .whitespaces)
            if word.hasPrefix("по ") { word.removeFirst(3) }
            if let day = stems.first(where: { word.hasPrefix($0.0) })?.1 {
                weekdays.append(day)
            } else if !word.isEmpty {
                unknown.append(word)
            }
        }
        return (weekdays, unknown)
    }
}

/// «9.00 – 16.00», «10.30 - 13.30», «с 12.00 до 15.00», «14:00-15:00».
enum TimeRange {
    static func parse(_ text: String) -> (ClockTime, ClockTime)? {
        let pattern = /(\d{1,2})[.:](\d{2})/
        let times = text.matches(of: pattern).compactMap { ClockTime(parsing: String($0.output.0)) }
        guard times.count == 2 else { return nil }
        return (times[0], times[1])
    }
}
