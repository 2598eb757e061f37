import GRDB
import JournalCore

extension SupportDesk {
    /// The codes of the organizations the desk serves, for completion.
    public func organizationCodes() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT code FROM organization ORDER BY code") }
    }
}
