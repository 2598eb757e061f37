import Foundation
import Testing

@testable import JournalCore

/// A breach of credentials (H-CRED-3, J-ACL-5, seed 004 §5.3–5.4): reported by the owner or the
/// school's head, deputies and journal administrator, the account is locked at once, and what was
/// done with it from the report on is invalid and left out of the journal until the report is
/// confirmed or withdrawn.
@Suite struct BreachTests {
    @Test("H-CRED-3: A breach locks the account and voids the marks made after the report")
    func aBreachLocksTheAccountAndVoidsTheMarksMadeAfterTheReport() throws {
        let day = try JournalDay()
        day.at("2026-10-01T09:00")
        let before = try day.mark(.four)
        _ = try day.school.journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, status: .late)
        _ = try day.school.journal.setHomework(day.teacher, lessonId: day.lesson.id!, homework: "§ 12")
        day.at("2026-10-01T10:00")
        let after = try day.mark(.two, work: .test)
        _ = try day.school.journal.setAttendance(
            day.teacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, status: .absent)
        _ = try day.school.journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.student.person.id!, status: .absent)
        _ = try day.school.journal.setHomework(day.teacher, lessonId: day.lesson.id!, homework: "всё отменено")
        _ = try day.school.journal.correctMark(day.teacher, markId: before.id!, to: .two, reason: "ошибка")
        // Reported to the head at 09:30, entered at 10:30.
        day.at("2026-10-01T10:30")
        let effect = try day.school.journal.reportBreach(
            day.school.admin, organizationId: day.school.admin.organizationId,
            login: day.teacher.login, voidFrom: JournalDay.moscow("2026-10-01T09:30"))
        #expect(effect.voidedMarks == 1 && effect.invalidatedEntries == 5)
        // The journal shows what was entered before the report: the first mark as it was, the
        // classmate late, the student without an attendance entry, the first homework.
        let sheet = try day.school.journal.lessonSheet(day.school.admin, lessonId: day.lesson.id!)
        #expect(sheet.first { $0.student.id == day.student.person.id }?.marks.map(\.id) == [before.id])
        #expect(sheet.first { $0.student.id == day.student.person.id }?.marks.map(\.value) == [.four])
        #expect(sheet.first { $0.student.id == day.student.person.id }?.attendance == nil)
        #expect(sheet.first { $0.student.id == day.classmate.person.id }?.attendance?.status == .late)
        #expect(try day.school.journal.read { db in try db.record(Lesson.self, id: day.lesson.id!)?.homework } == "§ 12")
        #expect(try day.school.journal.marks(day.school.admin, lessonId: day.lesson.id!).map(\.id) == [before.id])
        // The audit log keeps both, the later one marked invalid, and its chain is intact.
        let invalid = try day.school.journal.invalidAuditEntries(day.school.admin)
        let entries = try day.school.journal.auditEntries(day.school.admin, lessonId: day.lesson.id!)
        #expect(
            entries.filter { invalid.contains($0.id!) }.map(\.action)
                == [.markAdded, .attendanceSet, .attendanceSet, .homeworkSet, .markCorrected])
        #expect(entries.contains { invalid.contains($0.id!) && $0.entityId == after.id })
        #expect(try day.school.journal.verifyAudit(day.school.admin).problems.isEmpty)
        // The account is locked and its open session has ended; the right password gets the
        // answer a wrong one gets.
        #expect(throws: JournalError.sessionEnded) {
            try day.school.journal.addMark(
                day.teacher, lessonId: day.lesson.id!, studentId: day.student.person.id!,
                value: .five, workKind: .answer, documentReference: nil)
        }
        #expect(throws: JournalError.badCredentials) {
            try day.school.journal.authenticate(login: day.teacher.login, password: "a-new-password")
        }
        // Unlocking does not let the leaked password in again: only new credentials do.
        #expect(throws: JournalError.unlockNeedsNewCredentials) {
            try day.school.journal.setLocked(day.school.admin, account: day.teacher.login, locked: false)
        }
        #expect(throws: JournalError.invalid(.date, .inFuture)) {
            try day.school.journal.reportBreach(
                day.school.admin, organizationId: day.school.admin.organizationId, login: day.otherTeacher.login,
                voidFrom: JournalDay.moscow("2026-10-01T11:00"))
        }
    }

    @Test("H-CRED-3: A pupil a parent or another school cannot lock anyone") func aPupilAParentOrAnotherSchoolCannotLockAnyone() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        let pupil = try day.school.caller(of: day.student.person.id!)
        let guardian = try journal.createGuardian(
            day.school.admin, studentId: day.student.person.id!, fullName: "Орлова Ольга Петровна", email: "orlova@example.org", phone: nil)
        let parent = try day.school.caller(of: guardian.person.id!)
        let (_, otherAdmin) = try journal.createOrganization(
            code: "demo", name: "Демо", timeZone: "Europe/Moscow", adminName: "Иванов Иван Иванович",
            adminLogin: "demoadmin", adminPassword: "other-secret-9")
        let stranger = try journal.caller(accountId: otherAdmin.id!)
        let organizationId = day.school.admin.organizationId
        let rowsBefore = try day.school.rowCounts()
        for (caller, target) in [(pupil, day.classTeacher.login), (parent, day.school.admin.login), (day.otherTeacher, day.teacher.login)] {
            #expect(throws: JournalError.breachReportForbidden) {
                try journal.reportBreach(caller, organizationId: organizationId, login: target)
            }
        }
        #expect(throws: JournalError.breachReportForbidden) {
            try journal.reportBreach(stranger, organizationId: organizationId, login: day.teacher.login)
        }
        // Refused reports changed nothing: everyone still logs in.
        #expect(try day.school.rowCounts() == rowsBefore)
        _ = try journal.authenticate(login: day.teacher.login, password: "a-new-password")
        // The owner may report their own account.
        let own = try journal.reportBreach(pupil, organizationId: organizationId, login: pupil.login)
        #expect(own.login == pupil.login)
    }

    @Test("H-CRED-3: The void moment is at most one working day before the entry") func theVoidMomentIsAtMostOneWorkingDayBeforeTheEntry()
        throws
    {
        let day = try JournalDay()
        // Monday 5 October 2026, 10:00: the working day before is Friday 2 October.
        day.at("2026-10-05T10:00")
        let journal = day.school.journal
        let organizationId = day.school.admin.organizationId
        #expect(throws: JournalError.invalid(.date, .earlierThan(JournalDay.moscow("2026-10-02T10:00")))) {
            try journal.reportBreach(
                day.school.admin, organizationId: organizationId, login: day.teacher.login,
                voidFrom: JournalDay.moscow("2026-10-01T10:00"))
        }
        let effect = try journal.reportBreach(
            day.school.admin, organizationId: organizationId, login: day.teacher.login,
            voidFrom: JournalDay.moscow("2026-10-02T10:00"))
        #expect(effect.login == day.teacher.login)
    }

    @Test("H-CRED-3: A withdrawn report restores what it voided and unlocks the account")
    func aWithdrawnReportRestoresWhatItVoidedAndUnlocksTheAccount() throws {
        let day = try JournalDay()
        day.at("2026-10-01T09:00")
        let mark = try day.mark(.five)
        _ = try day.school.journal.setHomework(day.teacher, lessonId: day.lesson.id!, homework: "§ 12")
        let journal = day.school.journal
        let effect = try journal.reportBreach(
            day.school.admin, organizationId: day.school.admin.organizationId, login: day.teacher.login,
            voidFrom: JournalDay.moscow("2026-10-01T08:55"))
        #expect(effect.voidedMarks == 1)
        #expect(try journal.marks(day.school.admin, lessonId: day.lesson.id!).isEmpty)
        // A teacher may not withdraw it; the administrator does, with a reason.
        #expect(throws: JournalError.forbidden(.manageAccounts)) {
            try journal.withdrawBreach(day.otherTeacher, breachId: effect.breachId, reason: "ошибка")
        }
        try journal.withdrawBreach(day.school.admin, breachId: effect.breachId, reason: "пароль на доске был не от ЭЖ")
        #expect(try journal.marks(day.school.admin, lessonId: day.lesson.id!).map(\.id) == [mark.id])
        #expect(try journal.read { db in try db.record(Lesson.self, id: day.lesson.id!)?.homework } == "§ 12")
        #expect(try journal.invalidAuditEntries(day.school.admin).isEmpty)
        #expect(try journal.auditEntries(day.school.admin).map(\.action).suffix(2) == [.breachReported, .breachWithdrawn])
        _ = try journal.authenticate(login: day.teacher.login, password: "a-new-password")
        #expect(throws: JournalError.noOpenBreach(effect.breachId)) {
            try journal.withdrawBreach(day.school.admin, breachId: effect.breachId, reason: "ещё раз")
        }
        #expect(try journal.verifyAudit(day.school.admin).problems.isEmpty)
    }

    @Test("H-CRED-1: The director restores the only administrator and the file owner recovers as a last resort")
    func theDirectorRestoresTheOnlyAdministratorAndTheFileOwnerRecoversAsALastResort() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        let directorRow = try day.school.staff("Петрова Анна Сергеевна", [.director])
        let director = try day.school.caller(of: directorRow.person.id!)
        // Later (what the administrator issued before the report stays in force).
        day.at("2026-10-01T09:00")
        // While the administrator can log in, the director may not reset them.
        #expect(throws: JournalError.forbidden(.manageAccounts)) { try journal.issueCredentials(director, account: day.school.admin.login) }
        _ = try journal.reportBreach(day.school.admin, organizationId: day.school.admin.organizationId, login: day.school.admin.login)
        let issued = try journal.issueCredentials(director, account: day.school.admin.login)
        _ = try journal.authenticate(login: day.school.admin.login, password: issued.temporaryPassword)
        // Nobody at all: whoever owns the file recovers, and the audit log says so.
        let recovered = try journal.recoverAdministrator(login: day.school.admin.login, operatingSystemUser: "helpdesk")
        _ = try journal.authenticate(login: day.school.admin.login, password: recovered.temporaryPassword)
        #expect(throws: JournalError.badCredentials) {
            try journal.authenticate(login: day.school.admin.login, password: issued.temporaryPassword)
        }
        #expect(throws: JournalError.invalid(.account, .notAllowedRole)) {
            try journal.recoverAdministrator(login: day.teacher.login, operatingSystemUser: "helpdesk")
        }
        let last = try journal.read { db in
            try db.records(AuditEntry.self, "SELECT * FROM auditEntry WHERE action = 'credentialsRecovered' ORDER BY id")
        }
        #expect(last.count == 1 && last[0].after?.contains("helpdesk") == true)
    }
}
