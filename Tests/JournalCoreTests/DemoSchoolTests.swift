import GRDB
import Testing
@testable import JournalCore

@Suite struct DemoSchoolTests {
    @Test func demoSchoolHasRealSizeAndEveryRole() throws {
        let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(TestSchool.now), hasher: .fastForTests)
        try journal.loadDemo()
        let (classes, students, staff, roles) = try journal.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM schoolClass")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM personRole WHERE role = 'student'")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT personId) FROM personRole WHERE role NOT IN ('student', 'guardian')")!,
             Set(try String.fetchAll(db, sql: "SELECT DISTINCT role FROM personRole")))
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

    @Test func demoSchoolIsTheSameEveryTime() throws {
        func names() throws -> [String] {
            let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(TestSchool.now), hasher: .fastForTests)
            try journal.loadDemo()
            return try journal.read { db in try String.fetchAll(db, sql: "SELECT fullName FROM person ORDER BY id") }
        }
        #expect(try names() == names())
    }
}
