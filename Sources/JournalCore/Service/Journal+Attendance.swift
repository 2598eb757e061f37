import Foundation
internal import GRDB

extension Journal {
    /// The subject teacher marks a student present, absent or late at a lesson; the class teacher
    /// corrects the absences of their class within the week (J-ATT-1).
    public func setAttendance(_ caller: Caller, lessonId: Int64, studentId: Int64, status: AttendanceStatus) throws -> Attendance {
        try write { db in
            let (lesson, clock) = try openForEntry(db, caller, lessonId, marksOrHomework: false, classTeacherMay: true)
            try checkAttends(db, lesson, studentId)
            let old = try db.record(
                Attendance.self, "SELECT * FROM attendance WHERE lessonId = ? AND studentId = ?", [lesson.savedId, studentId])
            return try saveAttendance(db, caller, lesson, clock, studentId: studentId, status: status, old: old)
        }
    }

    /// One student's attendance at an open lesson, with its audit entry; the rights and the
    /// roster are checked by the caller.
    func saveAttendance(
        _ db: StoreTransaction, _ caller: Caller, _ lesson: Lesson, _ clock: LessonClock, studentId: Int64, status: AttendanceStatus,
        old: Attendance?
    ) throws -> Attendance {
        let lessonId = try lesson.savedId
        let record = Attendance(
            lessonId: lessonId, studentId: studentId, status: status,
            reason: status == .present ? nil : old?.reason, reasonNote: status == .present ? nil : old?.reasonNote,
            enteredBy: caller.accountId, enteredAt: clock.now)
        if old == nil { try db.insert(record) } else { try db.update(record) }
        try AuditLog.append(
            db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
            action: .attendanceSet, entity: .attendance, entityId: lessonId, studentId: studentId, lessonId: lessonId,
            before: old.map { AuditText.of(["status": $0.status.rawValue]) },
            after: AuditText.of(["status": status.rawValue]))
        return record
    }

    /// The class teacher records whether an absence is excused, with a note or a document
    /// reference (J-ATT-1); the administration may too.
    public func setAbsenceReason(
        _ caller: Caller, lessonId: Int64, studentId: Int64, reason: AbsenceReason, note: String?
    ) throws -> Attendance {
        let note = try Validate.optionalText(note, .note, max: 300)
        return try write { db in try saveAbsenceReason(db, caller, lessonId: lessonId, studentId: studentId, reason: reason, note: note) }
    }

    /// Several absences' reasons at once, in one transaction: the class teacher's week (J-ATT-1).
    public func setAbsenceReasons(
        _ caller: Caller, _ reasons: [(lessonId: Int64, studentId: Int64, reason: AbsenceReason, note: String?)]
    ) throws -> [Attendance] {
        let notes = try reasons.map { try Validate.optionalText($0.note, .note, max: 300) }
        return try write { db in
            try reasons.indices.map { index in
                try saveAbsenceReason(
                    db, caller, lessonId: reasons[index].lessonId, studentId: reasons[index].studentId, reason: reasons[index].reason,
                    note: notes[index])
            }
        }
    }

    private func saveAbsenceReason(
        _ db: StoreTransaction, _ caller: Caller, lessonId: Int64, studentId: Int64, reason: AbsenceReason, note: String?
    ) throws -> Attendance {
        let lesson = try fetchLesson(db, lessonId)
        try Access.check(.setAbsenceReason, caller: caller, organizationId: caller.organizationId, classId: lesson.classId, db)
        // J-ATT-1: a reason is recorded while the lesson's period is being summed up — until its
        // period marks close, 2 days after its end; a lesson outside the periods, inside the entry window.
        let clock = try lessonClock(db, organizationId: caller.organizationId)
        let period = try db.record(
            ReportingPeriod.self,
            """
            SELECT r.* FROM reportingPeriod r JOIN schoolClass c ON c.yearId = r.yearId
            WHERE c.id = ? AND r.startDate <= ? AND r.endDate >= ?
            """, [lesson.classId, lesson.date, lesson.date])
        let closes =
            period.map { PeriodMarkWindow(periodEnd: $0.endDate).closes } ?? lesson.date.adding(days: clock.settings.entryWindowDays)
        if clock.today > closes { throw JournalError.absenceReasonWindowClosed(closed: closes) }
        guard
            var record = try db.record(
                Attendance.self, "SELECT * FROM attendance WHERE lessonId = ? AND studentId = ?", [lessonId, studentId]),
            record.status != .present
        else { throw JournalError.invalid(.status, .notAbsent) }
        let before = AuditText.of(["reason": record.reason?.rawValue, "note": record.reasonNote])
        record.reason = reason
        record.reasonNote = note
        try db.update(record)
        try AuditLog.append(
            db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
            action: .attendanceReason, entity: .attendance, entityId: lessonId, studentId: studentId,
            lessonId: lessonId, before: before, after: AuditText.of(["reason": reason.rawValue, "note": note]))
        return record
    }

    /// The absences and lateness of a class in the week (Monday to Sunday) of `date`, with their
    /// reasons, by day and lesson: the class teacher's Friday correction (J-ATT-1).
    public func weekAbsences(_ caller: Caller, classId: Int64, date: LocalDate) throws -> [AbsenceRow] {
        let monday = date.adding(days: -(date.weekday - 1))
        return try read { db in
            try Access.check(.setAbsenceReason, caller: caller, organizationId: caller.organizationId, classId: classId, db)
            let rows = try db.rows(
                """
                SELECT a.*, l.date AS lessonDate, l.startTime AS lessonStart, s.name AS subjectName, p.fullName AS studentName
                FROM attendance a JOIN lesson l ON l.id = a.lessonId JOIN subject s ON s.id = l.subjectId
                JOIN person p ON p.id = a.studentId
                WHERE l.classId = ? AND l.date BETWEEN ? AND ? AND a.status <> 'present'
                ORDER BY l.date, l.startTime, p.fullName
                """, [classId, monday, monday.adding(days: 6)])
            return try rows.map { row in
                AbsenceRow(
                    attendance: try row.record(Attendance.self), date: try row["lessonDate"], start: try row["lessonStart"],
                    subject: try row["subjectName"], studentName: try row["studentName"])
            }
        }
    }

    /// The attendance of a lesson that the caller may see.
    public func attendance(_ caller: Caller, lessonId: Int64) throws -> [Attendance] {
        try read { db in
            try JournalAccess.checkView(caller, try fetchLesson(db, lessonId), db)
            return try db.records(Attendance.self, "SELECT * FROM attendance WHERE lessonId = ? ORDER BY studentId", [lessonId])
                .filter { try JournalAccess.mayViewStudent(caller, $0.studentId, db) }
        }
    }
}

/// One absence or lateness of the class teacher's week.
public struct AbsenceRow: Sendable, Equatable {
    public var attendance: Attendance
    public var date: LocalDate
    public var start: ClockTime
    public var subject: String
    public var studentName: String
}
