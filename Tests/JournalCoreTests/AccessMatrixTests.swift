import Foundation
import Testing

@testable import JournalCore

/// Every role against every journal operation (J-ACL-1 … J-ACL-3, J-ATT-1, J-MARK-5): each cell is
/// tried on a fresh journal day, and either works or is refused as "no right".
@Suite struct AccessMatrixTests {
    enum Who: String, CaseIterable {
        case lessonTeacher, otherTeacher, classTeacher, deputy, administrator, director, student, guardian
    }

    enum What: String, CaseIterable {
        case topic, homework, mark, correctMark, attendance, absenceReason, viewMarks, periodMark, changePeriodMark, audit
    }

    /// Who may do what; everyone else is refused.
    static let allowed: [What: Set<Who>] = [
        .topic: [.lessonTeacher], .homework: [.lessonTeacher], .mark: [.lessonTeacher], .correctMark: [.lessonTeacher],
        .attendance: [.lessonTeacher, .classTeacher], .absenceReason: [.classTeacher, .deputy, .administrator, .director],
        .viewMarks: [.lessonTeacher, .classTeacher, .deputy, .administrator, .director, .student, .guardian],
        .periodMark: [.lessonTeacher], .changePeriodMark: [.deputy], .audit: [.deputy, .administrator, .director],
    ]

    func caller(_ who: Who, _ day: JournalDay) throws -> Caller {
        let school = day.school
        switch who {
        case .lessonTeacher: return day.teacher
        case .otherTeacher: return day.otherTeacher
        case .classTeacher: return day.classTeacher
        case .administrator: return school.admin
        case .deputy: return try school.caller(of: try school.staff("Смирнова Анна Павловна", [.deputyAcademic]).person.id!)
        case .director: return try school.caller(of: try school.staff("Директорова Нина Ивановна", [.director]).person.id!)
        case .student: return try school.caller(of: day.student.person.id!)
        case .guardian:
            let row = try school.journal.createGuardian(
                school.admin, studentId: day.student.person.id!, fullName: "Орлова Ольга",
                email: "orlova@example.ru", phone: nil)
            return try school.caller(of: row.person.id!)
        }
    }

    func attempt(_ what: What, as caller: Caller, _ day: JournalDay) throws {
        let journal = day.school.journal
        let lessonId = day.lesson.id!
        let studentId = day.student.person.id!
        let subjectId = day.assignment.subjectId
        switch what {
        case .topic: _ = try journal.setTopic(caller, lessonId: lessonId, topic: "Дроби")
        case .homework: _ = try journal.setHomework(caller, lessonId: lessonId, homework: "№ 5")
        case .mark: try day.mark(by: caller)
        case .correctMark: _ = try journal.correctMark(caller, markId: try day.mark().id!, to: .four, reason: "ошибка")
        case .attendance: _ = try journal.setAttendance(caller, lessonId: lessonId, studentId: studentId, status: .absent)
        case .absenceReason:
            _ = try journal.setAttendance(day.teacher, lessonId: lessonId, studentId: studentId, status: .absent)
            _ = try journal.setAbsenceReason(caller, lessonId: lessonId, studentId: studentId, reason: .excused, note: nil)
        case .viewMarks:
            try day.mark()
            guard try journal.marks(caller, lessonId: lessonId).count == 1 else { throw JournalError.forbidden(.viewJournal) }
        case .periodMark:
            day.at("2026-10-20T10:00")
            _ = try journal.setPeriodMark(
                caller, studentId: studentId, subjectId: subjectId, classId: day.fiveA.id!, periodNumber: 1, value: .four)
        case .changePeriodMark:
            day.at("2026-10-20T10:00")
            let mark = try journal.setPeriodMark(
                day.teacher, studentId: studentId, subjectId: subjectId, classId: day.fiveA.id!,
                periodNumber: 1, value: .three)
            day.at("2026-11-10T10:00")
            let note = ExplanatoryNote(
                teacherName: "Жуков П. И.", classLetter: "5А", date: date("2026-10-24"), subject: "Математика",
                changes: "3 → 4", reasons: "не учтена работа")
            _ = try journal.changePeriodMark(caller, periodMarkId: mark.id!, to: .four, note: note)
        case .audit: _ = try journal.verifyAudit(caller)
        }
    }

    @Test(arguments: What.allCases)
    func roleMatrix(_ what: What) throws {
        for who in Who.allCases {
            let day = try JournalDay()
            _ = try day.school.journal.setPeriod(
                day.school.admin, yearId: day.school.year.id!, number: 1,
                start: date("2026-09-01"), end: date("2026-10-24"))
            day.at("2026-10-01T10:00")
            let caller = try caller(who, day)
            let expected = Self.allowed[what]!.contains(who)
            do {
                try attempt(what, as: caller, day)
                #expect(expected, "\(who) must not \(what)")
            } catch JournalError.forbidden {
                #expect(!expected, "\(who) may \(what) but was refused")
            }
        }
    }
}
