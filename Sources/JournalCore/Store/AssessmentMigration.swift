internal import GRDB

/// Migration v11: a subject taught without marks (J-MARK-1: «зачёт» and «незачёт» where a subject
/// is not graded, the 5-point scale everywhere else). Frozen once landed.
enum AssessmentMigration {
    static func create(_ db: Database) throws {
        try db.alter(table: "subject") { t in
            t.add(column: "passFail", .boolean).notNull().defaults(to: false)
        }
    }
}
