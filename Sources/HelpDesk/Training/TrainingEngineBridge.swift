import GRDB
import JournalCore

// Transitional (issue 25, part 1): the trainings' records and codes as the engine sees them, for
// the folders and tests that still read and write them through GRDB. The files of Training/ no
// longer need any of it: delete this file once no other file does.

extension TrainingAudience: DatabaseValueConvertible {}
extension GradeBand: DatabaseValueConvertible {}
extension TrainingFormat: DatabaseValueConvertible {}

extension Training: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let cancelled = Column("cancelled")
        static let date = Column("date")
        static let organizationId = Column("organizationId")
        static let start = Column("start")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension TrainingRegistration: FetchableRecord, PersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let trainingId = Column("trainingId")
    }
}
