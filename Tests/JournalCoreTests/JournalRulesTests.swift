import Foundation
import GRDB
import Testing

@testable import JournalCore

/// The regulations' rules of lessons and marks, each by its id, with the clock moved around the deadlines.
@Suite struct JournalRulesTests {
    @Test func nothingIsEnteredBeforeTheLessonBegins() throws {
        // J-LESSON-2: "задним числом" and in advance are both refused.
        let day = try JournalDay()
        day.at("2026-10-01T08:29")
        #expect(throws: JournalError.lessonInFuture) { try day.mark() }
        #expect(throws: JournalError.lessonInFuture) {
            try day.school.journal.setTopic(day.teacher, lessonId: day.lesson.id!, topic: "Дроби")
        }
        day.at("2026-10-01T08:31")
        #expect(try day.mark().value == .five)
    }

    @Test func entriesAreAllowedUpToSevenDaysLaterAndNeverAfter() throws {
        // J-LESSON-2
        let day = try JournalDay()
        day.at("2026-10-08T23:59")
        _ = try day.school.journal.setTopic(day.teacher, lessonId: day.lesson.id!, topic: "Обыкновенные дроби")
        day.at("2026-10-09T00:01")
        #expect(throws: JournalError.entryWindowClosed(daysAgo: 8, limit: 7)) { try day.mark() }
        day.at("2026-10-10T09:00")
        #expect(throws: JournalError.entryWindowClosed(daysAgo: 9, limit: 7)) { try day.mark() }
    }

    @Test func marksAfterTheDailyDeadlineAreFlaggedNotRefused() throws {
        // J-MARK-2: 16:00 by default (seed 004), 17:00 where configured (seed 003).
        let day = try JournalDay()
        day.at("2026-10-01T15:59")
        #expect(try day.mark().late == false)
        day.at("2026-10-01T16:01")
        #expect(try day.mark().late == true)
        day.at("2026-10-02T09:00")
        #expect(try day.mark().late == true)

        _ = try day.school.journal.updateJournalSettings(day.school.admin, markDeadline: ClockTime(parsing: "17:00"))
        day.at("2026-10-01T16:30")
        #expect(try day.mark().late == false)
    }

    @Test func homeworkIsLateTwoHoursAfterTheClassesLessonsEnd() throws {
        // J-HW-1: the class's last lesson that day ends at 13:00; 2 hours of grace, configurable (1.5 h in seed 004 §2.7).
        let day = try JournalDay()
        let journal = day.school.journal
        day.at("2026-10-01T14:59")
        #expect(try journal.setHomework(day.teacher, lessonId: day.lesson.id!, homework: "с. 45, № 112–115").homeworkLate == false)
        day.at("2026-10-01T15:01")
        #expect(try journal.setHomework(day.teacher, lessonId: day.lesson.id!, homework: "с. 45, № 112–116").homeworkLate == true)
        _ = try journal.updateJournalSettings(day.school.admin, homeworkGraceMinutes: 90)
        day.at("2026-10-01T14:31")
        #expect(try journal.setHomework(day.teacher, lessonId: day.lesson.id!, homework: "с. 45").homeworkLate == true)
    }

    @Test func gradeOneGetsNoMarksAndNoHomeworkButAttendance() throws {
        // J-MARK-3
        let day = try JournalDay(grade: 1)
        day.at("2026-10-01T10:00")
        #expect(throws: JournalError.gradeOneHasNoMarks) { try day.mark() }
        #expect(throws: JournalError.gradeOneHasNoMarks) {
            try day.school.journal.setHomework(day.teacher, lessonId: day.lesson.id!, homework: "Прописи")
        }
        let record = try day.school.journal.setAttendance(
            day.teacher, lessonId: day.lesson.id!, studentId: day.student.person.id!, status: .absent)
        #expect(record.status == .absent)
    }

    @Test func theMarkScaleFollowsTheOrganization() throws {
        // J-MARK-1: 2–5, 1 only where allowed, н/а, ОСВ (pass/fail only where a subject is not
        // graded: MarkScaleTests); several per student per lesson.
        let day = try JournalDay()
        day.at("2026-10-01T10:00")
        #expect(throws: JournalError.invalid(.mark, .markOneNotAllowed)) { try day.mark(.one) }
        for value in [MarkValue.two, .five, .notAssessed, .exempt] { try day.mark(value) }
        _ = try day.school.journal.updateJournalSettings(day.school.admin, allowsMarkOne: true)
        try day.mark(.one)
        #expect(try day.school.journal.marks(day.teacher, lessonId: day.lesson.id!).count == 5)
        #expect(MarkValue(typed: "на") == .notAssessed && MarkValue(typed: "зач") == .pass && MarkValue(typed: "6") == nil)
    }

    @Test func aCorrectedMarkKeepsOldValueNewValueTimeAndReason() throws {
        // J-MARK-4
        let day = try JournalDay()
        day.at("2026-10-01T10:00")
        let mark = try day.mark(.three)
        day.at("2026-10-01T10:05")
        #expect(throws: JournalError.invalid(.reason, .missing)) {
            try day.school.journal.correctMark(day.teacher, markId: mark.id!, to: .four, reason: " ")
        }
        #expect(throws: JournalError.forbidden(.editJournal)) {
            try day.school.journal.correctMark(day.otherTeacher, markId: mark.id!, to: .four, reason: "ошибка")
        }
        let corrected = try day.school.journal.correctMark(day.teacher, markId: mark.id!, to: .four, reason: "ошибся строкой")
        #expect(corrected.value == .four)
        let history = try day.school.journal.corrections(day.teacher, markId: mark.id!)
        #expect(history.count == 1)
        #expect(history[0].oldValue == .three && history[0].newValue == .four && history[0].reason == "ошибся строкой")
        #expect(history[0].correctedAt == JournalDay.moscow("2026-10-01T10:05"))
    }

    @Test func aMarkFromAnotherInstitutionCarriesItsDocument() throws {
        // J-MARK-7
        let day = try JournalDay()
        day.at("2026-10-01T10:00")
        #expect(throws: JournalError.invalid(.document, .missing)) { try day.mark(.four, work: .external) }
        let mark = try day.mark(.four, work: .external, document: "Справка ГБУЗ «Детская больница» № 112 от 28.09.2026")
        #expect(mark.documentReference?.hasPrefix("Справка") == true)
    }

    @Test func attendanceByTheTeacherReasonsByTheClassTeacher() throws {
        // J-ATT-1
        let day = try JournalDay()
        let journal = day.school.journal
        day.at("2026-10-01T09:00")
        _ = try journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.student.person.id!, status: .absent)
        _ = try journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, status: .present)
        #expect(throws: JournalError.forbidden(.setAbsenceReason)) {
            try journal.setAbsenceReason(
                day.otherTeacher, lessonId: day.lesson.id!, studentId: day.student.person.id!, reason: .excused, note: nil)
        }
        #expect(throws: JournalError.invalid(.status, .notAbsent)) {
            try journal.setAbsenceReason(
                day.classTeacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, reason: .excused, note: nil)
        }
        let excused = try journal.setAbsenceReason(
            day.classTeacher, lessonId: day.lesson.id!, studentId: day.student.person.id!,
            reason: .excused, note: "справка № 17")
        #expect(excused.reason == .excused && excused.reasonNote == "справка № 17")
    }

    @Test(
        "J-MARK-2: written work's marks are due the day its checking ends, on time that day and open from it; other marks keep the lesson's day"
    )
    func writtenWorkMarksAreDueWhenTheCheckingEnds() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        day.at("2026-10-01T10:00")
        #expect(throws: JournalError.invalid(.date, .outOfRange(min: 0, max: 14))) {
            try journal.setCheckingEnd(day.teacher, lessonId: day.lesson.id!, on: date("2026-10-20"))
        }
        #expect(throws: JournalError.forbidden(.editJournal)) {
            try journal.setCheckingEnd(day.otherTeacher, lessonId: day.lesson.id!, on: date("2026-10-08"))
        }
        try journal.setCheckingEnd(day.teacher, lessonId: day.lesson.id!, on: date("2026-10-08"))
        // The checking ends on Thursday 08.10: the test's mark entered that morning is on time.
        day.at("2026-10-08T11:00")
        #expect(try day.mark(.four, work: .test).late == false)
        #expect(try day.mark(.five, work: .answer).late == true)
        // Eleven days after the lesson: an answer's mark is past the window, the test's is not (late).
        day.at("2026-10-12T10:00")
        #expect(throws: JournalError.entryWindowClosed(daysAgo: 11, limit: 7)) { try day.mark(.five, work: .answer) }
        #expect(try day.mark(.three, work: .dictation).late == true)
        day.at("2026-10-16T10:00")
        #expect(throws: JournalError.entryWindowClosed(daysAgo: 8, limit: 7)) { try day.mark(.three, work: .test) }
    }

    @Test("J-ATT-1: a reason is given until the lesson's period is summed up (2 days after it ends), never 96 days later")
    func absenceReasonsCloseWithTheirPeriod() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        _ = try journal.setPeriod(
            day.school.admin, yearId: day.school.year.id!, number: 1, start: date("2026-09-01"), end: date("2026-10-24"))
        day.at("2026-10-01T09:00")
        _ = try journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.student.person.id!, status: .absent)
        func give(_ reason: AbsenceReason) throws -> Attendance {
            try journal.setAbsenceReason(
                day.classTeacher, lessonId: day.lesson.id!, studentId: day.student.person.id!, reason: reason, note: nil)
        }
        // A sick child's note comes three weeks later: still inside the quarter.
        day.at("2026-10-22T15:00")
        #expect(try give(.excused).reason == .excused)
        day.at("2026-10-26T15:00")
        #expect(try give(.unexcused).reason == .unexcused)
        day.at("2027-01-05T10:00")
        #expect(throws: JournalError.absenceReasonWindowClosed(closed: date("2026-10-26"))) { try give(.excused) }
        let kept = try journal.read { db in
            try db.record(
                Attendance.self, "SELECT * FROM attendance WHERE lessonId = ? AND studentId = ?", [day.lesson.id!, day.student.person.id!])
        }
        #expect(kept?.reason == .unexcused)
    }
}

