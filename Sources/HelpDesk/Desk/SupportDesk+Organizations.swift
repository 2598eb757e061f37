import GRDB
import JournalCore

extension SupportDesk {
    /// The codes of the organizations the desk serves, for completion.
    public func organizationCodes() throws -> [String] {
        try readDatabase { db in try Directory.organizations(db.store).map(\.code) }
    }
}
