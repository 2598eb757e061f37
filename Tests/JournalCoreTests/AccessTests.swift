import Testing

@testable import JournalCore

/// Who may change the school's structure (roles of REQUIREMENTS.md, J-YEAR-1, J-PEOPLE-1, J-ACL-3, J-ACL-4).
@Suite struct AccessTests {
    struct Cast {
        let school: TestSchool
        let fiveA: SchoolClass
        let fiveB: SchoolClass
        let classTeacher: Caller
        let teacher: Caller
        let deputy: Caller
        let studentRow: PersonRow
        let student: Caller
        let guardian: Caller

        init() throws {
            school = try TestSchool()
            let classTeacherRow = try school.staff("Нечаева Ольга Олеговна", [.subjectTeacher])
            fiveA = try school.schoolClass(5, "А", teacher: classTeacherRow.person.id!)
            fiveB = try school.schoolClass(5, "Б")
            classTeacher = try school.caller(of: classTeacherRow.person.id!)
            teacher = try school.caller(of: try school.staff("Жуков Пётр Ильич", [.subjectTeacher]).person.id!)
            deputy = try school.caller(of: try school.staff("Смирнова Анна Павловна", [.deputyAcademic]).person.id!)
            studentRow = try school.student("Орлов Олег", in: fiveA.id!)
            student = try school.caller(of: studentRow.person.id!)
            let guardianRow = try school.journal.createGuardian(
                school.admin, studentId: studentRow.person.id!,
                fullName: "Орлова Ольга", email: "orlova@example.ru", phone: nil)
            guardian = try school.caller(of: guardianRow.person.id!)
        }
    }

    @Test func onlyTheAdministrationOpensClasses() throws {
        let cast = try Cast()
        let journal = cast.school.journal
        let yearId = cast.school.year.id!
        for caller in [cast.teacher, cast.classTeacher, cast.student, cast.guardian] {
            #expect(throws: JournalError.forbidden(.manageClasses)) {
                try journal.createClass(caller, yearId: yearId, gradeLevel: 6, letter: "А", classTeacherId: nil)
            }
        }
        _ = try journal.createClass(cast.deputy, yearId: yearId, gradeLevel: 6, letter: "А", classTeacherId: nil)
        #expect(throws: JournalError.forbidden(.manageYears)) {
            try journal.createYear(
                cast.deputy, name: "2027/2028", start: date("2027-09-01"), end: date("2028-08-31"), periodKind: .trimester)
        }
    }

    @Test func aClassTeacherRecordsTheirOwnClassOnly() throws {
        // J-PEOPLE-1: the class teacher records students and guardians of their class.
        let cast = try Cast()
        let journal = cast.school.journal
        _ = try journal.createStudent(
            cast.classTeacher, classId: cast.fiveA.id!, fullName: "Зуев Захар",
            birthDate: date("2015-05-05"), sex: .male)
        #expect(throws: JournalError.forbidden(.manageStudents)) {
            try journal.createStudent(
                cast.classTeacher, classId: cast.fiveB.id!, fullName: "Зуев Захар",
                birthDate: date("2015-05-05"), sex: .male)
        }
        #expect(throws: JournalError.forbidden(.manageStudents)) {
            try journal.createStudent(
                cast.teacher, classId: cast.fiveA.id!, fullName: "Зуев Захар",
                birthDate: date("2015-05-05"), sex: .male)
        }
    }

    @Test func studentsAndGuardiansSeeOnlyTheirOwn() throws {
        // J-ACL-3
        let cast = try Cast()
        let journal = cast.school.journal
        let classmate = try cast.school.student("Шилов Семён", in: cast.fiveA.id!)
        #expect(try journal.personRow(cast.guardian, id: cast.studentRow.person.id!).person.fullName == "Орлов Олег")
        #expect(throws: JournalError.forbidden(.viewPerson)) { try journal.personRow(cast.guardian, id: classmate.person.id!) }
        #expect(throws: JournalError.forbidden(.viewPerson)) { try journal.personRow(cast.student, id: classmate.person.id!) }
        #expect(throws: JournalError.forbidden(.viewStructure)) { try journal.classes(cast.student, yearId: cast.school.year.id!) }
        #expect(try journal.students(cast.teacher, classId: cast.fiveA.id!).count == 2)
        // A search by a guardian names nobody but their own: not even in an ambiguous answer.
        _ = try cast.school.student("Орлов Олег Шилович", in: cast.fiveB.id!)
        #expect(throws: JournalError.invalid(.person, .unknown("Шилов"))) { try journal.findPerson(cast.guardian, "Шилов") }
        #expect(try journal.findPerson(cast.guardian, "Орлов Олег").person.id == cast.studentRow.person.id)
        #expect(try journal.findPerson(cast.teacher, "Шилов Семён").person.fullName == "Шилов Семён")
    }

    @Test func credentialsComeFromTheAdministratorOrTheClassTeacher() throws {
        // J-ACL-4: staff from the journal administrator; students and guardians from their class teacher.
        let cast = try Cast()
        let journal = cast.school.journal
        _ = try journal.issueCredentials(cast.classTeacher, account: cast.student.login)
        _ = try journal.issueCredentials(cast.classTeacher, account: cast.guardian.login)
        #expect(throws: JournalError.forbidden(.manageAccounts)) {
            try journal.issueCredentials(cast.classTeacher, account: cast.teacher.login)
        }
        let other = try cast.school.student("Рябов Роман", in: cast.fiveB.id!)
        #expect(throws: JournalError.forbidden(.manageAccounts)) {
            try journal.issueCredentials(cast.classTeacher, account: other.login!)
        }
        #expect(throws: JournalError.forbidden(.manageAccounts)) {
            try journal.issueCredentials(cast.deputy, account: cast.teacher.login)
        }
        _ = try journal.issueCredentials(cast.school.admin, account: cast.teacher.login)
        #expect(throws: JournalError.forbidden(.manageAccounts)) {
            try journal.issueCredentials(cast.school.admin, account: cast.school.admin.login)
        }
    }

    @Test func nobodyActsInAnotherOrganization() throws {
        let cast = try Cast()
        let journal = cast.school.journal
        let (_, account) = try journal.createOrganization(
            code: "other", name: "Другая школа", timeZone: "Europe/Simferopol",
            adminName: "Сидоров Сидор", adminLogin: "sidorov", adminPassword: "harbour-lamp-7")
        let otherAdmin = try journal.caller(accountId: account.id!)
        #expect(throws: JournalError.forbidden(.manageClasses)) {
            try journal.createClass(otherAdmin, yearId: cast.school.year.id!, gradeLevel: 9, letter: "А", classTeacherId: nil)
        }
        #expect(throws: JournalError.forbidden(.viewPerson)) { try journal.personRow(otherAdmin, id: cast.studentRow.person.id!) }
        #expect(throws: JournalError.forbidden(.manageAccounts)) { try journal.issueCredentials(otherAdmin, account: cast.teacher.login) }
    }
}
