/// How a pupil did in a period over all their subjects, as the progress and quality report
/// counts pupils (J-REP-3, seed 004 §3.5): all fives; fours and fives; one three with the rest
/// fours and fives; failing (a 2, a 1 or a fail); not assessed (an н/а). Exempt (ОСВ) and pass
/// are left out; a pupil with no marks is not counted.
public enum PupilProgress: Sendable, Equatable, CaseIterable {
    case excellent, good, oneThree, other, failing, notAssessed

    public init?(_ marks: [MarkValue]) {
        let counted = marks.filter { $0 != .exempt }
        guard !counted.isEmpty else { return nil }
        if counted.contains(where: { [.one, .two, .fail].contains($0) }) {
            self = .failing
        } else if counted.contains(.notAssessed) {
            self = .notAssessed
        } else {
            let points = counted.compactMap(\.points)
            let threes = points.filter { $0 == 3 }.count
            if points.allSatisfy({ $0 == 5 }) {
                self = .excellent
            } else if threes == 0 {
                self = .good
            } else {
                self = threes == 1 ? .oneThree : .other
            }
        }
    }
}

extension ClassSummary {
    /// The pupils of the class counted by their progress in a period (nil for the year).
    public func progress(period: Int?) throws -> [PupilProgress: Int] {
        var counts: [PupilProgress: Int] = [:]
        for student in students {
            let marks = try subjects.compactMap { try mark(student, $0, period: period) }
            if let progress = PupilProgress(marks) { counts[progress, default: 0] += 1 }
        }
        return counts
    }
}
