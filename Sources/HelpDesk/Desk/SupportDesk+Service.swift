import JournalCore

/// Who serves which school (H-TICKET-1 … 3): a school's own staff serve their school; a support
/// organization (a regional desk, like the vendor's support of seed 002) serves the schools that
/// linked it. The school's journal administrator links and unlinks it: the school decides who
/// sees its requests, with its children's data in them.
extension SupportDesk {
    /// Links (or unlinks) the support organization `code` to serve the caller's school.
    public func setService(_ caller: Caller, supportOrganization code: String, serves: Bool) throws -> [Organization] {
        try DeskAccess.check(.manageDeskSettings, caller, journal)
        guard caller.has(.journalAdmin) else { throw DeskError.forbidden(.manageDeskSettings) }
        let support = try findOrganization(code)
        if support.id == caller.organizationId { throw JournalError.invalid(.organization, .sameAsCurrent) }
        return try write { store in
            if serves {
                try store.execute(
                    "INSERT INTO deskService (supportOrganizationId, schoolOrganizationId) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    [support.id, caller.organizationId])
            } else {
                try store.execute(
                    "DELETE FROM deskService WHERE supportOrganizationId = ? AND schoolOrganizationId = ?",
                    [support.id, caller.organizationId])
            }
            return try servingOrganizations(store, school: caller.organizationId)
        }
    }

    /// The support organizations that serve the caller's school.
    public func services(_ caller: Caller) throws -> [Organization] {
        try read { store in try servingOrganizations(store, school: caller.organizationId) }
    }

    private func servingOrganizations(_ store: StoreTransaction, school: Int64) throws -> [Organization] {
        let ids = try store.values(Int64.self, "SELECT supportOrganizationId FROM deskService WHERE schoolOrganizationId = ?", [school])
        return try Directory.organizations(store, ids: ids)
    }
}
