import Foundation
import GRDB
import Testing

@testable import JournalCore

/// A breach report leaves nothing the intruder did in force (J-ACL-5, H-CRED-3, seed 004 §5.4):
/// beyond lesson marks and entries, the period marks, risk-group entries, consents, messages and
/// keys made with the leaked credentials go, and the credentials the intruder issued stop working;
/// a withdrawn report puts every one of them back.
@Suite struct BreachUndoTests {
    @Test(
        "J-ACL-5, H-CRED-3: period marks, risk group, consent, messages and keys made after the moment are voided; a withdrawal restores them"
    )
    func everythingTheIntruderAddedIsTakenOutAndComesBackOnWithdrawal() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        let admin = day.school.admin
        _ = try journal.setPeriod(
            admin, yearId: try #require(day.school.year.id), number: 1, start: date("2026-09-01"), end: date("2026-10-24"))
        let literature = try journal.createSubject(admin, name: "Литература")
        let classId = try #require(day.fiveA.id)
        let student = try #require(day.student.person.id)
        _ = try journal.assign(
            admin, teacherId: day.classTeacher.personId, subjectId: try #require(literature.id), classId: classId, subgroupId: nil)
        // Friday 23.10.2026: the period mark window is open. Before the moment: one period mark.
        day.at("2026-10-23T09:00")
        let kept = try journal.setPeriodMark(
            day.classTeacher, studentId: try #require(day.classmate.person.id), subjectId: try #require(literature.id), classId: classId,
            periodNumber: 1, value: .four)
        let consentBefore = try journal.recordConsent(
            day.classTeacher, studentId: student, consentOn: date("2026-09-01"), access: nil, accessOn: nil)
        let before = try journal.read { db in try Self.state(try db.sqlite) }
        // After the moment (09:30), with the leaked credentials.
        day.at("2026-10-23T10:00")
        _ = try journal.setPeriodMark(
            day.classTeacher, studentId: student, subjectId: try #require(literature.id), classId: classId, periodNumber: 1, value: .two)
        _ = try journal.setPeriodMark(
            day.classTeacher, studentId: try #require(day.classmate.person.id), subjectId: try #require(literature.id), classId: classId,
            periodNumber: 1, value: .two)
        _ = try journal.addToRiskGroup(day.classTeacher, studentId: student, reason: "пропуски")
        _ = try journal.recordConsent(
            day.classTeacher, studentId: student, consentOn: date("2026-09-01"), access: .declined, accessOn: date("2026-10-23"))
        _ = try journal.sendMessage(day.classTeacher, to: [day.teacher.personId], subject: "Срочно", text: "Перешлите пароль")
        _ = try journal.addKey(day.classTeacher, account: day.classTeacher.login, key: KeyTests.ed25519)
        let after = try journal.read { db in try Self.state(try db.sqlite) }
        #expect(after != before)

        day.at("2026-10-23T10:30")
        let effect = try journal.reportBreach(
            admin, organizationId: admin.organizationId, login: day.classTeacher.login, voidFrom: JournalDay.moscow("2026-10-23T09:30"))
        #expect(try journal.read { db in try Self.state(try db.sqlite) } == before)
        #expect(
            try journal.periodMarks(admin, classId: classId, subjectId: try #require(literature.id), periodNumber: 1).compactMap(
                \.mark?.value) == [kept.value])
        #expect(consentBefore.access == nil)
        #expect(try journal.verifyAudit(admin).problems.isEmpty)

        try journal.withdrawBreach(admin, breachId: effect.breachId, reason: "ложная тревога")
        #expect(try journal.read { db in try Self.state(try db.sqlite) } == after)
        #expect(try journal.verifyAudit(admin).problems.isEmpty)
    }

    @Test("H-CRED-3: credentials the intruder issued after the moment stop logging in; a withdrawal lets them in again")
    func credentialsTheIntruderIssuedStopWorking() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        let second = try day.school.staff("Полий Татьяна Андреевна", [.journalAdmin])
        let intruder = try day.school.caller(of: try #require(second.person.id))
        let pupil = try day.school.staff("Ильин Илья Ильич", [.subjectTeacher])
        day.at("2026-10-01T10:00")
        let issued = try journal.issueCredentials(intruder, account: try #require(pupil.login))
        _ = try journal.authenticate(login: issued.login, password: issued.temporaryPassword)

        day.at("2026-10-01T10:30")
        let effect = try journal.reportBreach(
            day.school.admin, organizationId: day.school.admin.organizationId, login: intruder.login,
            voidFrom: JournalDay.moscow("2026-10-01T09:30"))
        #expect(throws: JournalError.badCredentials) { try journal.authenticate(login: issued.login, password: issued.temporaryPassword) }
        // What the school's own administrator issued before stays.
        _ = try journal.authenticate(login: day.teacher.login, password: "a-new-password")

        try journal.withdrawBreach(day.school.admin, breachId: effect.breachId, reason: "ложная тревога")
        _ = try journal.authenticate(login: issued.login, password: issued.temporaryPassword)
    }

    /// The rows a breach must take back, as text: period marks, risk group, consents, messages, keys.
    static func state(_ db: Database) throws -> [String] {
        var rows: [String] = []
        for (table, order) in [
            ("periodMark", "id"), ("riskWatch", "id"), ("familyConsent", "studentId"), ("message", "id"), ("messageRecipient", "messageId"),
            ("accountKey", "id"),
        ] {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)") {
                let values = row.columnNames.filter { !["recordedAt", "recordedBy", "accessOn", "setAt", "setBy"].contains($0) }
                    .map { "\($0)=\(row[$0] as DatabaseValue)" }
                rows.append("\(table): " + values.joined(separator: " "))
            }
        }
        return rows
    }
}
