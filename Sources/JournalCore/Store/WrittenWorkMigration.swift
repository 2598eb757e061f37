internal import GRDB

/// Migration v13: when the checking of a lesson's written work ends (J-MARK-2, seed 004 §2.5: its
/// marks are entered on that day). A closed year's rows stay as they were. Frozen once landed.
enum WrittenWorkMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "writtenWorkCheck") { t in
            t.primaryKey("lessonId", .integer).references("lesson", onDelete: .cascade)
            t.column("checkingEndsOn", .text).notNull()
            t.column("setBy", .integer).notNull().references("account")
            t.column("setAt", .datetime).notNull()
        }
        try SchoolYearMigration.guardClosedYears(
            db,
            yearOf: [
                ("writtenWorkCheck", "(SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = ROW.lessonId)")
            ])
    }
}
