import JournalCore

extension SupportDesk {
    /// The codes of the organizations the desk serves, for completion.
    public func organizationCodes() throws -> [String] {
        try read { store in try Directory.organizations(store).map(\.code) }
    }
}
