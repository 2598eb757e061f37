import Foundation
import Testing

@testable import JournalCore

/// Time rules without back doors (issue 9, part 3; J-LESSON-2, J-MARK-5, J-MARK-6).
@Suite struct TimeRuleTests {
    func t(_ text: String) -> ClockTime { ClockTime(parsing: text)! }

    /// The journal day with the quarters set: the first ends on Saturday 24 October 2026.
    func quarters() throws -> (JournalDay, Caller) {
        let day = try JournalDay()
        let journal = day.school.journal
        _ = try journal.setPeriod(
            day.school.admin, yearId: day.school.year.id!, number: 1, start: date("2026-09-01"), end: date("2026-10-24"))
        _ = try journal.setPeriod(
            day.school.admin, yearId: day.school.year.id!, number: 2, start: date("2026-11-05"), end: date("2026-12-27"))
        let deputy = try day.school.caller(of: try day.school.staff("Смирнова Анна Павловна", [.deputyAcademic]).person.id!)
        return (day, deputy)
    }

    @Test("J-LESSON-2: No lesson is created beyond the window or on a day off") func noLessonIsCreatedBeyondTheWindowOrOnADayOff() throws {
        let day = try JournalDay()
        day.at("2026-11-22T10:00")
        let journal = day.school.journal
        // 2 October is 51 days back.
        #expect(throws: JournalError.entryWindowClosed(daysAgo: 51, limit: 7)) {
            try journal.createLesson(
                day.teacher, assignmentId: day.assignment.id!, date: date("2026-10-02"), start: t("10:00"), end: t("10:45"),
                topic: "Задним числом")
        }
        // 4 November, National Unity Day; 31 October, a Saturday of a five-day week.
        day.at("2026-11-05T10:00")
        for holiday in ["2026-11-04", "2026-10-31"] {
            #expect(throws: JournalError.invalid(.date, .notASchoolDay(date(holiday)))) {
                try journal.createLesson(
                    day.teacher, assignmentId: day.assignment.id!, date: date(holiday), start: t("10:00"), end: t("10:45"))
            }
        }
        #expect(throws: Never.self) {
            try journal.createLesson(
                day.teacher, assignmentId: day.assignment.id!, date: date("2026-11-20"), start: t("10:00"), end: t("10:45"))
        }
    }

    @Test("J-LESSON-2: nobody moves a lesson past the 7-day window or onto a day without school — the deputy with a reason included")
    func nobodyMovesAnOldLessonTheDeputyIncluded() throws {
        let (day, deputy) = try quarters()
        day.at("2026-10-12T10:00")
        // The lesson of 1 October is 11 days old: «не позднее 7 дней» has no override (issue 24).
        for caller in [day.school.admin, deputy] {
            #expect(throws: JournalError.entryWindowClosed(daysAgo: 11, limit: 7)) {
                try day.school.journal.moveLesson(
                    caller, lessonId: day.lesson.id!, date: date("2026-10-12"), start: t("08:30"),
                    end: t("09:15"), reason: "перенос по приказу № 12")
            }
        }
        day.at("2026-10-05T10:00")
        let moved = try day.school.journal.moveLesson(
            deputy, lessonId: day.lesson.id!, date: date("2026-10-02"), start: t("08:30"),
            end: t("09:15"), reason: "перенос по приказу № 12")
        #expect(moved.date == date("2026-10-02"))
        // Onto a Sunday or a holiday, not even the deputy.
        #expect(throws: JournalError.invalid(.date, .notASchoolDay(date("2026-10-04")))) {
            try day.school.journal.moveLesson(
                deputy, lessonId: day.lesson.id!, date: date("2026-10-04"), start: t("08:30"), end: t("09:15"), reason: "воскресенье")
        }
        #expect(throws: JournalError.invalid(.date, .notASchoolDay(date("2026-10-10")))) {
            try day.school.journal.moveLesson(
                day.school.admin, lessonId: day.lesson.id!, date: date("2026-10-10"), start: t("08:30"),
                end: t("09:15"), reason: "суббота")
        }
    }

    @Test("J-LESSON-2: A held lesson with marks never moves into the future or another period nor is cancelled")
    func aHeldLessonWithMarksNeverMovesIntoTheFutureOrAnotherPeriodNorIsCancelled() throws {
        let (day, deputy) = try quarters()
        day.at("2026-10-01T10:00")
        _ = try day.mark(.four)
        for (target, reason) in [("2026-10-02", "в будущее"), ("2026-11-05", "в другую четверть")] {
            #expect(throws: JournalError.lessonWithMarks(1)) {
                try day.school.journal.moveLesson(
                    deputy, lessonId: day.lesson.id!, date: date(target), start: t("08:30"), end: t("09:15"), reason: reason)
            }
        }
        #expect(throws: JournalError.lessonWithMarks(1)) {
            try day.school.journal.cancelLesson(deputy, lessonId: day.lesson.id!, reason: "отмена")
        }
        // Within the period and in the past, the deputy may.
        #expect(
            try day.school.journal.moveLesson(
                deputy, lessonId: day.lesson.id!, date: date("2026-09-30"), start: t("08:30"), end: t("09:15"),
                reason: "ошибка даты"
            ).date == date("2026-09-30"))
    }

    @Test("J-MARK-6: Changing a periods dates never deletes its marks") func changingAPeriodsDatesNeverDeletesItsMarks() throws {
        let (day, _) = try quarters()
        let journal = day.school.journal
        day.at("2026-10-20T10:00")
        let mark = try journal.setPeriodMark(
            day.teacher, studentId: day.student.person.id!, subjectId: day.assignment.subjectId,
            classId: day.fiveA.id!, periodNumber: 1, value: .four)
        // Ending the quarter on 10 October would leave the mark set on 20 October outside it.
        #expect(
            throws: JournalError.periodMarksOutside([
                PeriodMarkReference(
                    student: "Орлов Олег", subject: "Математика", value: "4",
                    setOn: date("2026-10-20"))
            ])
        ) {
            try journal.setPeriod(
                day.school.admin, yearId: day.school.year.id!, number: 1, start: date("2026-09-01"), end: date("2026-10-10"))
        }
        // A change that keeps it inside keeps the mark, the same row.
        _ = try journal.setPeriod(
            day.school.admin, yearId: day.school.year.id!, number: 1, start: date("2026-09-01"), end: date("2026-10-23"))
        #expect(try journal.read { db in try db.record(PeriodMark.self, id: mark.id!)?.value } == .four)
        #expect(try journal.verifyAudit(day.school.admin).problems == [])
    }

    @Test("J-MARK-5: A missing period mark is set by the deputy on a matching note")
    func aMissingPeriodMarkIsSetByTheDeputyOnAMatchingNote() throws {
        let (day, deputy) = try quarters()
        day.at("2026-11-10T10:00")
        let note = ExplanatoryNote(
            teacherName: "Жуков П. И.", classLetter: "5А", date: date("2026-10-24"), subject: "Математика",
            changes: "Орлов Олег: 4", reasons: "болел в дни выставления")
        let journal = day.school.journal
        func setMissing(_ caller: Caller, _ note: ExplanatoryNote) throws -> PeriodMark {
            try journal.setMissingPeriodMark(
                caller, studentId: day.student.person.id!, subjectId: day.assignment.subjectId, classId: day.fiveA.id!,
                periodNumber: 1, value: .four, note: note)
        }
        #expect(throws: JournalError.forbidden(.changePeriodMark)) { try setMissing(day.teacher, note) }
        var otherTeacher = note
        otherTeacher.teacherName = "Карпов И. П."
        #expect(throws: JournalError.invalid(.teacher, .doesNotMatch("Жуков Пётр Ильич"))) { try setMissing(deputy, otherTeacher) }
        var otherSubject = note
        otherSubject.subject = "Русский язык"
        #expect(throws: JournalError.invalid(.subject, .doesNotMatch("Математика"))) { try setMissing(deputy, otherSubject) }
        var otherClass = note
        otherClass.classLetter = "6Б"
        #expect(throws: JournalError.invalid(.letter, .doesNotMatch("5А"))) { try setMissing(deputy, otherClass) }
        let mark = try setMissing(deputy, note)
        #expect(mark.value == .four && mark.setBy == deputy.accountId)
        #expect(throws: JournalError.invalid(.mark, .alreadyExists("4"))) { try setMissing(deputy, note) }
        // A change on a note that names another subject is refused too.
        #expect(throws: JournalError.invalid(.subject, .doesNotMatch("Математика"))) {
            try journal.changePeriodMark(deputy, periodMarkId: mark.id!, to: .five, note: otherSubject)
        }
    }

    @Test("J-LESSON-2: Generating from the timetable never reaches past the entry window")
    func generatingNeverReachesPastTheWindow() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        _ = try journal.addTimetableEntry(
            day.school.admin, assignmentId: day.assignment.id!, weekday: 1, start: t("10:00"), end: t("10:45"), room: "12",
            from: date("2026-09-01"))
        day.at("2026-11-22T10:00")
        // Mondays from 5 October: only 16 November is within 7 days; 23 and 30 November are ahead.
        #expect(try journal.generateLessons(day.school.admin, from: date("2026-10-05"), to: date("2026-11-30")) == 3)
        #expect(throws: JournalError.entryWindowClosed(daysAgo: 18, limit: 7)) {
            try journal.generateLessons(day.school.admin, from: date("2026-10-05"), to: date("2026-11-04"))
        }
    }
}
