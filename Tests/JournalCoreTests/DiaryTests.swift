import Testing

@testable import JournalCore

/// The diary (ЭД): what the teacher entered appears for the student and guardians at once
/// (J-DIARY-1), and to nobody else's family (J-ACL-3).
@Suite struct DiaryTests {
    @Test func theDiaryShowsTheStudentsOwnMarksAndAbsencesAtOnce() throws {
        let day = try JournalDay()
        day.at("2026-10-01T10:00")
        let journal = day.school.journal
        try day.mark(.five)
        _ = try journal.setHomework(day.teacher, lessonId: day.lesson.id!, homework: "№ 210")
        _ = try journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, status: .absent)
        let guardianRow = try journal.createGuardian(
            day.school.admin, studentId: day.student.person.id!, fullName: "Орлова Ольга",
            email: "orlova@example.ru", phone: nil)
        let guardian = try day.school.caller(of: guardianRow.person.id!)

        let lines = try journal.diary(guardian, studentId: day.student.person.id!, from: date("2026-09-28"), to: date("2026-10-04"))

        let maths = lines.first { $0.subjectName == "Математика" }
        #expect(maths?.marks == [.five] && maths?.lesson.homework == "№ 210" && maths?.attendance == nil)
        #expect(throws: JournalError.forbidden(.viewPerson)) {
            try journal.diary(guardian, studentId: day.classmate.person.id!, from: date("2026-09-28"), to: date("2026-10-04"))
        }
        let page = try journal.journalPage(
            guardian, classId: day.fiveA.id!, subjectId: day.assignment.subjectId,
            from: date("2026-09-01"), to: date("2026-10-24"))
        #expect(page.students.map(\.fullName) == ["Орлов Олег"])
        #expect(page.cells[0][0].marks == [.five])
    }
}
