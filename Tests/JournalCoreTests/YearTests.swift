import Foundation
import GRDB
import Testing

@testable import JournalCore

/// The school year's life: a new year from a template, the year closed by the director's order
/// with promotion, and a closed year read-only (J-YEAR-1, J-YEAR-2, J-ARCH-3).
@Suite struct YearTests {
    @Test("J-YEAR-1: a new year gets its periods, vacations, working regime and the federal subjects from a template")
    func yearFromTemplate() throws {
        let school = try TestSchool()
        _ = try school.journal.createSubject(school.admin, name: "математика")
        let year = try school.journal.createYear(
            school.admin, name: "2027/2028", start: date("2027-09-01"), end: date("2028-08-31"), periodKind: .quarter,
            template: YearTemplate(daysPerWeek: 6))
        let periods = try school.journal.periods(school.admin, yearId: year.id!)
        #expect(periods.map(\.number) == [1, 2, 3, 4])
        #expect(periods.first?.startDate == date("2027-09-01") && periods.last?.endDate == date("2028-05-26"))
        let vacations = try school.journal.vacations(school.admin, yearId: year.id!)
        #expect(vacations.map(\.name) == ["Осенние каникулы", "Зимние каникулы", "Весенние каникулы"])
        // No period overlaps a vacation, and each vacation lies between two periods.
        for vacation in vacations {
            #expect(!periods.contains { $0.startDate <= vacation.endDate && vacation.startDate <= $0.endDate })
            #expect(vacation.endDate.dayNumber - vacation.startDate.dayNumber + 1 >= 9)
        }
        #expect(try school.journal.regime(school.admin, yearId: year.id!)?.daysPerWeek == 6)
        let subjects = try school.journal.subjects(school.admin).map(\.name)
        #expect(subjects.count == YearTemplate.federalSubjects.count)
        #expect(subjects.contains("математика") && !subjects.contains("Математика"))
        for kind in [PeriodKind.trimester, .halfYear] {
            let other = try school.journal.createYear(
                school.admin, name: "\(kind)", start: date("20\(kind == .trimester ? 28 : 29)-09-01"),
                end: date("20\(kind == .trimester ? 29 : 30)-08-31"), periodKind: kind, template: YearTemplate())
            #expect(try school.journal.periods(school.admin, yearId: other.id!).count == (kind == .trimester ? 3 : 2))
        }
        let before = try school.rowCounts()
        #expect(throws: JournalError.invalid(.time, .endBeforeStart)) {
            try school.journal.createYear(
                school.admin, name: "2031/2032", start: date("2031-09-01"), end: date("2032-08-31"), periodKind: .quarter,
                template: YearTemplate(bells: "09:00-08:15"))
        }
        #expect(try school.rowCounts() == before)
    }

    /// JournalDay's school with a 4Б, a 9А and an 11А, and the next year opened.
    struct ClosingSchool {
        let day: JournalDay
        let next: AcademicYear
        let fourB: SchoolClass
        let nine: PersonRow
        let eleven: PersonRow
        let four: PersonRow

        init(nextClasses: [(Int, String)] = []) throws {
            day = try JournalDay()
            let school = day.school
            fourB = try school.schoolClass(4, "Б")
            four = try school.student("Белов Борис", in: fourB.id!)
            nine = try school.student("Девятов Денис", in: try school.schoolClass(9, "А").id!)
            eleven = try school.student("Одиннадцатов Олег", in: try school.schoolClass(11, "А").id!)
            day.at("2026-10-01T09:20")
            try day.mark()
            next = try school.journal.createYear(
                school.admin, name: "2027/2028", start: date("2027-09-01"), end: date("2028-08-31"), periodKind: .quarter)
            for (grade, letter) in nextClasses {
                _ = try school.journal.createClass(school.admin, yearId: next.id!, gradeLevel: grade, letter: letter, classTeacherId: nil)
            }
            day.at("2027-05-31T12:00")
        }

        func close(retained: Set<Int64> = [], leaving: Set<Int64> = [], dryRun: Bool = false) throws -> YearClosingReport {
            try day.school.journal.closeYear(
                day.school.admin, yearId: day.school.year.id!, orderNumber: "45", orderDate: date("2027-05-31"), retained: retained,
                leaving: leaving,
                notes: PromotionNotes([.promoted: "перевод", .graduated: "выпуск", .retained: "оставлен", .leaving: "выбыл"]),
                dryRun: dryRun)
        }

        func classOf(_ student: PersonRow) throws -> String? {
            try day.school.journal.movements(day.school.admin, studentId: student.person.id!).last { $0.enrolment.endDate == nil }?
                .className
        }
    }

    @Test("J-YEAR-2: closing the year promotes grades 1–10 (9 to 10 for those who stay), graduates 11, retains and lets leave those named")
    func promotion() throws {
        let closing = try ClosingSchool()
        let journal = closing.day.school.journal
        let orlov = closing.day.student
        let shilov = closing.day.classmate
        let plan = try closing.close(retained: [shilov.person.id!], leaving: [closing.four.person.id!], dryRun: true)
        #expect(!plan.applied && Set(plan.createdClasses) == ["5А", "6А", "10А"])
        #expect(try closing.classOf(orlov) == "5А")
        let report = try closing.close(retained: [shilov.person.id!], leaving: [closing.four.person.id!])
        #expect(report.applied && report.auditHead != nil)
        let outcomes = Dictionary(uniqueKeysWithValues: report.lines.map { ($0.student, $0.outcome) })
        #expect(
            outcomes == [
                "Орлов Олег": .promoted, "Шилов Семён": .retained, "Белов Борис": .leaving, "Девятов Денис": .promoted,
                "Одиннадцатов Олег": .graduated,
            ])
        #expect(try closing.classOf(orlov) == "6А" && closing.classOf(shilov) == "5А")
        #expect(
            try closing.classOf(closing.four) == nil && closing.classOf(closing.nine) == "10А" && closing.classOf(closing.eleven) == nil)
        let history = try journal.movements(closing.day.school.admin, studentId: orlov.person.id!)
        #expect(history.map(\.yearName) == ["2026/2027", "2027/2028"])
        #expect(history[0].enrolment.endDate == date("2027-05-31") && history[1].enrolment.startDate == date("2027-09-01"))
        #expect(history[1].enrolment.note == "перевод")
        // The new 6А keeps 5А's class teacher.
        let sixA = try journal.findClass(closing.day.school.admin, named: "6А", yearId: closing.next.id!)
        #expect(sixA.classTeacherId == closing.day.fiveA.classTeacherId)
        #expect(try journal.closure(closing.day.school.admin, yearId: closing.day.school.year.id!)?.orderNumber == "45")
        #expect(try journal.verifyAudit(closing.day.school.admin).problems.isEmpty)
    }

    @Test("J-YEAR-2: a 9th-grader named as leaving finishes the basic school; a year is closed only after its last period")
    func ninthGradersLeavingAndTheLastPeriod() throws {
        let closing = try ClosingSchool()
        let report = try closing.close(leaving: [closing.nine.person.id!], dryRun: true)
        #expect(report.lines.first { $0.studentId == closing.nine.person.id }?.outcome == .graduated)
        let admin = closing.day.school.admin
        let yearId = closing.day.school.year.id!
        _ = try closing.day.school.journal.setPeriod(admin, yearId: yearId, number: 4, start: date("2027-03-30"), end: date("2027-05-26"))
        closing.day.at("2027-05-26T18:00")
        #expect(throws: JournalError.yearNotOver(lastPeriodEnds: date("2027-05-26"))) {
            try closing.day.school.journal.closeYear(
                admin, yearId: yearId, orderNumber: "45", orderDate: date("2027-05-26"), notes: PromotionNotes([:]), dryRun: false)
        }
        #expect(try closing.day.school.journal.closure(admin, yearId: yearId) == nil)
        closing.day.at("2027-05-31T12:00")
        #expect(try closing.close().applied)
    }

    @Test("J-ARCH-3: every write to a closed year is refused with the order that closed it, and nothing changes")
    func closedYearIsReadOnly() throws {
        let closing = try ClosingSchool()
        _ = try closing.close()
        let day = closing.day
        let journal = day.school.journal
        let admin = day.school.admin
        let before = try day.school.rowCounts()
        let closed = JournalError.yearClosed(ClosedYear(name: "2026/2027", orderNumber: "45", orderDate: date("2027-05-31")))
        let writes: [(String, () throws -> Void)] = [
            ("mark", { _ = try day.mark() }),
            (
                "attendance",
                { _ = try journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.student.person.id!, status: .absent) }
            ),
            ("topic", { _ = try journal.setTopic(day.teacher, lessonId: day.lesson.id!, topic: "Дроби") }),
            (
                "lesson",
                {
                    _ = try journal.createLesson(
                        day.teacher, assignmentId: day.assignment.id!, date: date("2027-05-20"), start: ClockTime(parsing: "08:30")!,
                        end: ClockTime(parsing: "09:15")!)
                }
            ),
            (
                "student",
                {
                    _ = try journal.createStudent(
                        admin, classId: day.fiveA.id!, fullName: "Новиков Ной", birthDate: date("2015-01-01"), sex: .male)
                }
            ),
            ("class", { _ = try journal.createClass(admin, yearId: day.school.year.id!, gradeLevel: 7, letter: "В", classTeacherId: nil) }),
            (
                "period",
                {
                    _ = try journal.setPeriod(
                        admin, yearId: day.school.year.id!, number: 1, start: date("2026-09-01"), end: date("2026-10-30"))
                }
            ),
            (
                "vacation",
                {
                    _ = try journal.addVacation(
                        admin, yearId: day.school.year.id!, name: "Ещё", start: date("2027-02-01"), end: date("2027-02-07"))
                }
            ),
            ("close again", { _ = try closing.close() }),
        ]
        for (name, write) in writes {
            #expect(throws: closed, "\(name)") { try write() }
        }
        // Behind the product: the database itself refuses a change to the closed year's rows.
        #expect(throws: DatabaseError.self) {
            try journal.database.writer.write { db in try db.execute(sql: "UPDATE mark SET value = '2'") }
        }
        #expect(throws: DatabaseError.self) {
            try journal.database.writer.write { db in try db.execute(sql: "DELETE FROM yearClosure") }
        }
        #expect(try day.school.rowCounts() == before)
        // The next year stays open.
        _ = try journal.createClass(admin, yearId: closing.next.id!, gradeLevel: 7, letter: "В", classTeacherId: nil)
    }

    @Test("J-YEAR-2: promotion refuses a class whose target is missing from next year's classes, naming it; nothing changes")
    func missingTargetIsNamed() throws {
        let closing = try ClosingSchool(nextClasses: [(6, "А"), (10, "А")])
        let before = try closing.day.school.rowCounts()
        #expect(throws: JournalError.promotionTargetsMissing(["5Б (2027/2028)"])) { try closing.close() }
        #expect(try closing.day.school.rowCounts() == before)
        // Retaining Шилов needs a 5А next year; with Белов leaving, 5Б is no longer needed.
        #expect(throws: JournalError.promotionTargetsMissing(["5А (2027/2028)"])) {
            try closing.close(retained: [closing.day.classmate.person.id!], leaving: [closing.four.person.id!])
        }
        #expect(try closing.day.school.rowCounts() == before)
        _ = try closing.day.school.journal.createClass(
            closing.day.school.admin, yearId: closing.next.id!, gradeLevel: 5, letter: "Б", classTeacherId: nil)
        #expect(try closing.close().applied)
    }

    @Test("J-YEAR-2: a year is closed only by the director or the journal administrator, and only when the next year exists")
    func closingRights() throws {
        let day = try JournalDay()
        day.at("2027-05-31T12:00")
        let notes = PromotionNotes([:])
        #expect(throws: JournalError.noNextYear("2026/2027")) {
            try day.school.journal.closeYear(
                day.school.admin, yearId: day.school.year.id!, orderNumber: "1", orderDate: date("2027-05-31"), notes: notes, dryRun: true)
        }
        #expect(throws: JournalError.forbidden(.closeYear)) {
            try day.school.journal.closeYear(
                day.classTeacher, yearId: day.school.year.id!, orderNumber: "1", orderDate: date("2027-05-31"), notes: notes, dryRun: true)
        }
    }

    @Test("J-ACL-4: a class's slips are signed for by name or all at once; a new issue needs a new signature")
    func slipsSignedFor() throws {
        let school = try TestSchool()
        let fiveA = try school.schoolClass(5, "А")
        let orlov = try school.student("Орлов Олег", in: fiveA.id!)
        let belov = try school.student("Белов Борис", in: fiveA.id!)
        let journal = school.journal
        #expect(try journal.credentialSlips(school.admin, .schoolClass(fiveA.id!)).allSatisfy { !$0.awaitsSignature })
        _ = try journal.issueCredentials(school.admin, classId: fiveA.id!, role: nil)
        #expect(try journal.credentialSlips(school.admin, .schoolClass(fiveA.id!)).filter(\.awaitsSignature).count == 2)
        let before = try school.rowCounts()
        #expect(throws: JournalError.self) {
            try journal.recordSlipsSigned(school.admin, .schoolClass(fiveA.id!), names: ["Орлов", "Никто Нигде"])
        }
        #expect(try school.rowCounts() == before)
        let one = try journal.recordSlipsSigned(school.admin, .schoolClass(fiveA.id!), names: ["Орлов О."])
        #expect(one.map(\.fullName) == [orlov.person.fullName] && one[0].slip?.signedAt != nil)
        let rest = try journal.recordSlipsSigned(school.admin, .schoolClass(fiveA.id!), names: nil)
        #expect(rest.map(\.fullName) == [belov.person.fullName])
        _ = try journal.issueCredentials(school.admin, account: belov.login!)
        #expect(
            try journal.credentialSlips(school.admin, .schoolClass(fiveA.id!)).filter(\.awaitsSignature).map(\.fullName) == [
                belov.person.fullName
            ])
    }

    @Test("J-ACL-4, H-CRED-2: the staff's slips are signed for too, by the journal administrator; a teacher may not record them")
    func staffSlipsSignedFor() throws {
        let school = try TestSchool()
        let journal = school.journal
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let deputy = try school.staff("Зайцева Дарья Игоревна", [.deputyAcademic])
        _ = try journal.issueCredentials(school.admin, classId: nil, role: .subjectTeacher)
        _ = try journal.issueCredentials(school.admin, account: try #require(deputy.login))
        let pending = try journal.credentialSlips(school.admin, .staff).filter(\.awaitsSignature).map(\.fullName)
        #expect(Set(pending) == [teacher.person.fullName, deputy.person.fullName])
        let colleague = try school.caller(of: try #require(school.staff("Карпов Иван Петрович", [.subjectTeacher]).person.id))
        #expect(throws: JournalError.forbidden(.manageAccounts)) { try journal.recordSlipsSigned(colleague, .staff, names: nil) }
        let signed = try journal.recordSlipsSigned(school.admin, .staff, names: ["Волкова И.П."])
        #expect(signed.map(\.fullName) == [teacher.person.fullName] && signed[0].slip?.signedAt != nil)
        let left = try journal.credentialSlips(school.admin, .staff).filter(\.awaitsSignature).map(\.fullName)
        #expect(Set(left) == [deputy.person.fullName, colleague.fullName])
        let audited = try journal.read { db in try db.value(Int.self, "SELECT COUNT(*) FROM auditEntry WHERE action = 'slipSigned'") }
        #expect(audited == 1)
    }
}
