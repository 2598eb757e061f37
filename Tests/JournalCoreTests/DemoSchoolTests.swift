import Foundation
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
        #expect(try journal.read { db in try db.value(Int.self, "SELECT COUNT(*) FROM sqlite_stat1") ?? 0 } > 10)
        let (classes, students, staff, roles) = try journal.read { db in
            (
                try db.value(Int.self, "SELECT COUNT(*) FROM schoolClass")!,
                try db.value(Int.self, "SELECT COUNT(*) FROM personRole WHERE role = 'student'")!,
                try db.value(
                    Int.self,
                    """
                    SELECT COUNT(DISTINCT personId) FROM personRole JOIN person ON person.id = personRole.personId
                    JOIN organization ON organization.id = person.organizationId
                    WHERE role NOT IN ('student', 'guardian') AND organization.code = 'demo'
                    """)!,
                Set(try db.values(String.self, "SELECT DISTINCT role FROM personRole"))
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

    /// Wednesday 02.12.2026, 10:00 in Moscow: the day the end-to-end tests run the binary on.
    static let wednesday = ISO8601DateFormatter().date(from: "2026-12-02T07:00:00Z")!

    @Test("Issue 24: the demo stands as on the day it is loaded — lessons, marks and corrections up to yesterday, today's lessons to fill")
    func demoSchoolHasATermOfLessonsMarksAndCorrections() throws {
        let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(Self.wednesday), hasher: .fastForTests)
        try journal.loadDemo()
        let (lessons, marks, late, corrections, absences, gradeOneMarks, clashes) = try journal.read { db in
            (
                try db.value(Int.self, "SELECT COUNT(*) FROM lesson")!,
                try db.value(Int.self, "SELECT COUNT(*) FROM mark")!,
                try db.value(Int.self, "SELECT COUNT(*) FROM mark WHERE late = 1")!,
                try db.value(Int.self, "SELECT COUNT(*) FROM markCorrection")!,
                try db.value(Int.self, "SELECT COUNT(*) FROM attendance WHERE status = 'absent'")!,
                try db.value(
                    Int.self,
                    "SELECT COUNT(*) FROM mark m JOIN lesson l ON l.id = m.lessonId JOIN schoolClass c ON c.id = l.classId WHERE c.gradeLevel = 1"
                )!,
                try db.value(
                    Int.self,
                    """
                    SELECT COUNT(*) FROM lesson a JOIN lesson b ON a.teacherId = b.teacherId AND a.date = b.date AND a.id < b.id
                    AND a.startTime = b.startTime AND a.classId <> b.classId
                    """)!
            )
        }
        #expect(lessons > 4000)
        let (today, later, todayFilled, yesterdayFilled) = try journal.read { db in
            (
                try db.value(Int.self, "SELECT COUNT(*) FROM lesson WHERE date = '2026-12-02'") ?? 0,
                try db.value(Int.self, "SELECT COUNT(*) FROM lesson WHERE date > '2026-12-02'") ?? 0,
                try db.value(
                    Int.self,
                    """
                    SELECT COUNT(*) FROM lesson l WHERE date = '2026-12-02' AND (topic IS NOT NULL
                    OR EXISTS (SELECT 1 FROM mark WHERE lessonId = l.id) OR EXISTS (SELECT 1 FROM attendance WHERE lessonId = l.id))
                    """) ?? 0,
                try db.value(Int.self, "SELECT COUNT(*) FROM lesson WHERE date = '2026-12-01' AND topic IS NOT NULL") ?? 0
            )
        }
        #expect(today > 50 && later == 0 && todayFilled == 0 && yesterdayFilled > 50)
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

    @Test("Issue 24: the demo has period marks for every ended period and none for the one under way, so summary sheets are not empty")
    func demoSchoolHasPeriodMarksOfEndedPeriods() throws {
        let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(Self.wednesday), hasher: .fastForTests)
        try journal.loadDemo()
        let (first, second, year, pupilsMarked) = try journal.read { db in
            (
                try db.value(
                    Int.self, "SELECT COUNT(*) FROM periodMark p JOIN reportingPeriod r ON r.id = p.periodId WHERE r.number = 1") ?? 0,
                try db.value(
                    Int.self, "SELECT COUNT(*) FROM periodMark p JOIN reportingPeriod r ON r.id = p.periodId WHERE r.number = 2") ?? 0,
                try db.value(Int.self, "SELECT COUNT(*) FROM periodMark WHERE periodId IS NULL") ?? 0,
                try db.value(
                    Int.self,
                    """
                    SELECT COUNT(DISTINCT p.studentId) FROM periodMark p JOIN schoolClass c ON c.id = p.classId WHERE c.gradeLevel > 1
                    """) ?? 0
            )
        }
        #expect(first > 3000 && second == 0 && year == 0)
        // Monitoring has its visits: every teacher who filled a lesson logged in that day (J-REP-2).
        let zavuch = try journal.authenticate(login: "zavuch", password: DemoSchool.password)
        let yearId = try #require(try journal.currentYear(zavuch)?.id)
        let monitoring = try journal.monitoring(
            zavuch, yearId: yearId, from: LocalDate(parsing: "2026-11-19")!, to: LocalDate(parsing: "2026-12-02")!)
        #expect(monitoring.teachers > 30 && monitoring.teachersVisited == monitoring.teachers)
        #expect(monitoring.byClass.contains { $0.pupilsVisited > 0 && $0.guardiansVisited > 0 })
        #expect(pupilsMarked > 450)
    }

    @Test("Issue 24: loaded on a Sunday the demo's week ends on Friday, filled; loaded in August it has no lessons yet")
    func demoSchoolLoadsOnAnyDay() throws {
        let sunday = Journal(
            database: try AppDatabase.inMemory(), clock: FixedClock(ISO8601DateFormatter().date(from: "2026-12-06T09:00:00Z")!),
            hasher: .fastForTests)
        try sunday.loadDemo()
        let (last, unfilled) = try sunday.read { db in
            (
                try db.value(String.self, "SELECT MAX(date) FROM lesson"),
                try db.value(Int.self, "SELECT COUNT(*) FROM lesson WHERE topic IS NULL") ?? -1
            )
        }
        #expect(last == "2026-12-04" && unfilled == 0)
        let august = Journal(
            database: try AppDatabase.inMemory(), clock: FixedClock(ISO8601DateFormatter().date(from: "2026-08-20T09:00:00Z")!),
            hasher: .fastForTests)
        try august.loadDemo()
        #expect(try august.read { db in try db.value(Int.self, "SELECT COUNT(*) FROM lesson") } == 0)
    }

    @Test func demoSchoolIsTheSameEveryTime() throws {
        func names() throws -> [String] {
            let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(TestSchool.now), hasher: .fastForTests)
            try journal.loadDemo()
            return try journal.read { db in try db.values(String.self, "SELECT fullName FROM person ORDER BY id") }
        }
        #expect(try names() == names())
    }
}
