import Foundation
import JournalCore

/// One quarter of the year and one audience, with how many trainings it had (H-TRAIN-1: at
/// least once a quarter, seed 000 §2).
public struct QuarterCoverage: Sendable, Equatable {
    public var quarter: Int
    public var start: LocalDate
    public var end: LocalDate
    public var audience: TrainingAudience
    public var trainings: Int

    public var isMet: Bool { trainings > 0 }
}

extension SupportDesk {
    /// Every quarter of the academic year (the current one when nil) × every audience. A quarter
    /// runs from its first day to the day before the next one starts, so a training in the
    /// vacation after it still counts for it.
    public func quarterlyCheck(_ caller: Caller, year name: String? = nil) throws -> [QuarterCoverage] {
        try DeskAccess.check(.planTraining, caller, journal)
        let year = try journal.year(caller, named: name)
        let periods = try journal.periods(caller, yearId: year.savedId).sorted { $0.number < $1.number }
        // Without its reporting periods (J-YEAR-1) the year has no quarters to check.
        if periods.isEmpty { throw JournalError.invalid(.period, .missing) }
        let trainings = try read { store in
            try store.records(
                Training.self, "SELECT * FROM training WHERE organizationId = ? AND cancelled = 0 AND date >= ? AND date <= ?",
                [caller.organizationId, year.startDate, year.endDate])
        }
        return periods.enumerated().flatMap { index, period in
            let end = index + 1 < periods.count ? periods[index + 1].startDate.adding(days: -1) : year.endDate
            let start = index == 0 ? min(year.startDate, period.startDate) : period.startDate
            return TrainingAudience.allCases.map { audience in
                QuarterCoverage(
                    quarter: period.number, start: start, end: end, audience: audience,
                    trainings: trainings.filter { $0.audience == audience && start <= $0.date && $0.date <= end }.count)
            }
        }
    }
}