/// Who may see and fill which journal (J-ACL-1 … J-ACL-3).
@Suite struct JournalAccessTests {
    @Test func onlyTheLessonsTeacherFillsItIn() throws {
        // J-ACL-1, J-ACL-2: the class teacher sees every subject of the class but edits none it does not teach.
        let day = try JournalDay()
        day.at("2026-10-01T10:00")
        for caller in [day.otherTeacher, day.classTeacher, day.school.admin] {
            #expect(throws: JournalError.forbidden(.editJournal)) { try day.mark(by: caller) }
        }
        try day.mark()
        #expect(try day.school.journal.marks(day.classTeacher, lessonId: day.lesson.id!).count == 1)
        #expect(throws: JournalError.forbidden(.viewJournal)) { try day.school.journal.marks(day.otherTeacher, lessonId: day.lesson.id!) }
    }

    @Test func studentsAndGuardiansSeeOnlyTheirOwnMarks() throws {
        // J-ACL-3
        let day = try JournalDay()
        day.at("2026-10-01T10:00")
        try day.mark(.five)
        _ = try day.school.journal.addMark(
            day.teacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, value: .three, workKind: .answer)
        let student = try day.school.caller(of: day.student.person.id!)
        let guardianRow = try day.school.journal.createGuardian(
            day.school.admin, studentId: day.classmate.person.id!,
            fullName: "Шилова Анна", email: "shilova@example.ru", phone: nil)
        let guardian = try day.school.caller(of: guardianRow.person.id!)
        #expect(try day.school.journal.marks(student, lessonId: day.lesson.id!).map(\.value) == [.five])
        #expect(try day.school.journal.marks(guardian, lessonId: day.lesson.id!).map(\.value) == [.three])
        #expect(throws: JournalError.forbidden(.editJournal)) { try day.mark(by: student) }
    }

    @Test func aMarkGoesOnlyToAStudentOfTheLesson() throws {
        let day = try JournalDay()
        day.at("2026-10-01T10:00")
        let other = try day.school.schoolClass(6, "Б")
        let stranger = try day.school.student("Чужой Иван", in: other.id!)
        #expect(throws: JournalError.notInLesson(student: "Чужой Иван")) {
            try day.school.journal.addMark(
                day.teacher, lessonId: day.lesson.id!, studentId: stranger.person.id!, value: .four, workKind: .answer)
        }
    }
}
