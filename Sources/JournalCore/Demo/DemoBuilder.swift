internal import GRDB

/// Writes the demo school inside one transaction.
struct DemoBuilder {
    let journal: Journal
    let db: StoreTransaction
    var generator: SeededGenerator
    let size: DemoSize
    /// Demo login → person who gets credentials.
    var credentialHolders: [String: Int64] = [:]
    private var organizationId: Int64 = 0
    private var surnameIndex = 0

    init(journal: Journal, db: StoreTransaction, generator: SeededGenerator, size: DemoSize = .standard) {
        self.journal = journal
        self.db = db
        self.generator = generator
        self.size = size
    }

    mutating func build() throws -> Organization {
        var organization = Organization(code: DemoSchool.code, name: DemoSchool.name, timeZone: DemoSchool.timeZone)
        try db.insert(&organization)
        organizationId = try organization.savedId
        try ProductionCalendar.install(db, organizationId: organizationId)
        let year = try buildYear()
        let staff = try buildStaff()
        let subjects = try buildSubjects()
        try buildClasses(year: year, staff: staff, subjects: subjects)
        var term = DemoTerm(
            journal: journal, db: db, organizationId: organizationId, generator: generator, size: size,
            audit: try AuditLog.Appender(db, organizationId: organizationId))
        try term.build(year: year)
        return organization
    }

    private mutating func buildYear() throws -> AcademicYear {
        try Self.insertYear(db, organizationId: organizationId)
    }

    /// The year 2026/2027 in quarters with the usual vacations.
    @discardableResult
    static func insertYear(_ db: StoreTransaction, organizationId: Int64) throws -> AcademicYear {
        var year = AcademicYear(
            organizationId: organizationId, name: "2026/2027", startDate: LocalDate(2026, 9, 1),
            endDate: LocalDate(2027, 8, 31), periodKind: .quarter)
        try db.insert(&year)
        let quarters = [
            (LocalDate(2026, 9, 1), LocalDate(2026, 10, 24)), (LocalDate(2026, 11, 5), LocalDate(2026, 12, 27)),
            (LocalDate(2027, 1, 12), LocalDate(2027, 3, 20)), (LocalDate(2027, 3, 30), LocalDate(2027, 5, 26)),
        ]
        for (index, (start, end)) in quarters.enumerated() {
            var period = try ReportingPeriod(yearId: year.savedId, number: index + 1, startDate: start, endDate: end)
            try db.insert(&period)
        }
        let vacations = [
            ("Осенние каникулы", LocalDate(2026, 10, 25), LocalDate(2026, 11, 4)),
            ("Зимние каникулы", LocalDate(2026, 12, 28), LocalDate(2027, 1, 11)),
            ("Весенние каникулы", LocalDate(2027, 3, 21), LocalDate(2027, 3, 29)),
            ("Летние каникулы", LocalDate(2027, 5, 27), LocalDate(2027, 8, 31)),
        ]
        for (name, start, end) in vacations {
            var vacation = try Vacation(yearId: year.savedId, name: name, startDate: start, endDate: end)
            try db.insert(&vacation)
        }
        return year
    }

    /// A fresh surname for each family, in a fixed order.
    private mutating func nextSurname() -> String {
        defer { surnameIndex += 1 }
        return RussianNames.surnames[surnameIndex % RussianNames.surnames.count]
    }

    @discardableResult
    private mutating func person(
        _ roles: [Role], sex: Sex, surname: String? = nil, birthDate: LocalDate? = nil, email: Bool = true, phone: Bool = true
    ) throws -> Person {
        let base = surname ?? nextSurname()
        let name = RussianNames.fullName(surname: base, sex: sex, using: &generator)
        let digits = (0..<7).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
        var person = Person(organizationId: organizationId, fullName: name, birthDate: birthDate, sex: sex)
        person.phone = phone ? "+7 912 \(digits.prefix(3))-\(digits.dropFirst(3).prefix(2))-\(digits.suffix(2))" : nil
        try db.insert(&person)
        if email { person.email = try "\(Transliteration.latin(base)).\(person.savedId)@example.ru" }
        try db.update(person)
        for role in roles { try db.insert(PersonRole(personId: person.savedId, role: role)) }
        _ = try journal.insertAccount(db, person: person)
        return person
    }

    private var randomSex: Sex { mutating get { Bool.random(using: &generator) ? .male : .female } }

    /// About 50 staff: the administration, support, and 40 teachers.
    private mutating func buildStaff() throws -> [Int64] {
        let single: [(String, Role, Sex)] = [
            ("director", .director, .female), ("zavuch", .deputyAcademic, .female), ("zamvr", .deputyUpbringing, .female),
            ("admin", .journalAdmin, .male), ("coordinator", .coordinator, .female), ("operator", .operator, .female),
            ("moderator", .forumModerator, .male), ("engineer", .itEngineer, .male), ("support", .supportSpecialist, .male),
            ("methodist", .methodologist, .female), ("substitute", .substituteTeacher, .female),
        ]
        for (login, role, sex) in single {
            credentialHolders[login] = try person([role], sex: sex).savedId
        }
        try person([.deputyAcademic], sex: .male)
        var teachers: [Int64] = []
        for index in 0..<size.teachers {
            let teacher = try person([.subjectTeacher], sex: index % 5 == 0 ? .male : .female)
            try teachers.append(teacher.savedId)
        }
        // teachers[0] is nobody's class teacher: the demo subject teacher.
        credentialHolders["teacher"] = teachers[0]
        return teachers
    }

