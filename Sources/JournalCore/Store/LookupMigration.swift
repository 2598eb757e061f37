internal import GRDB

/// Migration v5: people are found by an indexed folded name (lower case, «ё» as «е», spaces
/// folded), not by folding everyone of the school per lookup; the audit log is read by student
/// and by lesson through indexes. Frozen once landed.
enum LookupMigration {
    static func create(_ db: Database) throws {
        try db.alter(table: "person") { t in
            t.add(column: "searchName", .text).notNull().defaults(to: "")
        }
        let people = try Row.fetchAll(db, sql: "SELECT id, fullName FROM person")
        for person in people {
            try db.execute(
                sql: "UPDATE person SET searchName = ? WHERE id = ?",
                arguments: [PersonName.fold(person["fullName"]), person["id"] as Int64])
        }
        try db.create(index: "person_on_searchName", on: "person", columns: ["organizationId", "searchName"])
        try db.create(
            index: "auditEntry_on_student", on: "auditEntry", columns: ["studentId", "id"], condition: Column("studentId") != nil)
        try db.create(index: "auditEntry_on_lesson", on: "auditEntry", columns: ["lessonId", "id"], condition: Column("lessonId") != nil)
    }
}
