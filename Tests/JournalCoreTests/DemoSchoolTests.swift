import GRDB
import Synchronization
import Testing
@testable import JournalCore

@Suite struct DemoSchoolTests {
    @Test func demoSchoolHasRealSizeAndEveryRole() throws {
        let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(TestSchool.now), hasher: .fastForTests)
        let reported = Mutex<[Double]>([])
        try journal.loadDemo(progress: { fraction in reported.withLock { $0.append(fraction) } })
        // The console's bar: the fractions rise to the whole.
        let fractions = reported.withLock { $0 }
        #expect(fractions.count > 10 && fractions.last == 1 && fractions.allSatisfy { (0...1).contains($0) })
        // ANALYZE ran after the load: the planner has statistics of the new school.
        #expect(try journal.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_stat1") ?? 0 } > 10)
        let (classes, students, staff, roles) = try journal.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM schoolClass")!,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM personRole WHERE role = 'student'")!,
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(DISTINCT personId) FROM personRole JOIN person ON person.id = personRole.personId
                        JOIN organization ON organization.id = person.organizationId
                        WHERE role NOT IN ('student', 'guardian') AND organization.code = 'demo'
                        """)!,
                Set(try String.fetchAll(db, sql: "SELECT DISTINCT role FROM personRole"))
            )
        }
        #expect(classes == 25)
        #expect((550...650).contains(students))
        #expect((45...60).contains(staff))
        #expect(roles == Set(Role.allCases.map(\.rawValue)))
        for (login, role) in DemoSchool.logins {
            let caller = try journal.authenticate(login: login, password: DemoSchool.password)
            #expect(caller.roles.contains(role), "\(login) should be \(role)")
        }
    }

    @Test func theThreeSeedSchoolsComeWithTheirSpecialistsAndATeacherEach() throws {
        let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(TestSchool.now), hasher: .fastForTests)
        try journal.loadDemo()
        for code in ["glshkola", "starokrym", "school181"] { #expect(try journal.hasOrganization(code: code)) }
        let poliy = try journal.authenticate(login: "poliy", password: DemoSchool.password)
        #expect(try poliy.fullName == "Полий Т.А." && journal.organization(poliy).timeZone == "Europe/Samara")
        let teacher = try journal.authenticate(login: "krym-teacher", password: DemoSchool.password)
        #expect(try journal.organization(teacher).code == "starokrym" && teacher.roles.contains(.subjectTeacher))
        #expect(try journal.currentYear(teacher)?.name == "2026/2027")
    }

    @Test func demoSchoolHasATermOfLessonsMarksAndCorrections() throws {
        let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(TestSchool.now), hasher: .fastForTests)
        try journal.loadDemo()
        let (lessons, marks, late, corrections, absences, gradeOneMarks, clashes) = try journal.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM lesson")!,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mark")!,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mark WHERE late = 1")!,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM markCorrection")!,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attendance WHERE status = 'absent'")!,
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT COUNT(*) FROM mark m JOIN lesson l ON l.id = m.lessonId JOIN schoolClass c ON c.id = l.classId WHERE c.gradeLevel = 1"
                )!,
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM lesson a JOIN lesson b ON a.teacherId = b.teacherId AND a.date = b.date AND a.id < b.id
                        AND a.startTime = b.startTime AND a.classId <> b.classId
                        """)!
            )
        }
        #expect(lessons > 3000)
        #expect(marks > 5000 && late > 0 && corrections > 0 && absences > 0)
        #expect(gradeOneMarks == 0)  // J-MARK-3 holds in the demo too
        #expect(clashes == 0)
        let admin = try journal.authenticate(login: "admin", password: DemoSchool.password)
        // Every assignment has a course plan whose first topics the term's lessons covered.
        let klruk = try journal.authenticate(login: "klruk", password: DemoSchool.password)
        let assignment = try journal.assignments(klruk, yearId: journal.year(klruk, named: nil).id!, teacherId: klruk.personId)
            .first { $0.className == "5А" && $0.subjectName == "Математика" }!
        let coverage = try journal.planCoverage(klruk, assignmentId: assignment.assignment.id!)
        #expect(coverage.count > 30 && !coverage[0].lessonDates.isEmpty && coverage.last!.lessonDates.isEmpty)
        let verdict = try journal.verifyAudit(admin)
        #expect(verdict.problems.isEmpty && verdict.entries >= marks, "\(verdict.problems.prefix(3))")
    }

    @Test func demoSchoolIsTheSameEveryTime() throws {
        func names() throws -> [String] {
            let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(TestSchool.now), hasher: .fastForTests)
            try journal.loadDemo()
            return try journal.read { db in try String.fetchAll(db, sql: "SELECT fullName FROM person ORDER BY id") }
        }
        #expect(try names() == names())
    }
}
