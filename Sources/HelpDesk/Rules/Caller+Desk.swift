import JournalCore

extension Caller {
    /// Whether the caller works at the help desk: takes and works others' requests.
    public var isDeskStaff: Bool { DeskAccess.isStaff(self) }
}
