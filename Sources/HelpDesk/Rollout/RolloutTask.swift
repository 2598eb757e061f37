import Foundation
import JournalCore

public enum RolloutState: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    case planned, inProgress, done, cancelled

    var isOpen: Bool { self == .planned || self == .inProgress }
}

/// One task of a school's rollout plan (H-PLAN-1, seed 001 «График внедрения»). The deadline is
/// kept as written («До 01 сентября 2020», «По периодам») and, where it names a day, as a date.
public struct RolloutTask: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var organizationId: Int64
    public var number: Int
    public var title: String
    public var deadlineText: String
    public var deadline: LocalDate?
    public var responsible: String
    public var state: RolloutState
    public var doneOn: LocalDate?
    public var note: String?

    public static let tableName = "rolloutTask"

    /// Open with its deadline passed.
    public func isOverdue(today: LocalDate) -> Bool {
        guard let deadline else { return false }
        return state.isOpen && deadline < today
    }
}

/// Reads the day a written deadline names: «14.02.2020», «До 01 сентября 2019», «22 ноября 2019»,
/// «Декабрь 2019» (its last day); nil for «В течение года», «По периодам», «_____ 2019».
public enum WrittenDeadline {
    static let genitive = [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]
    static let nominative = [
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ]

    public static func date(_ text: String) -> LocalDate? {
        let lowered = text.lowercased()
        if let match = lowered.firstMatch(of: /(\d{1,2})\.(\d{1,2})\.(\d{4})/), let day = Int(match.1), let month = Int(match.2),
            let year = Int(match.3)
        {
            return LocalDate(year: year, month: month, day: day)
        }
        if let match = lowered.firstMatch(of: /(\d{1,2})\s*([а-яё]+)\s+(\d{4})/), let month = genitive.firstIndex(of: String(match.2)),
            let day = Int(match.1), let year = Int(match.3)
        {
            return LocalDate(year: year, month: month + 1, day: day)
        }
        // «май 2027»: the month's last day, the day before the next month's first.
        if let match = lowered.firstMatch(of: /([а-яё]+)\s+(\d{4})/), let month = nominative.firstIndex(of: String(match.1)),
            let year = Int(match.2), let first = LocalDate(year: year, month: month + 1, day: 1)
        {
            return LocalDate(first.year + (month == 11 ? 1 : 0), month == 11 ? 1 : month + 2, 1).adding(days: -1)
        }
        return nil
    }
}
