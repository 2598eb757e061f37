internal import GRDB

/// Who may do what to the school's structure (roles of REQUIREMENTS.md; J-YEAR-1, J-PEOPLE-1,
/// J-ACL-3, J-ACL-4). Checked by the core on every operation.
enum Access {
    /// Roles that may do `operation` anywhere in their organization.
    static func organizationWide(_ operation: Operation) -> Set<Role> {
        switch operation {
        case .viewStructure, .viewPerson:
            Set(Role.allCases.filter(\.isStaff))
        case .editOrganization, .manageYears, .viewAccounts, .manageAccounts, .backup:
            [.journalAdmin]
        case .manageClasses, .manageSubjects, .manageStaff, .manageAssignments,
            .manageStudents, .manageGuardians, .recordMovement:
            [.journalAdmin, .deputyAcademic]
        case .viewAudit, .setAbsenceReason:
            [.journalAdmin, .deputyAcademic, .director]
        case .viewJournal:
            JournalAccess.overseers
        case .editJournal:
            []
        case .changePeriodMark:
            [.deputyAcademic]
        // J-YEAR-2: by the director's order, entered by the director or the journal administrator.
        case .closeYear:
            [.director, .journalAdmin]
        // Who may write to whom is per recipient: `MessageRules`.
        case .writeMessage:
            MessageRules.administration
        }
    }

    /// Operations a class teacher may do for the students and guardians of their own class.
    static let classTeacherMay: Set<Operation> = [
        .manageStudents, .manageGuardians, .recordMovement, .viewAccounts, .manageAccounts, .setAbsenceReason,
    ]

    /// Throws `forbidden` unless `caller` may do `operation` in `organizationId`, within the
    /// class `classId` where the operation concerns one class.
    static func check(
        _ operation: Operation, caller: Caller, organizationId: Int64, classId: Int64? = nil, _ db: StoreTransaction
    ) throws {
        try checkCaller(caller, db)
        guard caller.organizationId == organizationId else { throw JournalError.forbidden(operation) }
        if !caller.roles.isDisjoint(with: organizationWide(operation)) { return }
        if let classId, classTeacherMay.contains(operation),
            try isClassTeacher(caller, of: classId, db)
        {
            return
        }
        throw JournalError.forbidden(operation)
    }

    /// Nothing but a password change with a temporary password, and nothing at all once the
    /// session has ended.
    static func checkCaller(_ caller: Caller, _ db: StoreTransaction) throws {
        if caller.mustChangePassword { throw JournalError.passwordChangeRequired }
        try checkSession(caller, db)
    }

    /// A session ends when its account is locked, its credentials are reset or changed
    /// elsewhere (H-CRED-1, H-CRED-3), or one of the roles it was opened with is revoked:
    /// rights and state are read on every operation, never trusted from the login.
    static func checkSession(_ caller: Caller, _ db: StoreTransaction) throws {
        try db.serializeSchool(caller.organizationId)
        let row = try db.row("SELECT state, sessionEpoch, personId FROM account WHERE id = ?", [caller.accountId])
        guard let row, try row["state"] as String? != AccountState.locked.rawValue, try row["sessionEpoch"] as Int? == caller.sessionEpoch
        else {
            throw JournalError.sessionEnded
        }
        let personId: Int64 = try row["personId"]
        let roles = Set(try db.values(Role.self, "SELECT role FROM personRole WHERE personId = ?", [personId]))
        if !caller.roles.isSubset(of: roles) { throw JournalError.sessionEnded }
    }

    static func isClassTeacher(_ caller: Caller, of classId: Int64, _ db: StoreTransaction) throws -> Bool {
        try db.record(SchoolClass.self, id: classId)?.classTeacherId == caller.personId
    }

    /// Whether `caller` may see `personId`: staff see everyone of their organization; a
    /// student sees themselves; a guardian themselves and their children (J-ACL-3).
    static func checkView(person personId: Int64, caller: Caller, _ db: StoreTransaction) throws {
        try checkCaller(caller, db)
        guard let person = try db.record(Person.self, id: personId),
            person.organizationId == caller.organizationId
        else { throw JournalError.forbidden(.viewPerson) }
        if caller.isStaff || personId == caller.personId { return }
        let isChild =
            try db.value(Int.self, "SELECT COUNT(*) FROM guardianship WHERE guardianId = ? AND studentId = ?", [caller.personId, personId])
            ?? 0 > 0
        if !isChild { throw JournalError.forbidden(.viewPerson) }
    }
}
