import Foundation
import JournalCore

/// The questions a timetable answers (H-TT-2): who helps with what, when the next slot is,
/// who is on duty now — in the organization's time zone.
extension SupportTimetable {
    /// A line that can help, with how well its topics match.
    public struct Match: Sendable, Equatable {
        public var slot: SupportSlot
        public var score: Int
    }

    /// The lines that help with `question` (a topic in any word form) and `kind`, best first; a
    /// line for any question comes after the ones whose topics match.
    public func whoHelps(with question: String, kind: HelpKind = .any) -> [Match] {
        let query = TopicMatcher.stems(question)
        return slots.filter { $0.kind.serves(kind) }.compactMap { slot in
            let score = slot.topics.map { TopicMatcher.score(query: query, topic: $0) }.max() ?? 0
            if score > 0 { return Match(slot: slot, score: score) }
            // Lines without topics, or for any question, answer anything of their kind.
            return slot.topics.isEmpty || slot.kind == .any || query.isEmpty ? Match(slot: slot, score: 0) : nil
        }.sorted { $0.score > $1.score }
    }

    /// The next times a line is open, from `date` on: (line, start, end) in time order.
    public func nextOpenings(after date: Date, of candidates: [SupportSlot]? = nil, count: Int = 5) -> [(
        slot: SupportSlot, start: Date, end: Date
    )] {
        let pool = candidates ?? slots
        let today = LocalDate(date, in: timeZone)
        var found: [(slot: SupportSlot, start: Date, end: Date)] = []
        for offset in 0..<14 {
            let day = today.adding(days: offset)
            for slot in pool where slot.weekdays.contains(day.weekday) {
                let start = slot.start.instant(on: day, in: timeZone)
                let end = slot.end.instant(on: day, in: timeZone)
                if end > date { found.append((slot, max(start, date), end)) }
            }
        }
        return Array(found.sorted { $0.start < $1.start }.prefix(count))
    }

    /// Who is on duty at `date`.
    public func onDuty(at date: Date) -> [SupportSlot] {
        let day = LocalDate(date, in: timeZone)
        return slots.filter { slot in
            slot.weekdays.contains(day.weekday)
                && slot.start.instant(on: day, in: timeZone) <= date && date < slot.end.instant(on: day, in: timeZone)
        }
    }
}
