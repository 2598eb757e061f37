import Foundation
import GRDB
import Testing

@testable import JournalCore

/// Personal-data consent and electronic access per pupil (J-PD-1, J-DIARY-2).
@Suite struct ConsentTests {
    @Test("J-PD-1: consent and the access answer are recorded with dates by the class teacher; who is missing what is listed")
    func consentAndAccessAreRecorded() throws {
        let school = try TestSchool()
        let journal = school.journal
        let leader = try school.staff("Сидорова Анна Павловна", [.classTeacher, .subjectTeacher])
        let other = try school.staff("Зайцев Пётр Ильич", [.classTeacher])
        let fiveA = try school.schoolClass(5, "А", teacher: leader.person.id!)
        let orlov = try school.student("Орлов Олег", in: fiveA.id!)
        let belov = try school.student("Белов Борис", in: fiveA.id!)
        let teacher = try school.caller(of: leader.person.id!)
        let stranger = try school.caller(of: other.person.id!)
        let before = try school.rowCounts()
        #expect(throws: JournalError.self) {
            try journal.recordConsent(stranger, studentId: orlov.person.id!, consentOn: date("2026-09-01"), access: nil, accessOn: nil)
        }
        #expect(throws: JournalError.invalid(.date, .inFuture)) {
            try journal.recordConsent(teacher, studentId: orlov.person.id!, consentOn: date("2027-01-01"), access: nil, accessOn: nil)
        }
        #expect(try school.rowCounts() == before)
        // A guardian needs an e-mail — until the family declines electronic access.
        #expect(throws: JournalError.invalid(.email, .missing)) {
            try journal.createGuardian(teacher, studentId: orlov.person.id!, fullName: "Орлова Ольга", email: nil, phone: nil)
        }
        let record = try journal.recordConsent(
            teacher, studentId: orlov.person.id!, consentOn: date("2026-09-01"), access: .declined, accessOn: date("2026-09-02"))
        #expect(record.access == .declined && record.accessOn == date("2026-09-02"))
        let guardian = try journal.createGuardian(teacher, studentId: orlov.person.id!, fullName: "Орлова Ольга", email: nil, phone: nil)
        #expect(guardian.person.email == nil)
        let declined = try journal.database.readDatabase { db in
            try Directory.guardiansWhoDeclined(db.store, organizationId: school.admin.organizationId)
        }
        #expect(declined == [guardian.person.id!])
        let rows = try journal.consents(teacher, classId: fiveA.id!)
        #expect(rows.map(\.studentName) == ["Белов Борис", "Орлов Олег"])
        #expect(rows[0].missesConsent && rows[0].missesAccessAnswer && !rows[1].missesConsent && !rows[1].missesAccessAnswer)
        _ = belov
        let audited = try journal.database.readDatabase { db in
            try db.store.value(Int.self, "SELECT COUNT(*) FROM auditEntry WHERE action = ?", [AuditAction.consentRecorded])
        }
        #expect(audited == 1)
    }
}
