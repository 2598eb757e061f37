internal import GRDB

/// Migration v8: per pupil, the personal-data consent and the guardians' application for
/// electronic access or its refusal, with their dates (J-PD-1). Frozen once landed.
enum ConsentMigration {
    static func create(_ db: Database) throws {
        try db.create(table: "familyConsent") { t in
            t.primaryKey("studentId", .integer).references("person", onDelete: .cascade)
            t.column("consentOn", .text)
            t.column("access", .text).check(sql: "access IN ('applied', 'declined')")
            t.column("accessOn", .text)
            t.column("recordedBy", .integer).notNull().references("account")
            t.column("recordedAt", .datetime).notNull()
            t.check(sql: "(access IS NULL) = (accessOn IS NULL)")
        }
    }
}
