internal import GRDB

/// Migration v14: the audit chain seals every table the journal's rules rest on (J-ARCH-2), not
/// only marks, attendance, period marks, lessons and accounts. `sealedTables` names the tables
/// whose rows have seals; the tables a file's rows were never sealed for are sealed as they stand
/// when it is next opened. Frozen once landed.
enum SealAllMigration {
    static func create(_ db: Database) throws {
        try db.alter(table: "maintenance") { t in
            t.add(column: "sealedTables", .text)
        }
    }
}
