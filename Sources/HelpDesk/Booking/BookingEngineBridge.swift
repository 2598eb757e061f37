import GRDB
import JournalCore

// Transitional (issue 25, part 1): the bookings' records and codes as the engine sees them, for
// the folders and tests that still read and write them through GRDB, and the `Database` form of
// `storedTimetable`, forwarding to its `StoreTransaction` form. The files of Booking/, Calendar/
// and Schedule/ no longer need any of it: delete this file once no other file does.

extension BookingState: DatabaseValueConvertible {}
extension HelpKind: DatabaseValueConvertible {}
extension CalendarReply.Answer: DatabaseValueConvertible {}

extension Booking: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let end = Column("end")
        static let organizationId = Column("organizationId")
        static let requesterId = Column("requesterId")
        static let responsible = Column("responsible")
        static let start = Column("start")
        static let state = Column("state")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension DeskSettings: FetchableRecord, PersistableRecord {
    public static let databaseTableName = tableName
}

extension SupportDesk {
    func storedTimetable(_ db: Database, code: String) throws -> SupportTimetable? { try storedTimetable(db.store, code: code) }
}
