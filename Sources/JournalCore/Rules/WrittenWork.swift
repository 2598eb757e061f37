import Foundation
internal import GRDB

/// Written work (J-MARK-2, seed 004 §2.5 and «Порядок» §2): its marks go in the column of the
/// lesson's day but are entered on the day the checking ends — on time until that day's deadline,
/// and inside the entry window counted from that day.
enum WrittenWork {
    /// The kinds of work done in writing and checked after the lesson.
    static let kinds: Set<WorkKind> = [.test, .dictation, .essay, .quiz, .lab, .practical]

    /// The longest checking the norms allow (an essay in grades 10–11), in days after the lesson.
    static let longestCheckingDays = 14

    /// When the checking of the lesson's written work ends, if the teacher said.
    static func checkingEnds(_ db: StoreTransaction, lessonId: Int64) throws -> LocalDate? {
        try db.value(LocalDate.self, "SELECT checkingEndsOn FROM writtenWorkCheck WHERE lessonId = ?", [lessonId])
    }

    /// The day a mark of this kind is due: the checking's end for written work, else the lesson's day (nil).
    static func due(_ kind: WorkKind, checkingEnds: LocalDate?) -> LocalDate? {
        kinds.contains(kind) ? checkingEnds : nil
    }
}

extension Journal {
    /// Records when the checking of a lesson's written work ends (J-MARK-2): by the lesson's
    /// teacher, from the lesson's day to 14 days after it; audited.
    public func setCheckingEnd(_ caller: Caller, lessonId: Int64, on date: LocalDate) throws {
        try write { db in
            let (lesson, clock) = try openForEntry(db, caller, lessonId, marksOrHomework: true)
            guard date >= lesson.date, date.dayNumber - lesson.date.dayNumber <= WrittenWork.longestCheckingDays else {
                throw JournalError.invalid(.date, .outOfRange(min: 0, max: WrittenWork.longestCheckingDays))
            }
            let before = try WrittenWork.checkingEnds(db, lessonId: lessonId)
            try db.execute(
                """
                INSERT INTO writtenWorkCheck (lessonId, checkingEndsOn, setBy, setAt) VALUES (?, ?, ?, ?)
                ON CONFLICT(lessonId) DO UPDATE SET checkingEndsOn = excluded.checkingEndsOn, setBy = excluded.setBy, setAt = excluded.setAt
                """, [lessonId, date, caller.accountId, clock.now])
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .lessonChanged,
                entity: .lesson, entityId: lessonId, lessonId: lessonId,
                before: AuditText.of(["checkingEndsOn": before?.description]), after: AuditText.of(["checkingEndsOn": date.description]))
        }
    }
}
