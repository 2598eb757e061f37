import GRDB
import JournalCore

// Transitional (issue 25, part 1): the breach reports as the engine sees them, for the files that
// still read and write them through GRDB. The files of Credentials/ no longer need any of it:
// delete this file once no other file does.

extension BreachReport: FetchableRecord, PersistableRecord {
    public static let databaseTableName = tableName
}
