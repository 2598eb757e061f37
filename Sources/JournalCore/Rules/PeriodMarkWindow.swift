/// J-MARK-6: period marks are set in the last week of the period, before the vacation, and at
/// the latest 2 days after the period ends; a year mark in the window of the year's last period.
struct PeriodMarkWindow {
    let opens: LocalDate
    let closes: LocalDate
    /// How many days after the period's end the window stays open.
    static let daysAfter = 2

    init(periodEnd end: LocalDate) {
        opens = end.adding(days: -6)
        closes = end.adding(days: Self.daysAfter)
    }

    func check(_ today: LocalDate) throws {
        if today < opens { throw JournalError.periodMarkWindowNotOpen(opens: opens) }
        if today > closes { throw JournalError.periodMarkWindowClosed(closed: closes) }
    }
}

/// The weights of the kinds of work when a period mark is suggested (J-MARK-1: set per
/// organization; these are the defaults).
enum DefaultWeights {
    static func weight(_ kind: WorkKind) -> Double {
        switch kind {
        case .answer, .homework, .classwork, .external: 1
        case .quiz, .lab, .practical: 1.5
        case .test, .dictation, .essay, .project: 2
        }
    }
}
