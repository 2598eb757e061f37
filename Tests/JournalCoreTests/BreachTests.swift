import Foundation
import Testing
@testable import JournalCore

/// A breach of credentials (H-CRED-3, J-ACL-5): the account is locked at once, and what was done
/// with it after the report is invalid and left out of the journal.
@Suite struct BreachTests {
    @Test func aBreachLocksTheAccountAndVoidsTheMarksMadeAfterTheReport() throws {
        let day = try JournalDay()
        day.at("2026-10-01T09:00")
        let before = try day.mark(.four)
        _ = try day.school.journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, status: .late)
        _ = try day.school.journal.setHomework(day.teacher, lessonId: day.lesson.id!, homework: "§ 12")
        day.at("2026-10-01T10:00")
        let after = try day.mark(.two, work: .test)
        _ = try day.school.journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, status: .absent)
        _ = try day.school.journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.student.person.id!, status: .absent)
        _ = try day.school.journal.setHomework(day.teacher, lessonId: day.lesson.id!, homework: "всё отменено")
        _ = try day.school.journal.correctMark(day.teacher, markId: before.id!, to: .two, reason: "ошибка")
        // Reported to the head at 09:30, entered at 10:30.
        day.at("2026-10-01T10:30")
        let effect = try day.school.journal.reportBreach(day.classTeacher, organizationId: day.school.admin.organizationId,
                                                         login: day.teacher.login, reportedAt: JournalDay.moscow("2026-10-01T09:30"))
        #expect(effect.voidedMarks == 1 && effect.invalidatedEntries == 5)
        // The journal shows what was entered before the report: the first mark as it was, the
        // classmate late, the student without an attendance entry, the first homework.
        let sheet = try day.school.journal.lessonSheet(day.school.admin, lessonId: day.lesson.id!)
        #expect(sheet.first { $0.student.id == day.student.person.id }?.marks.map(\.id) == [before.id])
        #expect(sheet.first { $0.student.id == day.student.person.id }?.marks.map(\.value) == [.four])
        #expect(sheet.first { $0.student.id == day.student.person.id }?.attendance == nil)
        #expect(sheet.first { $0.student.id == day.classmate.person.id }?.attendance?.status == .late)
        #expect(try day.school.journal.read { db in try Lesson.fetchOne(db, key: day.lesson.id!)?.homework } == "§ 12")
        #expect(try day.school.journal.marks(day.school.admin, lessonId: day.lesson.id!).map(\.id) == [before.id])
        // The audit log keeps both, the later one marked invalid, and its chain is intact.
        let invalid = try day.school.journal.invalidAuditEntries(day.school.admin)
        let entries = try day.school.journal.auditEntries(day.school.admin, lessonId: day.lesson.id!)
        #expect(entries.filter { invalid.contains($0.id!) }.map(\.action)
                == [.markAdded, .attendanceSet, .attendanceSet, .homeworkSet, .markCorrected])
        #expect(entries.contains { invalid.contains($0.id!) && $0.entityId == after.id })
        #expect(try day.school.journal.verifyAudit(day.school.admin).problems.isEmpty)
        // The account is locked and its open session has ended.
        #expect(throws: JournalError.sessionEnded) { try day.school.journal.addMark(day.teacher, lessonId: day.lesson.id!, studentId: day.student.person.id!,
                                                                                   value: .five, workKind: .answer, documentReference: nil) }
        #expect(throws: JournalError.accountLocked) { try day.school.journal.authenticate(login: day.teacher.login, password: "a-new-password") }
        #expect(throws: JournalError.invalid(.date, .inFuture)) {
            try day.school.journal.reportBreach(day.school.admin, organizationId: day.school.admin.organizationId, login: day.otherTeacher.login,
                                                reportedAt: JournalDay.moscow("2026-10-01T11:00"))
        }
    }
}
