import JournalCore

/// Who may do what at the help desk; checked by the desk on every operation.
enum DeskAccess {
    /// Roles that plan trainings and keep the rollout plan (seed 000 §2, seed 001 "График внедрения").
    static let planners: Set<Role> = [.journalAdmin, .director, .deputyAcademic, .deputyUpbringing, .methodologist, .coordinator]

    /// Who takes and works support requests (seed 002 second part §5, seed 003 §2.1).
    static let deskStaff: Set<Role> = [.supportSpecialist, .journalAdmin, .methodologist, .itEngineer, .coordinator, .operator]

    /// A school's own staff serve their school; staff of a support organization serve the schools
    /// it is linked to serve (`deskService`), and no others.
    static func checkOrganization(_ caller: Caller, _ organizationId: Int64, _ operation: DeskOperation, _ store: StoreTransaction) throws {
        if try !served(by: caller, store).contains(organizationId) { throw DeskError.forbidden(operation) }
    }

    /// The organizations whose requests the caller's organization serves: its own and those linked to it.
    static func served(by caller: Caller, _ store: StoreTransaction) throws -> Set<Int64> {
        try Set(
            store.values(
                Int64.self, "SELECT schoolOrganizationId FROM deskService WHERE supportOrganizationId = ?", [caller.organizationId])
        ).union([caller.organizationId])
    }

    /// What every school sees is written and retired only by a desk that serves every school of
    /// the file: one school's staff never change what the others are offered.
    static func checkServesEverySchool(_ caller: Caller, _ store: StoreTransaction) throws {
        try checkRole(.shareWithEverySchool, caller)
        let schools = try Set(Directory.organizations(store).compactMap(\.id))
        if try !schools.isSubset(of: served(by: caller, store)) { throw DeskError.forbidden(.shareWithEverySchool) }
    }

    static func isStaff(_ caller: Caller) -> Bool { !caller.roles.isDisjoint(with: deskStaff) }

    static func allowed(_ operation: DeskOperation) -> Set<Role> {
        switch operation {
        // Staff, guardians and students all have the right to consultations (H-BOOK-2, seed 004 §6.1).
        case .book, .registerForTraining, .viewTrainings: Set(Role.allCases)
        case .reloadSchedule, .manageDeskSettings: [.journalAdmin, .supportSpecialist]
        case .manageBooking, .viewAgenda: [.journalAdmin, .supportSpecialist, .methodologist, .itEngineer, .coordinator]
        case .planTraining, .recordTrainingAttendance, .manageRollout: planners
        case .viewRollout: Set(Role.allCases.filter(\.isStaff))
        case .takeRequests, .workTickets, .viewTickets, .shareWithEverySchool: deskStaff
        case .passToVendor, .setTicketTargets: [.journalAdmin]
        case .manageMail: [.journalAdmin, .itEngineer]
        // J-DIARY-2: the class teacher records that a guardian declined electronic access.
        case .setGuardianDigest: [.journalAdmin, .classTeacher, .director, .deputyAcademic, .deputyUpbringing]
        }
    }

    /// Throws unless `caller` holds a role that may do `operation`; a temporary password allows
    /// nothing, and a session whose account was locked, reset or lost a role has ended.
    static func check(_ operation: DeskOperation, _ caller: Caller, _ journal: Journal) throws {
        try checkRole(operation, caller)
        try journal.checkSession(caller)
    }

    /// The same inside a transaction of the desk's.
    static func check(_ operation: DeskOperation, _ caller: Caller, _ store: StoreTransaction) throws {
        try checkRole(operation, caller)
        try caller.checkSession(store)
    }

    /// The role check alone, where the session was checked in the same transaction already.
    static func checkRole(_ operation: DeskOperation, _ caller: Caller) throws {
        if caller.mustChangePassword { throw JournalError.passwordChangeRequired }
        if caller.roles.isDisjoint(with: allowed(operation)) { throw DeskError.forbidden(operation) }
    }
}
