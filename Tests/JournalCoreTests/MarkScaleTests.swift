import Testing

@testable import JournalCore

/// J-MARK-1: the 5-point scale where a subject is graded, «зачёт»/«незачёт» where it is not
/// (seed 004 «Порядок» §1.5); «н/а» and «ОСВ» in both.
@Suite struct MarkScaleTests {
    @Test("J-MARK-1: pass and fail only in a subject taught without marks, numbers only in a graded one")
    func passFailOnlyWhereTheSubjectIsNotGraded() throws {
        let day = try JournalDay()
        day.at("2026-10-01T10:00")
        let journal = day.school.journal
        let ethics = try journal.createSubject(day.school.admin, name: "ОРКСЭ", passFail: true)
        let assignment = try journal.assign(
            day.school.admin, teacherId: day.teacher.personId, subjectId: try #require(ethics.id), classId: try #require(day.fiveA.id),
            subgroupId: nil)
        let lesson = try journal.createLesson(
            day.teacher, assignmentId: try #require(assignment.id), date: date("2026-10-01"),
            start: ClockTime(parsing: "09:25")!, end: ClockTime(parsing: "10:10")!)
        let student = try #require(day.student.person.id)
        func add(_ value: MarkValue, _ lessonId: Int64?) throws {
            _ = try journal.addMark(day.teacher, lessonId: try #require(lessonId), studentId: student, value: value, workKind: .answer)
        }

        try add(.pass, lesson.id)
        try add(.notAssessed, lesson.id)
        #expect(throws: JournalError.invalid(.mark, .passFailOnly)) { try add(.five, lesson.id) }
        #expect(throws: JournalError.invalid(.mark, .passFailNotUsed)) { try add(.pass, day.lesson.id) }
        #expect(throws: JournalError.invalid(.mark, .passFailNotUsed)) { try add(.fail, day.lesson.id) }
        let five = try day.mark(.five)
        try add(.exempt, day.lesson.id)
        #expect(throws: JournalError.invalid(.mark, .passFailNotUsed)) {
            try journal.correctMark(day.teacher, markId: try #require(five.id), to: .pass, reason: "ошибка")
        }
        // Nothing refused was written.
        let marks = try journal.read { db in try db.records(Mark.self, "SELECT * FROM mark ORDER BY id") }.map(\.value)
        #expect(marks.sorted { $0.rawValue < $1.rawValue } == [.five, .pass, .notAssessed, .exempt].sorted { $0.rawValue < $1.rawValue })

        // Period marks in the first quarter's last days.
        _ = try journal.setPeriod(
            day.school.admin, yearId: try #require(day.school.year.id), number: 1, start: date("2026-09-01"), end: date("2026-10-24"))
        day.at("2026-10-24T12:00")
        let classId = try #require(day.fiveA.id)
        _ = try journal.setPeriodMark(
            day.teacher, studentId: student, subjectId: try #require(ethics.id), classId: classId, periodNumber: 1, value: .pass)
        #expect(throws: JournalError.invalid(.mark, .passFailOnly)) {
            try journal.setPeriodMark(
                day.teacher, studentId: try #require(day.classmate.person.id), subjectId: try #require(ethics.id), classId: classId,
                periodNumber: 1, value: .four)
        }
        #expect(throws: JournalError.invalid(.mark, .passFailNotUsed)) {
            try journal.setPeriodMark(
                day.teacher, studentId: student, subjectId: day.assignment.subjectId, classId: classId, periodNumber: 1, value: .pass)
        }
    }
}
