internal import GRDB

/// The marks a subject takes (J-MARK-1): the 5-point scale (1 only where the school allows it), or
/// «зачёт» and «незачёт» where the subject is not graded; «н/а» and «ОСВ» in both.
struct MarkScale {
    let passFail: Bool
    let allowsOne: Bool

    func check(_ value: MarkValue) throws {
        switch value {
        case .notAssessed, .exempt: return
        case .pass, .fail:
            if !passFail { throw JournalError.invalid(.mark, .passFailNotUsed) }
        case .one, .two, .three, .four, .five:
            if passFail { throw JournalError.invalid(.mark, .passFailOnly) }
            if value == .one && !allowsOne { throw JournalError.invalid(.mark, .markOneNotAllowed) }
        }
    }
}

extension Journal {
    /// The scale of a subject at this school.
    func markScale(_ db: StoreTransaction, subjectId: Int64, settings: JournalSettings) throws -> MarkScale {
        MarkScale(passFail: try db.record(Subject.self, id: subjectId)?.passFail ?? false, allowsOne: settings.allowsMarkOne)
    }
}
