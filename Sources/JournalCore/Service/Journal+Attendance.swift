import Foundation
import GRDB

extension Journal {
    /// The subject teacher marks a student present, absent or late at a lesson; the class teacher
    /// corrects the absences of their class within the week (J-ATT-1).
    public func setAttendance(_ caller: Caller, lessonId: Int64, studentId: Int64, status: AttendanceStatus) throws -> Attendance {
        try write { db in
            let (lesson, clock) = try openForEntry(db, caller, lessonId, marksOrHomework: false, classTeacherMay: true)
            try checkAttends(db, lesson, studentId)
            return try saveAttendance(db, caller, lesson, clock, studentId: studentId, status: status)
        }
    }

    /// One student's attendance at an open lesson, with its audit entry; the rights and the
    /// roster are checked by the caller.
    func saveAttendance(
        _ db: Database, _ caller: Caller, _ lesson: Lesson, _ clock: LessonClock, studentId: Int64, status: AttendanceStatus
    ) throws -> Attendance {
        let lessonId = lesson.id!
        let old = try Attendance.fetchOne(db, key: ["lessonId": lessonId, "studentId": studentId])
        let record = Attendance(
            lessonId: lessonId, studentId: studentId, status: status,
            reason: status == .present ? nil : old?.reason, reasonNote: status == .present ? nil : old?.reasonNote,
            enteredBy: caller.accountId, enteredAt: clock.now)
        try record.save(db)
        try AuditLog.append(
            db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
            action: .attendanceSet, entity: "attendance", entityId: lessonId, studentId: studentId, lessonId: lessonId,
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
        return try write { db in
            let lesson = try fetchLesson(db, lessonId)
            try Access.check(.setAbsenceReason, caller: caller, organizationId: caller.organizationId, classId: lesson.classId, db)
            guard var record = try Attendance.fetchOne(db, key: ["lessonId": lessonId, "studentId": studentId]),
                record.status != .present
            else { throw JournalError.invalid(.status, .notAbsent) }
            let before = AuditText.of(["reason": record.reason?.rawValue, "note": record.reasonNote])
            record.reason = reason
            record.reasonNote = note
            try record.update(db)
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
                action: .attendanceReason, entity: "attendance", entityId: lessonId, studentId: studentId,
                lessonId: lessonId, before: before, after: AuditText.of(["reason": reason.rawValue, "note": note]))
            return record
        }
    }

    /// The attendance of a lesson that the caller may see.
    public func attendance(_ caller: Caller, lessonId: Int64) throws -> [Attendance] {
        try read { db in
            try JournalAccess.checkView(caller, try fetchLesson(db, lessonId), db)
            return try Attendance.filter(Column("lessonId") == lessonId).fetchAll(db)
                .filter { try JournalAccess.mayViewStudent(caller, $0.studentId, db) }
        }
    }
}
