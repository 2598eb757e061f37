import JournalCore

extension SupportDesk {
    /// Moves the schools of `codes`, journal and desk, into `target` (`helpdesk migrate`): every
    /// row with its id and the whole audit chain, checked on the target before it commits.
    public func move(_ codes: [String], to target: SupportDesk) throws -> SchoolMoves {
        try journal.moveSchools(codes, to: target.journal, with: DeskSchoolTables.all)
    }
}
