import Foundation
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
}
