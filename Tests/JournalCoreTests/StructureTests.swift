import Testing

@testable import JournalCore

/// The school's structure: J-ORG-1, J-YEAR-1, J-CLASS-1, J-PEOPLE-1, J-PEOPLE-2.
@Suite struct StructureTests {
    @Test func organizationCodesAreUniqueAndZonesReal() throws {
        // J-ORG-1
        let school = try TestSchool()
        #expect(throws: JournalError.invalid(.code, .alreadyExists("glshkola"))) {
            try school.journal.createOrganization(
                code: "GLSHKOLA", name: "Другая", timeZone: "Europe/Moscow",
                adminName: "Иванов Иван", adminLogin: "ivanov", adminPassword: "harbour-lamp-7")
        }
        #expect(throws: JournalError.invalid(.timeZone, .unknown("Mars/Olympus"))) {
            try school.journal.createOrganization(
                code: "other", name: "Другая", timeZone: "Mars/Olympus",
                adminName: "Иванов Иван", adminLogin: "ivanov", adminPassword: "harbour-lamp-7")
        }
        // Several organizations share the database.
        try school.journal.createOrganization(
            code: "itomlya", name: "МОУ Итомлинская СШ", timeZone: "Europe/Moscow",
            adminName: "Иванов Иван", adminLogin: "ivanov", adminPassword: "harbour-lamp-7")
        #expect(try school.journal.organizations(school.admin).map(\.code) == ["glshkola", "itomlya"])
    }

    @Test func periodsLieInsideTheYearInOrderWithoutOverlap() throws {
        // J-YEAR-1
        let school = try TestSchool()
        let journal = school.journal
        let yearId = school.year.id!
        _ = try journal.setPeriod(school.admin, yearId: yearId, number: 1, start: date("2026-09-01"), end: date("2026-10-24"))
        #expect(throws: JournalError.invalid(.startDate, .overlaps("1"))) {
            try journal.setPeriod(school.admin, yearId: yearId, number: 2, start: date("2026-10-20"), end: date("2026-12-27"))
        }
        #expect(throws: JournalError.invalid(.number, .outOfRange(min: 1, max: 4))) {
            try journal.setPeriod(school.admin, yearId: yearId, number: 5, start: date("2027-06-01"), end: date("2027-06-10"))
        }
        #expect(throws: JournalError.invalid(.startDate, .outsideYear)) {
            try journal.setPeriod(school.admin, yearId: yearId, number: 2, start: date("2025-11-05"), end: date("2025-12-27"))
        }
        #expect(throws: JournalError.invalid(.endDate, .endBeforeStart)) {
            try journal.setPeriod(school.admin, yearId: yearId, number: 2, start: date("2026-12-27"), end: date("2026-11-05"))
        }
        _ = try journal.setPeriod(school.admin, yearId: yearId, number: 2, start: date("2026-11-05"), end: date("2026-12-27"))
        #expect(try journal.periods(school.admin, yearId: yearId).map(\.number) == [1, 2])
        _ = try journal.addVacation(
            school.admin, yearId: yearId, name: "Осенние каникулы", start: date("2026-10-25"), end: date("2026-11-04"))
        #expect(throws: JournalError.invalid(.startDate, .overlaps("Осенние каникулы"))) {
            try journal.addVacation(school.admin, yearId: yearId, name: "Ещё", start: date("2026-11-01"), end: date("2026-11-02"))
        }
    }

    @Test func classesHaveAGradeFromOneToElevenAndAUniqueLetter() throws {
        // J-CLASS-1
        let school = try TestSchool()
        #expect(throws: JournalError.invalid(.gradeLevel, .outOfRange(min: 1, max: 11))) { try school.schoolClass(12, "А") }
        let first = try school.schoolClass(5, "а")
        #expect(first.name == "5А")
        #expect(throws: JournalError.invalid(.schoolClass, .alreadyExists("5А"))) { try school.schoolClass(5, "А") }
        #expect(try school.journal.findClass(school.admin, named: "5 а", yearId: school.year.id!).id == first.id)
    }

    @Test func classTeacherMustBeStaffOfThatOrganization() throws {
        let school = try TestSchool()
        let schoolClass = try school.schoolClass(5, "А")
        let student = try school.student("Петров Пётр", in: schoolClass.id!)
        #expect(throws: JournalError.invalid(.classTeacher, .notStaff)) {
            try school.journal.setClassTeacher(school.admin, classId: schoolClass.id!, teacherId: student.person.id!)
        }
        let (_, otherAdmin) = try school.journal.createOrganization(
            code: "other", name: "Другая школа", timeZone: "Asia/Yekaterinburg",
            adminName: "Сидоров Сидор", adminLogin: "sidorov", adminPassword: "harbour-lamp-7")
        #expect(throws: JournalError.invalid(.classTeacher, .otherOrganization)) {
            try school.journal.setClassTeacher(school.admin, classId: schoolClass.id!, teacherId: otherAdmin.personId)
        }
        let teacher = try school.staff("Нечаева Ольга Олеговна", [.subjectTeacher])
        let updated = try school.journal.setClassTeacher(school.admin, classId: schoolClass.id!, teacherId: teacher.person.id!)
        #expect(updated.classTeacherId == teacher.person.id)
        #expect(try school.journal.personRow(school.admin, id: teacher.person.id!).roles.contains(.classTeacher))
    }

    @Test func aStudentIsInOneClassOfAYearAtATime() throws {
        // J-PEOPLE-2
        let school = try TestSchool()
        let a = try school.schoolClass(5, "А")
        let b = try school.schoolClass(5, "Б")
        let student = try school.student("Петров Пётр Иванович", in: a.id!)
        let before = try school.rowCounts()
        #expect(throws: JournalError.alreadyEnrolled(student: "Петров Пётр Иванович", className: "5А")) {
            try school.journal.enrol(school.admin, studentId: student.person.id!, classId: b.id!, date: nil, note: nil)
        }
        #expect(try school.rowCounts() == before)
    }

    @Test func movementIsKeptAsHistory() throws {
        // J-PEOPLE-2: enrolment, transfer and leaving are recorded at once and kept.
        let school = try TestSchool()
        let a = try school.schoolClass(5, "А")
        let b = try school.schoolClass(5, "Б")
        let student = try school.student("Петров Пётр", in: a.id!)
        let id = student.person.id!
        try school.journal.transfer(school.admin, studentId: id, toClassId: b.id!, date: date("2026-10-01"), note: "заявление родителей")
        #expect(try school.journal.students(school.admin, classId: a.id!).isEmpty)
        #expect(try school.journal.students(school.admin, classId: b.id!).map(\.person.id) == [id])
        try school.journal.leave(school.admin, studentId: id, date: date("2026-11-20"), note: "переезд")
        let history = try school.journal.movements(school.admin, studentId: id)
        #expect(history.map(\.className) == ["5А", "5Б"])
        #expect(history.map(\.enrolment.startKind) == [.enrolment, .transfer])
        #expect(history.map(\.enrolment.endKind) == [.transfer, .leaving])
        #expect(history[1].enrolment.endDate == date("2026-11-20"))
        #expect(throws: JournalError.notEnrolled(student: "Петров Пётр")) {
            try school.journal.leave(school.admin, studentId: id, date: nil, note: nil)
        }
    }

    @Test func studentAndGuardianRecordsFollowTheRegulation() throws {
        // J-PEOPLE-1: a student's full name, date of birth and sex; a guardian's full name and e-mail.
        let school = try TestSchool()
        let schoolClass = try school.schoolClass(1, "А")
        #expect(throws: JournalError.invalid(.birthDate, .inFuture)) {
            try school.journal.createStudent(
                school.admin, classId: schoolClass.id!, fullName: "Новиков Лев",
                birthDate: date("2027-01-01"), sex: .male)
        }
        #expect(throws: JournalError.invalid(.fullName, .badFormat)) {
            try school.journal.createStudent(
                school.admin, classId: schoolClass.id!, fullName: "Лев",
                birthDate: date("2019-01-01"), sex: .male)
        }
        let student = try school.student("Новиков Лев Андреевич", in: schoolClass.id!)
        #expect(student.login == "novikov.la")
        let before = try school.rowCounts()
        #expect(throws: JournalError.invalid(.email, .badFormat)) {
            try school.journal.createGuardian(
                school.admin, studentId: student.person.id!, fullName: "Новикова Анна",
                email: "not-an-address", phone: nil)
        }
        #expect(try school.rowCounts() == before)
        let guardian = try school.journal.createGuardian(
            school.admin, studentId: student.person.id!, fullName: "Новикова Анна Петровна",
            email: "novikova@example.ru", phone: "+7 912 555-12-34")
        #expect(try school.journal.guardians(school.admin, studentId: student.person.id!).map(\.person.id) == [guardian.person.id])
        #expect(guardian.roles == [.guardian])
    }

    @Test func subgroupsTakeOnlyStudentsOfTheirClass() throws {
        // J-CLASS-1: a class split into subgroups per subject, each with its own teacher.
        let school = try TestSchool()
        let a = try school.schoolClass(7, "А")
        let b = try school.schoolClass(7, "Б")
        let english = try school.journal.createSubject(school.admin, name: "Английский язык")
        let group = try school.journal.createSubgroup(school.admin, classId: a.id!, subjectId: english.id!, name: "1 группа")
        let inA = try school.student("Орлов Олег", in: a.id!)
        let inB = try school.student("Белов Борис", in: b.id!)
        try school.journal.addToSubgroup(school.admin, subgroupId: group.id!, studentId: inA.person.id!)
        #expect(throws: JournalError.invalid(.student, .notInClass)) {
            try school.journal.addToSubgroup(school.admin, subgroupId: group.id!, studentId: inB.person.id!)
        }
        let teacher = try school.staff("Кравцова Анна Ивановна", [.subjectTeacher])
        _ = try school.journal.assign(
            school.admin, teacherId: teacher.person.id!, subjectId: english.id!, classId: a.id!, subgroupId: group.id!)
        #expect(throws: JournalError.invalid(.subgroup, .notInClass)) {
            try school.journal.assign(
                school.admin, teacherId: teacher.person.id!, subjectId: english.id!, classId: b.id!, subgroupId: group.id!)
        }
        let rows = try school.journal.assignments(school.admin, yearId: school.year.id!, teacherId: teacher.person.id!)
        #expect(rows.map(\.subgroupName) == ["1 группа"])
        // The same assignment twice is named by its subject, never by a number of the program's (from a tour).
        #expect(throws: JournalError.invalid(.subject, .alreadyExists("Английский язык"))) {
            try school.journal.assign(
                school.admin, teacherId: teacher.person.id!, subjectId: english.id!, classId: a.id!, subgroupId: group.id!)
        }
    }

    @Test func theLastJournalAdministratorKeepsTheRole() throws {
        let school = try TestSchool()
        #expect(throws: JournalError.invalid(.role, .lastAdministrator)) {
            try school.journal.setRole(school.admin, personId: school.admin.personId, role: .journalAdmin, granted: false)
        }
    }
}
