import GRDB
import JournalCore

// Transitional (issue 25, part 1): the rollout plan's records as the engine sees them, for the
// files that still read and write them through GRDB. The files of Rollout/ no longer need any of
// it: delete this file once no other file does.

extension RolloutState: DatabaseValueConvertible {}

extension RolloutTask: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let number = Column("number")
        static let organizationId = Column("organizationId")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
