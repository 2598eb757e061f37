/// The figures of a summary sheet over a set of final marks (J-REP-1, seed 004 §2.9): the
/// average of the 5-point marks, success — the share of pupils with 3, 4, 5 or a pass — and
/// quality — the share with 4 or 5 — among those assessed; the exempt (ОСВ) are not counted, the
/// not assessed (н/а) count as not successful.
public struct MarkStatistics: Sendable, Equatable {
    public var counted: Int
    public var average: Double?
    /// Percent, nil when nobody is counted.
    public var success: Double?
    public var quality: Double?

    public init(_ values: [MarkValue]) {
        let counted = values.filter { $0 != .exempt }
        self.counted = counted.count
        let points = counted.compactMap(\.points)
        average = points.isEmpty ? nil : Double(points.reduce(0, +)) / Double(points.count)
        func percent(_ share: Int) -> Double? { counted.isEmpty ? nil : Double(share) * 100 / Double(counted.count) }
        success = percent(counted.filter { [.three, .four, .five, .pass].contains($0) }.count)
        quality = percent(counted.filter { [.four, .five].contains($0) }.count)
    }
}
