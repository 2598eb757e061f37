import Foundation
import Synchronization
import TestSupport
import Testing

@testable import HelpDesk
@testable import JournalCore

/// A region's many one-shot consoles through PgBouncer in transaction mode (issue 25, part 5): a
/// server connection serves one transaction of a client at a time, so nothing of the product may
/// live in a session, and hundreds of clients share a few connections.
@Suite(.enabled(if: PostgresScratch.server != nil && FileManager.default.isExecutableFile(atPath: "/usr/sbin/pgbouncer")))
struct PoolerTests {
    /// Five hundred different people's names: a surname, 25 first names, 20 patronymics.
    static func name(_ index: Int) -> String {
        let first = [
            "Иван", "Пётр", "Олег", "Антон", "Борис", "Глеб", "Денис", "Егор", "Жан", "Захар", "Илья", "Кирилл", "Лев", "Марк", "Никита",
            "Остап", "Павел", "Роман", "Семён", "Тимур", "Фёдор", "Юрий", "Яков", "Вадим", "Артём",
        ]
        let patronymic = [
            "Иванович", "Петрович", "Олегович", "Антонович", "Борисович", "Глебович", "Денисович", "Егорович", "Захарович", "Ильич",
            "Кириллович", "Львович", "Маркович", "Никитич", "Павлович", "Романович", "Семёнович", "Тимурович", "Фёдорович", "Юрьевич",
        ]
        return "Пулов \(first[index % 25]) \(patronymic[index / 25 % 20])"
    }

    @Test(
        "Issue 25: 500 one-shot clients of one school write through PgBouncer in transaction mode with 20 server connections: none refused, none lost, the chain whole"
    )
    func fiveHundredClientsThroughThePooler() throws {
        let school = try SchoolMoveTests.school()
        let schema = try PostgresTestSchema()
        let region = try SupportDesk(
            journal: Journal(database: AppDatabase.open(postgresql: schema.connectionString), clock: school.journal.clock),
            schedulesFolder: DeskFixture.schedules)
        _ = try school.desk.move(["glshkola", "rcoko"], to: region)
        let given = try #require(PostgresTestSchema.server)
        let server = try #require(URLComponents(string: given))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pooler-\(UUID().uuidString)")
        let script = MailSink.repository.appendingPathComponent("scripts/pgbouncer.sh").path
        let environment = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]
        let (started, said) = try Program.run(
            script, ["start", folder.path, String(server.port ?? 5432), String(Int.random(in: 30_000..<39_000)), "region", schema.name],
            environment: environment)
        defer { _ = try? Program.run(script, ["stop", folder.path], environment: environment) }
        #expect(started == 0, "\(said)")
        let pooled = said.trimmingCharacters(in: .whitespacesAndNewlines)

        let clients = 500
        let failures = Mutex<[String]>([])
        let done = DispatchGroup()
        let admin = school.admin
        let clock = school.journal.clock
        for index in 0..<clients {
            done.enter()
            // A client of its own: its own connection, opened, used for one command, closed.
            Thread.detachNewThread {
                defer { done.leave() }
                do {
                    let journal = Journal(database: try AppDatabase.open(postgresql: pooled), clock: clock, hasher: .fastForTests)
                    _ = try journal.createStaff(admin, fullName: Self.name(index), roles: [.subjectTeacher], email: nil, phone: nil)
                } catch {
                    failures.withLock { $0.append("\(index): \(error)") }
                }
            }
        }
        #expect(done.wait(timeout: .now() + 600) == .success)
        let failed = failures.withLock { $0 }
        #expect(failed.isEmpty, "\(failed.count) failed: \(failed.prefix(5))")
        let (written, problems) = try region.journal.database.read { store in
            (
                try store.value(Int.self, "SELECT COUNT(*) FROM person WHERE fullName LIKE 'Пулов %'") ?? 0,
                try AuditLog.verify(store, organizationId: admin.organizationId, tables: region.journal.database.sealed.all)
            )
        }
        #expect(written == clients && problems.isEmpty, "\(written) written, \(problems.prefix(5))")
    }

    @Test("Issue 25: fifty schools' consoles writing at once on PostgreSQL all succeed, and every school's chain is whole")
    func fiftySchoolsWriteAtOnce() throws {
        let schema = try PostgresTestSchema()
        let clock = FixedClock(DeskFixture.instant("2026-11-23T10:00:00", "Europe/Samara"))
        let region = Journal(database: try AppDatabase.open(postgresql: schema.connectionString), clock: clock, hasher: .fastForTests)
        let admins = try (0..<50).map { index in
            let (_, account) = try region.createOrganization(
                code: "school\(index)", name: "Школа № \(index)", timeZone: "Europe/Moscow", adminName: Self.name(index),
                adminLogin: "admin\(index)", adminPassword: "Kq7-вереск-Lm29")
            return try region.authenticate(login: account.login, password: "Kq7-вереск-Lm29")
        }
        let failures = Mutex<[String]>([])
        let done = DispatchGroup()
        for (index, admin) in admins.enumerated() {
            done.enter()
            Thread.detachNewThread {
                defer { done.leave() }
                do {
                    let journal = Journal(
                        database: try AppDatabase.open(postgresql: schema.connectionString), clock: clock, hasher: .fastForTests)
                    for person in 0..<3 {
                        _ = try journal.createStaff(
                            admin, fullName: Self.name(index * 3 + person + 50), roles: [.subjectTeacher], email: nil, phone: nil)
                    }
                } catch {
                    failures.withLock { $0.append("\(index): \(error)") }
                }
            }
        }
        #expect(done.wait(timeout: .now() + 300) == .success)
        #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0 }.prefix(3))")
        for admin in admins {
            let (entries, problems) = try region.verifyAudit(admin)
            #expect(problems.isEmpty && entries > 3, "school \(admin.organizationId): \(problems.prefix(3))")
        }
    }
}
