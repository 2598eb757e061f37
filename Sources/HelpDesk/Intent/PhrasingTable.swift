import Foundation
import JournalCore

/// A table of sentences as callers type them, each with the intent and fields the chat should
/// read, and how many of them it does: for the chat's test and benchmark. The table is a
/// tab-separated file; `#` starts a comment line.
@_spi(Benchmark)
public struct PhrasingTable: Sendable {
    public struct Row: Sendable {
        public var line: Int
        public var sentence: String
        public var intent: Intent
        /// `topic`, `date` (ISO), `time` (HH:MM), `role`, `class`.
        public var fields: [(String, String)]
    }

    public var rows: [Row]

    /// The table's clock: Wednesday 2 December 2026, 10:00.
    public static let today = LocalDate(2026, 12, 2)
    public static let now = ClockTime(10, 0)

    public init(text: String) throws {
        rows = try text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2, let intent = Intent(rawValue: columns[1]) else { throw BadRow(line: index + 1) }
            let fields =
                columns.count > 2 && !columns[2].isEmpty
                ? columns[2].components(separatedBy: "; ").map { pair -> (String, String) in
                    let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                    return (parts[0], parts.count > 1 ? parts[1] : "")
                } : []
            return Row(line: index + 1, sentence: columns[0], intent: intent, fields: fields)
        }
    }

    public struct BadRow: Error { public var line: Int }

    /// What the chat read of a row, and whether that is what the table expects.
    public struct Outcome: Sendable {
        public var row: Row
        public var read: Understanding?
        public var understood: Bool
    }

    public func check(_ matcher: IntentMatcher = IntentMatcher(today: today, now: now)) -> [Outcome] {
        rows.map { row in
            let read = matcher.match(row.sentence)
            let understood = read.map { read in
                read.intent == row.intent
                    && row.fields.allSatisfy { Self.value($0.0, of: read).map(WordStems.folded) == WordStems.folded($0.1) }
            }
            return Outcome(row: row, read: read, understood: understood ?? false)
        }
    }

    /// A field as the table writes it.
    public static func value(_ field: String, of read: Understanding) -> String? {
        switch field {
        case "topic": read.topic
        case "date": read.when.date?.description
        case "time": read.when.time?.description
        case "role": read.role?.rawValue
        case "class": read.className
        default: nil
        }
    }
}
