import Foundation
import GRDB
import Testing

@testable import JournalCore

/// A whole lesson in one transaction (J-LESSON-1, J-ATT-1, J-MARK-1).
@Suite struct LessonFillTests {
    @Test("J-LESSON-1: a lesson's attendance and marks in one write, the others present; one bad entry refuses all")
    func aWholeLessonAtOnce() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        day.at("2026-10-01T09:20")
        let before = try day.school.rowCounts()
        // A pupil of another class: nothing of the lesson is written.
        let stranger = try day.school.student("Чужой Пётр", in: try day.school.schoolClass(6, "Б").id!)
        let countsWithStranger = try day.school.rowCounts()
        #expect(throws: JournalError.self) {
            try journal.fillLesson(
                day.teacher, lessonId: day.lesson.id!,
                entries: [
                    LessonEntry(studentId: day.student.person.id!, attendance: .absent),
                    LessonEntry(studentId: stranger.person.id!, marks: [(.five, .test)]),
                ], othersPresent: true)
        }
        #expect(try day.school.rowCounts() == countsWithStranger)
        #expect(countsWithStranger != before)
        // Another teacher's lesson: refused whole.
        #expect(throws: JournalError.self) {
            try journal.fillLesson(day.otherTeacher, lessonId: day.lesson.id!, entries: [], othersPresent: true)
        }
        let fill = try journal.fillLesson(
            day.teacher, lessonId: day.lesson.id!,
            entries: [LessonEntry(studentId: day.student.person.id!, attendance: .late, marks: [(.four, .test), (.five, .answer)])],
            othersPresent: true)
        #expect(fill.attendance.map(\.status).sorted { $0.rawValue < $1.rawValue } == [.late, .present])
        #expect(fill.marks.map(\.value) == [.four, .five] && fill.marks.map(\.workKind) == [.test, .answer])
        let line = try journal.diary(day.teacher, studentId: day.classmate.person.id!, from: date("2026-10-01"), to: date("2026-10-01"))
        #expect(line.first { $0.lesson.id == day.lesson.id }?.attendance == .present)
        // Every entry is in the audit chain, as one at a time would be.
        let audited = try journal.database.readDatabase { db in
            try db.store.value(
                Int.self, "SELECT COUNT(*) FROM auditEntry WHERE lessonId = ? AND action IN (?, ?)",
                [day.lesson.id!, AuditAction.attendanceSet, AuditAction.markAdded])
        }
        #expect(audited == 4)
        #expect(throws: JournalError.invalid(.document, .missing)) {
            try journal.fillLesson(
                day.teacher, lessonId: day.lesson.id!,
                entries: [LessonEntry(studentId: day.student.person.id!, marks: [(.five, .external)])],
                othersPresent: false)
        }
    }

    @Test("J-ATT-1 (from the tour): «все» marks present only those with nothing recorded; an absence already entered stays")
    func everyoneKeepsWhatIsRecorded() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        day.at("2026-10-01T09:20")
        _ = try journal.fillLesson(
            day.teacher, lessonId: day.lesson.id!, entries: [LessonEntry(studentId: day.student.person.id!, attendance: .absent)],
            othersPresent: false)
        let fill = try journal.fillLesson(
            day.teacher, lessonId: day.lesson.id!, entries: [LessonEntry(studentId: day.classmate.person.id!, marks: [(.five, .answer)])],
            othersPresent: true)
        #expect(!fill.attendance.contains { $0.studentId == day.student.person.id! }, "the absent pupil is not made present")
        let absent = try journal.attendance(day.teacher, lessonId: day.lesson.id!).first { $0.studentId == day.student.person.id! }
        #expect(absent?.status == .absent)
        // Named, the pupil's attendance is what the line says.
        _ = try journal.fillLesson(
            day.teacher, lessonId: day.lesson.id!, entries: [LessonEntry(studentId: day.student.person.id!, attendance: .present)],
            othersPresent: true)
        #expect(
            try journal.attendance(day.teacher, lessonId: day.lesson.id!).first { $0.studentId == day.student.person.id! }?.status
                == .present)
    }
}
