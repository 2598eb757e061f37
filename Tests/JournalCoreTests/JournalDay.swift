import Foundation
import GRDB

@testable import JournalCore

/// A day in the journal: 5А with a mathematics teacher and two students, a lesson on Thursday
/// 1 October 2026 at 08:30–09:15 and the class's last lesson ending at 13:00, and a clock the
/// test moves (Moscow time).
struct JournalDay {
    let school: TestSchool
    let clock: ManualClock
    let teacher: Caller
    let otherTeacher: Caller
    let classTeacher: Caller
    let fiveA: SchoolClass
    let student: PersonRow
    let classmate: PersonRow
    let lesson: Lesson
    let assignment: Assignment

    static func moscow(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text + ":00+03:00")!
    }

    init(grade: Int = 5, database: AppDatabase? = nil) throws {
        clock = ManualClock(Self.moscow("2026-10-01T08:00"))
        school = try TestSchool(clock: clock, database: database)
        let journal = school.journal
        let classTeacherRow = try school.staff("Нечаева Ольга Олеговна", [.subjectTeacher])
        fiveA = try school.schoolClass(grade, "А", teacher: classTeacherRow.person.id!)
        let teacherRow = try school.staff("Жуков Пётр Ильич", [.subjectTeacher])
        let otherRow = try school.staff("Карпов Иван Петрович", [.subjectTeacher])
        student = try school.student("Орлов Олег", in: fiveA.id!)
        classmate = try school.student("Шилов Семён", in: fiveA.id!)
        let mathematics = try journal.createSubject(school.admin, name: "Математика")
        let russian = try journal.createSubject(school.admin, name: "Русский язык")
        assignment = try journal.assign(
            school.admin, teacherId: teacherRow.person.id!, subjectId: mathematics.id!, classId: fiveA.id!, subgroupId: nil)
        let otherAssignment = try journal.assign(
            school.admin, teacherId: otherRow.person.id!, subjectId: russian.id!, classId: fiveA.id!, subgroupId: nil)
        teacher = try school.caller(of: teacherRow.person.id!)
        otherTeacher = try school.caller(of: otherRow.person.id!)
        classTeacher = try school.caller(of: classTeacherRow.person.id!)
        lesson = try journal.createLesson(
            teacher, assignmentId: assignment.id!, date: date("2026-10-01"),
            start: ClockTime(parsing: "08:30")!, end: ClockTime(parsing: "09:15")!)
        _ = try journal.createLesson(
            otherTeacher, assignmentId: otherAssignment.id!, date: date("2026-10-01"),
            start: ClockTime(parsing: "12:15")!, end: ClockTime(parsing: "13:00")!)
    }

    func at(_ time: String) { clock.set(Self.moscow(time)) }

    @discardableResult
    func mark(_ value: MarkValue = .five, by caller: Caller? = nil, work: WorkKind = .answer, document: String? = nil) throws -> Mark {
        try school.journal.addMark(
            caller ?? teacher, lessonId: lesson.id!, studentId: student.person.id!, value: value,
            workKind: work, documentReference: document)
    }
}
