import JournalCore

/// Who may do what at the help desk; checked by the desk on every operation.
enum DeskAccess {
    /// Roles that plan trainings and keep the rollout plan (seed 000 §2, seed 001 "График внедрения").
    static let planners: Set<Role> = [.journalAdmin, .director, .deputyAcademic, .deputyUpbringing, .methodologist, .coordinator]

    /// Who takes and works support requests (seed 002 second part §5, seed 003 §2.1).
    static let deskStaff: Set<Role> = [.supportSpecialist, .journalAdmin, .methodologist, .itEngineer, .coordinator, .operator]

    /// Support specialists serve every school (seed 002 §4); the others their own.
    static func checkOrganization(_ caller: Caller, _ organizationId: Int64, _ operation: DeskOperation) throws {
        if caller.organizationId != organizationId && !caller.has(.supportSpecialist) { throw DeskError.forbidden(operation) }
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
        case .takeRequests, .workTickets, .viewTickets: deskStaff
        case .passToVendor, .setTicketTargets: [.journalAdmin]
        }
    }

    /// Throws unless `caller` holds a role that may do `operation`; a temporary password allows nothing.
    static func check(_ operation: DeskOperation, _ caller: Caller) throws {
        if caller.mustChangePassword { throw JournalError.passwordChangeRequired }
        if caller.roles.isDisjoint(with: allowed(operation)) { throw DeskError.forbidden(operation) }
    }
}