    private func buildSubjects() throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for name in Set((1...11).flatMap(DemoSchool.subjects(forGrade:))).sorted() {
            var subject = Subject(organizationId: organizationId, name: name)
            try db.insert(&subject)
            ids[name] = try subject.savedId
        }
        return ids
    }

    private mutating func buildClasses(year: AcademicYear, staff teachers: [Int64], subjects: [String: Int64]) throws {
        var classIndex = 0
        for grade in 1...11 {
            for letter in size.letters(grade) {
                let classTeacher = teachers[(classIndex * 3 + 2) % teachers.count]
                var schoolClass = try SchoolClass(yearId: year.savedId, gradeLevel: grade, letter: letter, classTeacherId: classTeacher)
                try db.insert(&schoolClass)
                try db.execute(
                    "INSERT INTO personRole (personId, role) VALUES (?, ?) ON CONFLICT DO NOTHING", [classTeacher, Role.classTeacher])
                if grade == 5 && letter == "А" { credentialHolders["klruk"] = classTeacher }
                let students = try buildStudents(of: schoolClass, year: year, count: 22 + Int.random(in: 0...5, using: &generator))
                try buildAssignments(of: schoolClass, students: students, teachers: teachers, subjects: subjects, classIndex: classIndex)
                classIndex += 1
            }
        }
    }

    private mutating func buildStudents(of schoolClass: SchoolClass, year: AcademicYear, count: Int) throws -> [Int64] {
        var students: [Int64] = []
        let birthYear = 2026 - 6 - schoolClass.gradeLevel
        for index in 0..<count {
            let surname = nextSurname()
            let sex = randomSex
            let birthDate = LocalDate(
                dayNumber: LocalDate(birthYear, 9, 1).dayNumber + Int.random(in: 0...364, using: &generator))
            let student = try person([.student], sex: sex, surname: surname, birthDate: birthDate, email: false, phone: false)
            var enrolment = try Enrolment(
                studentId: student.savedId, classId: schoolClass.savedId, yearId: year.savedId,
                startDate: year.startDate, startKind: .enrolment)
            try db.insert(&enrolment)
            let mother = try person([.guardian], sex: .female, surname: surname)
            try db.insert(Guardianship(guardianId: mother.savedId, studentId: student.savedId))
            if index % 3 == 0 {
                let father = try person([.guardian], sex: .male, surname: surname)
                try db.insert(Guardianship(guardianId: father.savedId, studentId: student.savedId))
            }
            if schoolClass.gradeLevel == 5 && schoolClass.letter == "А" && index == 0 {
                credentialHolders["student"] = try student.savedId
                credentialHolders["parent"] = try mother.savedId
            }
            try students.append(student.savedId)
        }
        return students
    }

    /// Each subject of the grade goes to a teacher; English is taught in two subgroups.
    private mutating func buildAssignments(
        of schoolClass: SchoolClass, students: [Int64], teachers: [Int64], subjects: [String: Int64], classIndex: Int
    ) throws {
        for (subjectIndex, name) in DemoSchool.subjects(forGrade: schoolClass.gradeLevel).enumerated() {
            guard let subjectId = subjects[name] else { throw UnsavedRecord(table: Subject.tableName) }
            var teacher = teachers[(classIndex + subjectIndex * 7) % teachers.count]
            // The demo class teacher teaches mathematics in their own class.
            if schoolClass.gradeLevel == 5 && schoolClass.letter == "А" && name == "Математика",
                let classTeacher = schoolClass.classTeacherId
            {
                teacher = classTeacher
            }
            if name.hasPrefix("Иностранный язык") && schoolClass.gradeLevel >= 2 {
                for (part, members) in [students.filter { $0 % 2 == 0 }, students.filter { $0 % 2 == 1 }].enumerated() {
                    var subgroup = try Subgroup(classId: schoolClass.savedId, subjectId: subjectId, name: "\(part + 1) группа")
                    try db.insert(&subgroup)
                    for student in members { try db.insert(SubgroupMember(subgroupId: subgroup.savedId, studentId: student)) }
                    try db.execute(
                        "INSERT INTO assignment (teacherId, subjectId, classId, subgroupId) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        [teachers[(classIndex + part * 11 + 5) % teachers.count], subjectId, schoolClass.savedId, subgroup.savedId])
                }
            } else {
                try db.execute(
                    "INSERT INTO assignment (teacherId, subjectId, classId) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    [teacher, subjectId, schoolClass.savedId])
            }
        }
    }
}
