import Foundation
internal import GRDB

/// Personal-data consent and the guardians' application for electronic access, or its refusal,
/// per pupil (J-PD-1): recorded by the class teacher or the administration, each change audited;
/// a family that declined needs no e-mail for its guardians and gets the week on paper (J-DIARY-2).
extension Journal {
    /// Records the consent's date and/or the access answer with its date; what is nil stays.
    public func recordConsent(
        _ caller: Caller, studentId: Int64, consentOn: LocalDate?, access: AccessChoice?, accessOn: LocalDate?
    ) throws -> FamilyConsent {
        if consentOn == nil && access == nil { throw JournalError.invalid(.date, .missing) }
        return try write { db in
            try requireStudent(db, studentId, caller)
            try checkFamilyAccess(db, caller, studentId, .manageGuardians)
            return try saveConsent(db, caller, studentId: studentId, consentOn: consentOn, access: access, accessOn: accessOn)
        }
    }

    /// Writes and audits what is given of a pupil's consent; the caller checked the right.
    func saveConsent(
        _ db: StoreTransaction, _ caller: Caller, studentId: Int64, consentOn: LocalDate?, access: AccessChoice?, accessOn: LocalDate?
    )
        throws -> FamilyConsent
    {
        let today = LocalDate(clock.now, in: try Directory.organization(db, id: caller.organizationId)?.zone ?? .current)
        for date in [consentOn, accessOn].compactMap({ $0 }) where date > today { throw JournalError.invalid(.date, .inFuture) }
        let old = try db.record(FamilyConsent.self, "SELECT * FROM familyConsent WHERE studentId = ?", [studentId])
        var record =
            old
            ?? FamilyConsent(
                studentId: studentId, consentOn: nil, access: nil, accessOn: nil, recordedBy: caller.accountId, recordedAt: clock.now)
        if let consentOn { record.consentOn = consentOn }
        if let access {
            record.access = access
            record.accessOn = accessOn ?? today
        }
        record.recordedBy = caller.accountId
        record.recordedAt = clock.now
        try db.save(record)
        try AuditLog.append(
            db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .consentRecorded,
            entity: .familyConsent, entityId: studentId, studentId: studentId,
            before: old.map { AuditText.of(["date": $0.consentOn?.description, "status": $0.access?.rawValue]) },
            after: AuditText.of(["date": record.consentOn?.description, "status": record.access?.rawValue]))
        return record
    }

    /// The pupils of a class with their consent and access answer: the class teacher sees who
    /// is missing what.
    public func consents(_ caller: Caller, classId: Int64) throws -> [ConsentRow] {
        try read { db in
            try Access.check(.manageGuardians, caller: caller, organizationId: caller.organizationId, classId: classId, db)
            let students = try ClassMembers.students(db, classId: classId)
            let names = try Directory.names(db, personIds: students)
            return try students.map { id in
                ConsentRow(
                    studentId: id, studentName: names[id] ?? "",
                    consent: try db.record(FamilyConsent.self, "SELECT * FROM familyConsent WHERE studentId = ?", [id]))
            }.sorted { $0.studentName < $1.studentName }
        }
    }
}

extension Directory {
    /// The guardians of pupils whose families declined electronic access: the weekly printout's.
    public static func guardiansWhoDeclined(_ store: StoreTransaction, organizationId: Int64) throws -> [Int64] {
        try store.values(
            Int64.self,
            """
            SELECT DISTINCT g.guardianId FROM guardianship g JOIN familyConsent c ON c.studentId = g.studentId
            JOIN person p ON p.id = g.guardianId WHERE c.access = 'declined' AND p.organizationId = ?
            """, [organizationId])
    }
}
