import Foundation
import GRDB
import Testing

@testable import JournalCore

/// The audit log: every change of lessons, attendance and marks, chained by SHA-256.
@Suite struct AuditTests {
    /// A journal day with a few recorded changes.
    func recordedDay() throws -> JournalDay {
        let day = try JournalDay()
        day.at("2026-10-01T10:00")
        let journal = day.school.journal
        _ = try journal.setTopic(day.teacher, lessonId: day.lesson.id!, topic: "Сложение дробей")
        let mark = try day.mark(.three)
        _ = try journal.correctMark(day.teacher, markId: mark.id!, to: .four, reason: "ошибка при вводе")
        _ = try journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, status: .late)
        return day
    }

    func tamper(_ day: JournalDay, _ sql: String) throws {
        try day.school.journal.database.writer.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    @Test("J-REP-2: a deputy reads what one teacher entered without the right to see accounts")
    func aDeputyReadsOneTeachersEntries() throws {
        let day = try recordedDay()
        let school = day.school
        let deputy = try school.caller(of: try school.staff("Зайцева Дарья Игоревна", [.deputyAcademic]).person.id!)
        let entries = try school.journal.auditEntries(deputy, byPersonId: day.teacher.personId)
        #expect(!entries.isEmpty && entries.allSatisfy { $0.accountId == day.teacher.accountId })
        let others = try school.journal.auditEntries(deputy, byPersonId: day.otherTeacher.personId)
        #expect(Set(others.map(\.id)).isDisjoint(with: entries.map(\.id)))
        #expect(!entries.filter { $0.action == .markCorrected }.isEmpty && others.filter { $0.action == .markCorrected }.isEmpty)
        #expect(throws: JournalError.forbidden(.viewAudit)) {
            try school.journal.auditEntries(day.otherTeacher, byPersonId: day.teacher.personId)
        }
    }

    @Test func everyChangeIsLoggedWithWhoWhenBeforeAfterAndReason() throws {
        let day = try recordedDay()
        let entries = try day.school.journal.auditEntries(day.school.admin, studentId: day.student.person.id!)
        #expect(entries.map(\.action) == [.markAdded, .markCorrected])
        let correction = entries[1]
        #expect(correction.accountId == day.teacher.accountId)
        #expect(correction.before == #"{"value":"3"}"# && correction.after == #"{"value":"4"}"#)
        #expect(correction.reason == "ошибка при вводе")
        #expect(correction.at == Int64(JournalDay.moscow("2026-10-01T10:00").timeIntervalSince1970 * 1000))
        // Six changes shown, each with the seals of the rows it wrote beside it in the chain.
        #expect(try day.school.journal.auditEntries(day.school.admin).count == 6)
        let verdict = try day.school.journal.verifyAudit(day.school.admin)
        let all = try day.school.journal.read { db in
            try db.value(
                Int.self, "SELECT COUNT(*) FROM auditEntry WHERE organizationId = ?",
                [day.school.admin.organizationId])!
        }
        #expect(verdict.entries == all && all > 6 && verdict.problems.isEmpty)
    }

    @Test func verifyFindsAnAlteredEntry() throws {
        let day = try recordedDay()
        let id = try day.school.journal.auditEntries(day.school.admin).first { $0.action == .markCorrected }!.id!
        try tamper(day, "UPDATE auditEntry SET after = '{\"value\":\"5\"}' WHERE id = \(id)")
        #expect(try day.school.journal.verifyAudit(day.school.admin).problems == [.altered(entryId: id)])
    }

    @Test func verifyFindsADeletedOrReorderedEntry() throws {
        let day = try recordedDay()
        let ids = try day.school.journal.auditEntries(day.school.admin).map { $0.id! }
        try tamper(day, "DELETE FROM auditEntry WHERE id = \(ids[2])")
        let next = try day.school.journal.read { db in
            try db.value(Int64.self, "SELECT MIN(id) FROM auditEntry WHERE id > ?", [ids[2]])!
        }
        let problems = try day.school.journal.verifyAudit(day.school.admin).problems
        #expect(problems.contains(.brokenLink(entryId: next)))

        let other = try recordedDay()
        let otherIds = try other.school.journal.auditEntries(other.school.admin).map { $0.id! }
        try tamper(
            other,
            "UPDATE auditEntry SET id = -1 WHERE id = \(otherIds[1]); UPDATE auditEntry SET id = \(otherIds[1]) WHERE id = \(otherIds[2]); UPDATE auditEntry SET id = \(otherIds[2]) WHERE id = -1"
        )
        #expect(!(try other.school.journal.verifyAudit(other.school.admin).problems.isEmpty))
    }

    @Test func verifyFindsTheLastEntryDeleted() throws {
        let day = try recordedDay()
        let all = try day.school.journal.verifyAudit(day.school.admin).entries
        try tamper(day, "DELETE FROM auditEntry WHERE id = (SELECT MAX(id) FROM auditEntry)")
        #expect(try day.school.journal.verifyAudit(day.school.admin).problems.contains(.headMismatch(expected: all, found: all - 1)))
    }

    @Test func onlyTheAdministrationReadsTheAudit() throws {
        let day = try recordedDay()
        #expect(throws: JournalError.forbidden(.viewAudit)) { try day.school.journal.verifyAudit(day.teacher) }
    }
}
