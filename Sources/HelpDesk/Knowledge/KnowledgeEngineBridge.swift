import GRDB
import JournalCore

// Transitional (issue 25, part 1): the knowledge base's records as the engine sees them, for the
// files that still read and write them through GRDB (the shipped articles' and replies'
// migrations, the tests). The files of Knowledge/ no longer need any of it: delete this file once
// no other file does.

extension ArticleAudience: DatabaseValueConvertible {}

extension Article: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let id = Column("id")
        static let retiredAt = Column("retiredAt")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension CannedReply: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let language = Column("language")
        static let name = Column("name")
        static let organizationId = Column("organizationId")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
