import Foundation
import Testing

@testable import JournalCore

/// Period and year marks (J-MARK-5, J-MARK-6) and the substitution log (J-SUB-1).
@Suite struct PeriodMarkTests {
    /// The journal day with the first quarter ending on Saturday 24 October 2026.
    func quarterDay() throws -> (JournalDay, Int64) {
        let day = try JournalDay()
        _ = try day.school.journal.setPeriod(
            day.school.admin, yearId: day.school.year.id!, number: 1,
            start: date("2026-09-01"), end: date("2026-10-24"))
        return (day, day.assignment.subjectId)
    }

    func setQuarterMark(_ day: JournalDay, _ subjectId: Int64, _ value: MarkValue, by caller: Caller? = nil) throws -> PeriodMark {
        try day.school.journal.setPeriodMark(
            caller ?? day.teacher, studentId: day.student.person.id!, subjectId: subjectId,
            classId: day.fiveA.id!, periodNumber: 1, value: value)
    }

    @Test func periodMarksAreSetOnlyFromTheLastWeekToTwoDaysAfter() throws {
        // J-MARK-6
        let (day, subject) = try quarterDay()
        day.at("2026-10-17T12:00")
        #expect(throws: JournalError.periodMarkWindowNotOpen(opens: date("2026-10-18"))) { try setQuarterMark(day, subject, .five) }
        day.at("2026-10-18T09:00")
        #expect(try setQuarterMark(day, subject, .four).value == .four)
        day.at("2026-10-23T09:00")
        #expect(try setQuarterMark(day, subject, .five).value == .five)  // while the period runs the teacher may change it
        day.at("2026-10-26T23:00")
        // J-MARK-5: the period has ended; a set mark is now replaced only by the deputy, on a note.
        #expect(throws: JournalError.periodMarkAlreadySet(.five)) { try setQuarterMark(day, subject, .four) }
        day.at("2026-10-27T08:00")
        #expect(throws: JournalError.periodMarkWindowClosed(closed: date("2026-10-26"))) { try setQuarterMark(day, subject, .three) }
        #expect(throws: JournalError.forbidden(.editJournal)) {
            try day.school.journal.setPeriodMark(
                day.otherTeacher, studentId: day.student.person.id!, subjectId: subject,
                classId: day.fiveA.id!, periodNumber: 1, value: .five)
        }
    }

    @Test(
        "J-MARK-5: after the period has ended, the teacher cannot replace a set period mark, even inside the two days; a missing one is still set"
    )
    func aSetPeriodMarkIsNotReplacedByTheTeacherAfterThePeriod() throws {
        let (day, subject) = try quarterDay()
        day.at("2026-10-24T12:00")
        _ = try setQuarterMark(day, subject, .three)
        day.at("2026-10-25T10:00")
        #expect(throws: JournalError.periodMarkAlreadySet(.three)) { try setQuarterMark(day, subject, .five) }
        let classmate = try day.school.journal.setPeriodMark(
            day.teacher, studentId: day.classmate.person.id!, subjectId: subject, classId: day.fiveA.id!, periodNumber: 1, value: .four)
        #expect(classmate.value == .four)
        let kept = try day.school.journal.read { db in try db.records(PeriodMark.self, "SELECT * FROM periodMark") }.map(\.value).sorted {
            $0.rawValue < $1.rawValue
        }
        #expect(kept == [.three, .four])
    }

    @Test("J-ACL-1: a subgroup's teacher sets period marks for the pupils of that group only")
    func aSubgroupTeacherSetsPeriodMarksOnlyForTheirGroup() throws {
        let (day, _) = try quarterDay()
        let journal = day.school.journal
        let english = try journal.createSubject(day.school.admin, name: "Английский язык")
        let group = try journal.createSubgroup(day.school.admin, classId: day.fiveA.id!, subjectId: english.id!, name: "1 группа")
        try journal.addToSubgroup(day.school.admin, subgroupId: group.id!, studentId: day.student.person.id!)
        _ = try journal.assign(
            day.school.admin, teacherId: day.teacher.personId, subjectId: english.id!, classId: day.fiveA.id!, subgroupId: group.id!)
        day.at("2026-10-24T12:00")
        let own = try journal.setPeriodMark(
            day.teacher, studentId: day.student.person.id!, subjectId: english.id!, classId: day.fiveA.id!, periodNumber: 1, value: .five)
        #expect(own.value == .five)
        #expect(throws: JournalError.forbidden(.editJournal)) {
            try journal.setPeriodMark(
                day.teacher, studentId: day.classmate.person.id!, subjectId: english.id!, classId: day.fiveA.id!, periodNumber: 1,
                value: .four)
        }
    }

    @Test("J-DIARY-3: the pupil and their guardians see a period's final marks from two days before it ends; staff at once")
    func familiesSeeFinalMarksTwoDaysBeforeTheEnd() throws {
        let (day, subject) = try quarterDay()
        let journal = day.school.journal
        let guardian = try journal.createGuardian(
            day.school.admin, studentId: day.student.person.id!, fullName: "Орлова Ольга", email: "orlova@mail.ru", phone: nil)
        let parent = try day.school.caller(of: guardian.person.id!)
        let pupil = try day.school.caller(of: day.student.person.id!)
        day.at("2026-10-21T12:00")
        _ = try setQuarterMark(day, subject, .four)
        #expect(try journal.finalMarks(day.teacher, studentId: day.student.person.id!).map(\.value) == [.four])
        #expect(try journal.finalMarks(parent, studentId: day.student.person.id!).isEmpty)
        #expect(try journal.finalMarks(pupil, studentId: day.student.person.id!).isEmpty)
        day.at("2026-10-22T00:01")
        let shown = try journal.finalMarks(parent, studentId: day.student.person.id!)
        #expect(shown.filter { $0.value != nil } == [FinalMarkRow(subject: "Математика", periodNumber: 1, value: .four)])
        // A subject taught without its mark yet is listed empty, not left out (issue 23).
        #expect(shown.contains(FinalMarkRow(subject: "Русский язык", periodNumber: 1, value: nil)), "\(shown)")
        #expect(try journal.finalMarks(pupil, studentId: day.student.person.id!) == shown)
        // Nobody else's child.
        #expect(throws: JournalError.self) { try journal.finalMarks(parent, studentId: day.classmate.person.id!) }
    }

    @Test("J-MARK-5: the class's period marks are listed with their numbers, and who has none yet; not for a stranger")
    func periodMarksAreListedWithTheirNumbers() throws {
        let (day, subject) = try quarterDay()
        day.at("2026-10-19T12:00")
        let mark = try setQuarterMark(day, subject, .four)
        let rows = try day.school.journal.periodMarks(day.teacher, classId: day.fiveA.id!, subjectId: subject, periodNumber: 1)
        #expect(rows.map(\.studentName) == ["Орлов Олег", "Шилов Семён"])
        #expect(rows[0].mark?.id == mark.id && rows[0].mark?.value == .four && rows[1].mark == nil)
        #expect(
            try day.school.journal.periodMarks(day.classTeacher, classId: day.fiveA.id!, subjectId: subject, periodNumber: 1).count == 2)
        #expect(throws: JournalError.forbidden(.viewJournal)) {
            try day.school.journal.periodMarks(day.otherTeacher, classId: day.fiveA.id!, subjectId: subject, periodNumber: 1)
        }
    }

    @Test func laterOnlyADeputyChangesItOnAnExplanatoryNote() throws {
        // J-MARK-5: teacher, class letter, date, subject, the changes and the reasons.
        let (day, subject) = try quarterDay()
        day.at("2026-10-20T10:00")
        let mark = try setQuarterMark(day, subject, .three)
        day.at("2026-11-10T10:00")
        let note = ExplanatoryNote(
            teacherName: "Жуков П. И.", classLetter: "5А", date: date("2026-10-24"), subject: "Математика",
            changes: "Орлов Олег: 3 → 4", reasons: "не учтена контрольная работа от 20.10")
        let deputy = try day.school.caller(of: try day.school.staff("Смирнова Анна Павловна", [.deputyAcademic]).person.id!)
        for caller in [day.teacher, day.school.admin, day.classTeacher] {
            #expect(throws: JournalError.forbidden(.changePeriodMark)) {
                try day.school.journal.changePeriodMark(caller, periodMarkId: mark.id!, to: .four, note: note)
            }
        }
        var incomplete = note
        incomplete.reasons = ""
        #expect(throws: JournalError.invalid(.reason, .missing)) {
            try day.school.journal.changePeriodMark(deputy, periodMarkId: mark.id!, to: .four, note: incomplete)
        }
        #expect(try day.school.journal.changePeriodMark(deputy, periodMarkId: mark.id!, to: .four, note: note).value == .four)
        let entries = try day.school.journal.auditEntries(day.school.admin, studentId: day.student.person.id!)
        #expect(entries.last?.action == .periodMarkChangedByNote && entries.last?.reason == note.reasons)
    }

    @Test func theSuggestionIsTheWeightedAverageAndSaysWhy() throws {
        let (day, subject) = try quarterDay()
        day.at("2026-10-01T10:00")
        try day.mark(.five, work: .answer)  // weight 1
        try day.mark(.three, work: .test)  // weight 2
        try day.mark(.notAssessed)
        let suggestion = try day.school.journal.suggestPeriodMark(
            day.teacher, studentId: day.student.person.id!, subjectId: subject,
            classId: day.fiveA.id!, periodNumber: 1)
        #expect(suggestion.counted.count == 2 && suggestion.notAssessed == 1)
        #expect(abs(suggestion.average! - 11.0 / 3.0) < 0.0001)
        #expect(suggestion.suggested == .four)
        try day.school.journal.setWorkWeight(day.school.admin, .test, weight: 4)
        let heavier = try day.school.journal.suggestPeriodMark(
            day.teacher, studentId: day.student.person.id!, subjectId: subject,
            classId: day.fiveA.id!, periodNumber: 1)
        #expect(heavier.suggested == .three)  // (5 + 3·4) / 5 = 3.4
    }

    @Test func aLoggedSubstituteFillsTheColleaguesLessonsForTheLoggedDays() throws {
        // J-SUB-1, J-ACL-2: the class teacher fills a sick colleague's journal only as a logged substitute.
        let day = try JournalDay()
        day.at("2026-10-01T10:00")
        #expect(throws: JournalError.forbidden(.editJournal)) { try day.mark(by: day.classTeacher) }
        #expect(throws: JournalError.forbidden(.manageAssignments)) {
            try day.school.journal.logSubstitution(
                day.teacher, absentTeacherId: day.teacher.personId, substituteId: day.classTeacher.personId,
                from: date("2026-10-01"), to: date("2026-10-02"))
        }
        _ = try day.school.journal.logSubstitution(
            day.school.admin, absentTeacherId: day.teacher.personId,
            substituteId: day.classTeacher.personId, from: date("2026-10-01"), to: date("2026-10-02"),
            note: "больничный лист")
        let mark = try day.mark(.four, by: day.classTeacher)
        #expect(mark.enteredBy == day.classTeacher.accountId)
        // The substitute's day lists the colleague's lessons of the logged days (seen in a tour: «у вас уроков нет»).
        #expect(try day.school.journal.lessons(day.classTeacher, on: date("2026-10-01")).map(\.lesson.id).contains(day.lesson.id))
        #expect(try day.school.journal.lessons(day.classTeacher, on: date("2026-10-05")).isEmpty)
        let outside = try day.school.journal.createLesson(
            day.teacher, assignmentId: day.assignment.id!, date: date("2026-10-05"),
            start: ClockTime(parsing: "08:30")!, end: ClockTime(parsing: "09:15")!)
        day.at("2026-10-05T10:00")
        #expect(throws: JournalError.forbidden(.editJournal)) {
            try day.school.journal.addMark(
                day.classTeacher, lessonId: outside.id!, studentId: day.student.person.id!, value: .five, workKind: .answer)
        }
    }
}
