import Foundation
import Synchronization
import TestSupport
import Testing

@testable import JournalCore

/// The journal on its second engine (issue 25, part 3): the same school day written to a region's
/// PostgreSQL and to a school's file leaves the same rows and the same audit chain, entry by entry
/// — seals included, which the engine notes its own way.
@Suite(.enabled(if: PostgresTestSchema.server != nil)) struct JournalOnPostgresTests {
    /// The chain's entries as a person reading `audit show` compares them: who, what, which row,
    /// what before and after. An account's seal holds a digest of its salted password hash, which
    /// differs from one run to the next whatever the engine: its text is left out.
    static func chain(_ day: JournalDay) throws -> [String] {
        try day.school.journal.database.read { store in
            try store.rows(
                """
                SELECT organizationId, at, accountId, action, entity, entityId, studentId, lessonId, before, after, reason
                FROM auditEntry ORDER BY id
                """
            ).map { row in
                let entity: String = try row["entity"]
                return row.values.enumerated().map { index, value in
                    entity == "account" && index == 9 ? "…" : RowSeal.plain(value) ?? "null"
                }.joined(separator: " | ")
            }
        }
    }

    @Test("Issue 25: a school day written on PostgreSQL leaves the rows and the audit chain it leaves in a file")
    func aSchoolDayLeavesTheSameChain() throws {
        let schema = try PostgresTestSchema()
        let days = [try JournalDay(database: AppDatabase.open(postgresql: schema.connectionString)), try JournalDay()]
        for day in days {
            day.at("2026-10-01T09:00")
            let mark = try day.mark(.four)
            _ = try day.school.journal.correctMark(day.teacher, markId: mark.id!, to: .five, reason: "Ошибка ввода")
            _ = try day.school.journal.setAttendance(
                day.teacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, status: .absent)
        }
        let (onServer, inFile) = (try Self.chain(days[0]), try Self.chain(days[1]))
        #expect(onServer.count == inFile.count)
        for (server, file) in zip(onServer, inFile) where server != file {
            Issue.record("on PostgreSQL: \(server)\nin the file:   \(file)")
        }
        #expect(inFile.contains { $0.contains("| sealed | mark |") })
        let inFileCounts = try days[1].school.rowCounts()
        let onServerCounts = try days[0].school.journal.database.read { store in
            try inFileCounts.keys.map { table in (table, try store.value(Int.self, "SELECT COUNT(*) FROM \(table)") ?? 0) }
        }
        #expect(Dictionary(uniqueKeysWithValues: onServerCounts) == inFileCounts)
        #expect(inFileCounts["mark"] == 1 && inFileCounts["markCorrection"] == 1)
    }

    @Test("Issue 25, J-ARCH-2: audit verify on PostgreSQL walks the same chain as in a file, and names an edit made from a plain session")
    func verifyNamesAnEditFromAPlainSession() throws {
        let schema = try PostgresTestSchema()
        let days = [try JournalDay(database: AppDatabase.open(postgresql: schema.connectionString)), try JournalDay()]
        for day in days {
            day.at("2026-10-01T09:00")
            try day.mark(.four)
        }
        let (onServer, inFile) = (
            try days[0].school.journal.verifyAudit(days[0].school.admin), try days[1].school.journal.verifyAudit(days[1].school.admin)
        )
        #expect(onServer.problems.isEmpty && inFile.problems.isEmpty)
        #expect(onServer.entries == inFile.entries && inFile.entries > 40)
        // A plain `psql` session: not the product's, so nothing notes or seals its change.
        let psql = try PostgresConnection(schema.connectionString)
        _ = try psql.execute("UPDATE mark SET value = '2' WHERE id = 1")
        let after = try days[0].school.journal.verifyAudit(days[0].school.admin)
        #expect(
            after.problems == [
                .rowChanged(table: "mark", key: "1", differences: [FieldDifference(column: "value", sealed: "4", found: "2")])
            ])
    }

    @Test("Issue 25: fifty consoles writing one school's marks at once on PostgreSQL all succeed and leave one unbroken chain")
    func concurrentWritersKeepOneChain() throws {
        let schema = try PostgresTestSchema()
        let day = try JournalDay(database: AppDatabase.open(postgresql: schema.connectionString))
        day.at("2026-10-01T09:00")
        let before = try day.school.journal.verifyAudit(day.school.admin).entries
        // Each its own process's connection, as fifty consoles are, each on a thread of its own.
        let journals = try (0..<50).map { _ in
            Journal(database: try AppDatabase.open(postgresql: schema.connectionString), clock: day.clock, hasher: .fastForTests)
        }
        let failures = Mutex<[String]>([])
        let done = DispatchGroup()
        let (teacher, lesson, pupils) = (day.teacher, day.lesson.id!, [day.student.person.id!, day.classmate.person.id!])
        for (index, journal) in journals.enumerated() {
            done.enter()
            Thread.detachNewThread {
                defer { done.leave() }
                do {
                    _ = try journal.addMark(teacher, lessonId: lesson, studentId: pupils[index % 2], value: .five, workKind: .answer)
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        #expect(done.wait(timeout: .now() + 300) == .success)
        #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0 }.prefix(3))")
        let after = try day.school.journal.verifyAudit(day.school.admin)
        #expect(after.problems.isEmpty)
        #expect(after.entries > before + journals.count)
    }

    @Test("Issue 25, J-ARCH-2: a second writer of the same school waits for the first one's commit, so the chain does not fork")
    func aSecondWriterWaitsForTheFirstsCommit() throws {
        let schema = try PostgresTestSchema()
        let day = try JournalDay(database: AppDatabase.open(postgresql: schema.connectionString))
        let organizationId = day.school.admin.organizationId
        let (first, second) = (
            try AppDatabase.open(postgresql: schema.connectionString), try AppDatabase.open(postgresql: schema.connectionString)
        )
        let (now, lessonId) = (day.clock.now, day.lesson.id!)
        @Sendable func append(_ database: AppDatabase, holding seconds: Double) throws {
            try database.write(at: now) { store in
                try AuditLog.append(
                    store, organizationId: organizationId, at: now, accountId: 0, action: .lessonChanged, entity: .lesson,
                    entityId: lessonId)
                Thread.sleep(forTimeInterval: seconds)
            }
        }
        // The first writer appends and holds its transaction open; the second one appends
        // meanwhile. Without the school's lock both would link to the same head.
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            do {
                if index == 0 {
                    try append(first, holding: 0.5)
                } else {
                    Thread.sleep(forTimeInterval: 0.1)
                    try append(second, holding: 0)
                }
            } catch {
                failures.withLock { $0 += 1 }
            }
        }
        #expect(failures.withLock { $0 } == 0)
        #expect(try day.school.journal.verifyAudit(day.school.admin).problems.isEmpty)
    }

    @Test(
        "Issue 25 (from the tour): a console whose connection the server dropped connects again at its next command; an empty database is set up only when asked, never by a mistyped name"
    )
    func aLostConnectionIsMadeAgain() throws {
        let schema = try PostgresTestSchema()
        #expect(throws: StorageProblem.missing(AppDatabase.displayName(schema.connectionString))) {
            try AppDatabase.open(postgresql: schema.connectionString, create: false)
        }
        let day = try JournalDay(database: AppDatabase.open(postgresql: schema.connectionString))
        let database = day.school.journal.database
        let backend = try database.read { store in try store.value(Int.self, "SELECT pg_backend_pid()") ?? 0 }
        let other = try AppDatabase.open(postgresql: schema.connectionString, create: false)
        let ended = try other.read { store in try store.value(Bool.self, "SELECT pg_terminate_backend(?)", [backend]) }
        #expect(ended == true)
        // The next command runs on a new connection, as if nothing had happened.
        day.at("2026-10-01T09:00")
        let mark = try day.mark(.four)
        #expect(mark.id != nil)
        let again = try database.read { store in try store.value(Int.self, "SELECT pg_backend_pid()") ?? 0 }
        #expect(again != backend)
        #expect(StoreFailure(PostgresError(sqlState: "08006", message: "server closed the connection unexpectedly")) == .unreachable)
    }

    @Test("Issue 25: a long read of a school on PostgreSQL (a copy of it) holds none of its writers: a mark goes in meanwhile")
    func aLongReadHoldsNoWriter() throws {
        let schema = try PostgresTestSchema()
        let day = try JournalDay(database: AppDatabase.open(postgresql: schema.connectionString))
        day.at("2026-10-01T09:00")
        let writer = Journal(database: try AppDatabase.open(postgresql: schema.connectionString), clock: day.clock, hasher: .fastForTests)
        let (teacher, lesson, pupil) = (day.teacher, day.lesson.id!, day.student.person.id!)
        let written = DispatchSemaphore(value: 0)
        let inTime = try day.school.journal.database.read { store -> Bool in
            // The chain's head read, as a copy reads it first.
            _ = try AuditChainHead.read(store, organizationId: day.school.admin.organizationId)
            Thread.detachNewThread {
                _ = try? writer.addMark(teacher, lessonId: lesson, studentId: pupil, value: .four, workKind: .answer)
                written.signal()
            }
            return written.wait(timeout: .now() + 20) == .success
        }
        #expect(inTime)
    }
}
