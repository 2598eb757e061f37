internal import GRDB

/// Migration v10: what the school watches (J-REP-2, J-REP-3, J-REP-4, J-DIARY-4) — the day's
/// first visit of each account (whether teachers, pupils and guardians use the journal), the
/// pupils a class teacher keeps in the risk group, and the guardians' acknowledgements of final
/// marks. Frozen once landed.
enum WatchMigration {
    static func create(_ db: Database) throws {
        // One row an account and day: written at the day's first login only.
        try db.create(table: "journalVisit") { t in
            t.belongsTo("account", onDelete: .cascade).notNull()
            t.column("day", .text).notNull()
            t.column("firstAt", .datetime).notNull()
            t.primaryKey(["accountId", "day"])
        }
        try db.create(index: "journalVisitByDay", on: "journalVisit", columns: ["day"])
        // A pupil the class teacher watches; taken off the watch, the row stays with who and when.
        try db.create(table: "riskWatch") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("student", inTable: "person", onDelete: .cascade).notNull()
            t.belongsTo("schoolClass", onDelete: .cascade).notNull()
            t.column("reason", .text).notNull().check { length($0) > 0 && length($0) <= 300 }
            t.column("addedBy", .integer).notNull().references("account")
            t.column("addedAt", .datetime).notNull()
            t.column("removedBy", .integer).references("account")
            t.column("removedAt", .datetime)
            t.check(sql: "(removedAt IS NULL) = (removedBy IS NULL)")
        }
        try db.create(
            index: "riskWatchOpen", on: "riskWatch", columns: ["schoolClassId", "studentId"], unique: true,
            condition: Column("removedAt") == nil)
        // A guardian saw the period's final marks and wrote to the class teacher (seed 002 §6).
        try db.create(table: "finalAcknowledgement") { t in
            t.belongsTo("period", inTable: "reportingPeriod", onDelete: .cascade).notNull()
            t.belongsTo("student", inTable: "person", onDelete: .cascade).notNull()
            t.belongsTo("guardian", inTable: "person", onDelete: .cascade).notNull()
            t.belongsTo("message", onDelete: .restrict).notNull()
            t.column("at", .datetime).notNull()
            t.primaryKey(["periodId", "studentId", "guardianId"])
        }
        try SchoolYearMigration.guardClosedYears(
            db,
            yearOf: [
                ("riskWatch", "(SELECT yearId FROM schoolClass WHERE id = ROW.schoolClassId)"),
                ("finalAcknowledgement", "(SELECT yearId FROM reportingPeriod WHERE id = ROW.periodId)"),
            ])
    }
}
