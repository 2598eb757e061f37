internal import GRDB

/// Migration v9: the school year in bulk — the slips of temporary credentials handed over under
/// signature (J-ACL-4, H-CRED-2), the working regime of a year (J-YEAR-1), and the closing of a
/// year by the director's order, after which its journal is read-only (J-YEAR-2, J-ARCH-3): the
/// database itself refuses any change to a closed year's rows. Frozen once landed.
enum SchoolYearMigration {
    static let closedMessage = "helpdesk: the school year is closed"

    static func create(_ db: Database) throws {
        try db.create(table: "credentialSlip") { t in
            t.primaryKey("accountId", .integer).references("account", onDelete: .cascade)
            t.column("issuedAt", .datetime).notNull()
            t.column("issuedBy", .integer).notNull().references("account")
            t.column("signedAt", .datetime)
            t.column("signedRecordedBy", .integer).references("account")
            t.check(sql: "(signedAt IS NULL) = (signedRecordedBy IS NULL)")
        }
        try db.create(table: "workingRegime") { t in
            t.primaryKey("yearId", .integer).references("academicYear", onDelete: .cascade)
            t.column("daysPerWeek", .integer).notNull().check(sql: "daysPerWeek IN (5, 6)")
            // The bell times, `08:30-09:15` separated by commas, in lesson order.
            t.column("bells", .text).notNull().check { length($0) > 0 }
        }
        try db.create(table: "yearClosure") { t in
            t.primaryKey("yearId", .integer).references("academicYear", onDelete: .restrict)
            t.column("orderNumber", .text).notNull().check { length($0) > 0 && length($0) <= 40 }
            t.column("orderDate", .text).notNull()
            t.column("closedAt", .datetime).notNull()
            t.column("closedBy", .integer).notNull().references("account")
            // The audit chain's head when the year closed: printed on the archived journals.
            t.column("auditHead", .text).notNull()
        }
        try createGuards(db)
    }

    /// For every table that holds a year's journal, a trigger per change refusing it when the
    /// row's year is closed — whichever path the change comes by.
    private static func createGuards(_ db: Database) throws {
        try guardClosedYears(
            db,
            yearOf: [
                ("schoolClass", "yearId"), ("reportingPeriod", "yearId"), ("vacation", "yearId"), ("enrolment", "yearId"),
                ("periodMark", "yearId"), ("workingRegime", "yearId"),
                ("lesson", "(SELECT yearId FROM schoolClass WHERE id = ROW.classId)"),
                ("subgroup", "(SELECT yearId FROM schoolClass WHERE id = ROW.classId)"),
                ("assignment", "(SELECT yearId FROM schoolClass WHERE id = ROW.classId)"),
                ("substitution", "(SELECT yearId FROM schoolClass WHERE id = ROW.classId)"),
                ("mark", "(SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = ROW.lessonId)"),
                ("attendance", "(SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = ROW.lessonId)"),
                (
                    "subgroupMember",
                    "(SELECT c.yearId FROM subgroup s JOIN schoolClass c ON c.id = s.classId WHERE s.id = ROW.subgroupId)"
                ),
                (
                    "timetableEntry",
                    "(SELECT c.yearId FROM assignment a JOIN schoolClass c ON c.id = a.classId WHERE a.id = ROW.assignmentId)"
                ),
                (
                    "planItem",
                    "(SELECT c.yearId FROM assignment a JOIN schoolClass c ON c.id = a.classId WHERE a.id = ROW.assignmentId)"
                ),
            ])
        // A closed year's own dates and closure stay as they were.
        try db.execute(
            sql: """
                CREATE TRIGGER academicYearClosedUpdate BEFORE UPDATE ON academicYear
                WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.id)
                BEGIN SELECT RAISE(ABORT, '\(closedMessage)'); END;
                CREATE TRIGGER yearClosureFixed BEFORE UPDATE ON yearClosure
                BEGIN SELECT RAISE(ABORT, '\(closedMessage)'); END;
                CREATE TRIGGER yearClosureKept BEFORE DELETE ON yearClosure
                BEGIN SELECT RAISE(ABORT, '\(closedMessage)'); END;
                """)
    }

    /// Triggers refusing every insert, update and delete of these tables' rows whose year is
    /// closed; `year` is the year's column, or SQL reading it with `ROW.` for the row.
    static func guardClosedYears(_ db: Database, yearOf: [(table: String, year: String)]) throws {
        for (table, year) in yearOf {
            for (event, row) in [("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")] {
                let yearSQL = year.hasPrefix("(") ? year.replacingOccurrences(of: "ROW.", with: "\(row).") : "\(row).\(year)"
                try db.execute(
                    sql: """
                        CREATE TRIGGER \(table)ClosedYear\(event.capitalized) BEFORE \(event) ON \(table)
                        WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = \(yearSQL))
                        BEGIN SELECT RAISE(ABORT, '\(closedMessage)'); END
                        """)
            }
        }
    }
}
