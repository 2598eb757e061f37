import GRDB
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
        return try writeDatabase { db in
            if serves {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO deskService (supportOrganizationId, schoolOrganizationId) VALUES (?, ?)",
                    arguments: [support.id, caller.organizationId])
            } else {
                try db.execute(
                    sql: "DELETE FROM deskService WHERE supportOrganizationId = ? AND schoolOrganizationId = ?",
                    arguments: [support.id, caller.organizationId])
            }
            return try servingOrganizations(db, school: caller.organizationId)
        }
    }

    /// The support organizations that serve the caller's school.
    public func services(_ caller: Caller) throws -> [Organization] {
        try readDatabase { db in try servingOrganizations(db, school: caller.organizationId) }
    }

    private func servingOrganizations(_ db: Database, school: Int64) throws -> [Organization] {
        let ids = try Int64.fetchAll(
            db, sql: "SELECT supportOrganizationId FROM deskService WHERE schoolOrganizationId = ?", arguments: [school])
        return try Directory.organizations(db.store, ids: ids)
    }
}
