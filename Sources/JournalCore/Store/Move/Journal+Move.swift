extension Journal {
    /// Moves the schools of `codes` into `target`'s store, with the rows of the tables the modules
    /// above added (the desk's) after the journal's: see `SchoolMove`. Run by the owner of both
    /// stores (`helpdesk migrate`), not by a login.
    public func moveSchools(_ codes: [String], to target: Journal) throws -> SchoolMoves {
        try SchoolMove.copy(codes, from: database, to: target.database, tables: database.extensions.schoolTables)
    }
}
