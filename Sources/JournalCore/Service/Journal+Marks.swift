import Foundation
internal import GRDB

extension Journal {
    /// Puts a mark in a lesson's column (J-MARK-1): not in grade 1 (J-MARK-3), not before the
    /// lesson nor past the entry window (J-LESSON-2), late after the daily deadline (J-MARK-2).
    /// A mark from another institution needs its document reference (J-MARK-7).
    public func addMark(
        _ caller: Caller, lessonId: Int64, studentId: Int64, value: MarkValue, workKind: WorkKind,
        comment: String? = nil, documentReference: String? = nil
    ) throws -> Mark {
        let comment = try Validate.optionalText(comment, .comment, max: 500)
        let document = try Validate.optionalText(documentReference, .document, max: 200)
        if workKind == .external && document == nil { throw JournalError.invalid(.document, .missing) }
        return try write { db in
            // Written work's marks are due the day its checking ends, and open from that day (J-MARK-2).
            let due = WrittenWork.due(workKind, checkingEnds: try WrittenWork.checkingEnds(db, lessonId: lessonId))
            let (lesson, clock) = try openForEntry(db, caller, lessonId, marksOrHomework: true, windowFrom: due)
            try checkAttends(db, lesson, studentId)
            return try insertMark(
                db, caller, lesson, clock, scale: try markScale(db, subjectId: lesson.subjectId, settings: clock.settings),
                studentId: studentId, value: value, workKind: workKind, due: due, comment: comment, document: document)
        }
    }

    /// One mark at an open lesson, late when past the deadline of its `due` day (written work's
    /// checking end) or the lesson's (J-MARK-2), with its audit entry; the rights and the roster
    /// are checked by the caller.
    func insertMark(
        _ db: StoreTransaction, _ caller: Caller, _ lesson: Lesson, _ clock: LessonClock, scale: MarkScale, studentId: Int64,
        value: MarkValue,
        workKind: WorkKind, due: LocalDate?, comment: String?, document: String?
    ) throws -> Mark {
        try scale.check(value)
        var mark = try Mark(
            id: nil, lessonId: lesson.savedId, studentId: studentId, value: value, workKind: workKind, comment: comment,
            documentReference: document, enteredBy: caller.accountId, enteredAt: clock.now,
            late: clock.isMarkLate(lesson, due: due))
        try db.insert(&mark)
        try AuditLog.append(
            db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
            action: .markAdded, entity: .mark, entityId: mark.savedId, studentId: studentId, lessonId: lesson.savedId,
            after: AuditText.of([
                "value": value.rawValue, "work": workKind.rawValue, "document": document,
                "late": mark.late ? "yes" : nil,
            ]))
        return mark
    }

    /// Corrects a lesson mark (J-MARK-4): by the lesson's teacher, within the entry window, with
    /// a reason; the old value, the new one, the time and the reason are kept.
    public func correctMark(_ caller: Caller, markId: Int64, to value: MarkValue, reason: String) throws -> Mark {
        let reason = try Validate.text(reason, .reason, max: 500)
        return try write { db in
            guard var mark = try db.record(Mark.self, id: markId) else { throw JournalError.invalid(.mark, .unknown(String(markId))) }
            let (lesson, clock) = try openForEntry(db, caller, mark.lessonId, marksOrHomework: false)
            if value == mark.value { throw JournalError.invalid(.mark, .sameAsCurrent) }
            try markScale(db, subjectId: lesson.subjectId, settings: clock.settings).check(value)
            var correction = MarkCorrection(
                id: nil, markId: markId, oldValue: mark.value, newValue: value, reason: reason,
                correctedBy: caller.accountId, correctedAt: clock.now)
            try db.insert(&correction)
            let old = mark.value
            mark.value = value
            try db.update(mark)
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
                action: .markCorrected, entity: .mark, entityId: markId, studentId: mark.studentId,
                lessonId: mark.lessonId, before: AuditText.of(["value": old.rawValue]),
                after: AuditText.of(["value": value.rawValue]), reason: reason)
            return mark
        }
    }

    /// The corrections of a mark, oldest first.
    public func corrections(_ caller: Caller, markId: Int64) throws -> [MarkCorrection] {
        try read { db in
            guard let mark = try db.record(Mark.self, id: markId) else { throw JournalError.invalid(.mark, .unknown(String(markId))) }
            try JournalAccess.checkView(caller, try fetchLesson(db, mark.lessonId), db)
            guard try JournalAccess.mayViewStudent(caller, mark.studentId, db) else { throw JournalError.forbidden(.viewJournal) }
            return try db.records(MarkCorrection.self, "SELECT * FROM markCorrection WHERE markId = ? ORDER BY id", [markId])
        }
    }

    /// The marks of a lesson that the caller may see: all to staff who see the lesson, their own
    /// to a student, their children's to a guardian (J-ACL-2, J-ACL-3).
    public func marks(_ caller: Caller, lessonId: Int64) throws -> [Mark] {
        try read { db in
            try JournalAccess.checkView(caller, try fetchLesson(db, lessonId), db)
            return try db.records(Mark.self, "SELECT * FROM mark WHERE voidedAt IS NULL AND lessonId = ? ORDER BY id", [lessonId])
                .filter { try JournalAccess.mayViewStudent(caller, $0.studentId, db) }
        }
    }
}
