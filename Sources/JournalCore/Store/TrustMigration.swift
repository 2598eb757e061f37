internal import GRDB

/// Migration v4: breach reports that can be confirmed or withdrawn, why an account is locked,
/// the login back-off kept by login key (known or not), and the index the row seals of the
/// audit chain are looked up by. Frozen once landed.
enum TrustMigration {
    static func create(_ db: Database) throws {
        // Unlocking after a breach or the failure lock needs new credentials; a manual lock does not.
        try db.alter(table: "account") { t in
            t.add(column: "lockReason", .text).check(sql: "lockReason IN ('manual', 'failures', 'breach')")
        }
        // H-CRED-3, J-ACL-5: a report, entered at its real time, voids from `voidFrom` on.
        try db.create(table: "breach") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.belongsTo("account", onDelete: .cascade).notNull()
            t.column("reportedBy", .integer).notNull().references("account")
            t.column("enteredAt", .datetime).notNull()
            t.column("voidFrom", .datetime).notNull()
            t.column("state", .text).notNull().defaults(to: "open")
                .check(sql: "state IN ('open', 'confirmed', 'withdrawn')")
            t.column("closedBy", .integer).references("account")
            t.column("closedAt", .datetime)
            t.check(sql: "voidFrom <= enteredAt")
            t.check(sql: "(state = 'open') = (closedAt IS NULL)")
        }
        try db.alter(table: "auditInvalidation") { t in
            t.add(column: "breachId", .integer).references("breach", onDelete: .restrict)
            t.add(column: "withdrawnAt", .datetime)
        }
        // The back-off of failed logins, by a digest of the login typed: the same for a login
        // that exists and one that does not, and nothing typed is kept in clear.
        try db.create(table: "loginThrottle") { t in
            t.primaryKey("loginDigest", .text)
            t.column("failures", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
            t.column("blockedUntil", .datetime)
        }
        try db.execute(sql: "DELETE FROM loginFailure WHERE accountId IS NULL")
        // The last seal of a journal row is found by what identifies the row.
        try db.execute(
            sql: """
                CREATE INDEX auditEntry_seal ON auditEntry(entity, entityId, IFNULL(studentId, 0), id) WHERE action = 'sealed'
                """)
        // J-ARCH-1: every backup, checked, with its SHA-256; the login reminder reads it.
        try db.create(table: "backupLog") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("path", .text).notNull()
            t.column("sha256", .text).notNull()
            t.column("bytes", .integer).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("createdBy", .text).notNull()
        }
        try db.alter(table: "journalSettings") { t in
            t.add(column: "backupMaxAgeDays", .integer).notNull().defaults(to: 7).check { $0 >= 1 && $0 <= 90 }
        }
        // J-MARK-5: a period mark missing after its window is set by the deputy on a note, as a change is.
        try db.alter(table: "explanatoryNote") { t in
            t.add(column: "missing", .boolean).notNull().defaults(to: false)
        }
        // J-TT-1: the production calendar's shortened pre-holiday days (Labour Code art. 95).
        try db.create(table: "shortenedDay") { t in
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("date", .text).notNull()
            t.column("name", .text).notNull()
            t.primaryKey(["organizationId", "date"])
        }
        // What is brought up to date when the database is next opened: rows written before the
        // seals are sealed once; organizations get the days of newer shipped calendars.
        try db.create(table: "maintenance") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("sealsPending", .boolean).notNull()
            t.column("calendarRevision", .integer).notNull()
        }
        try db.execute(sql: "INSERT INTO maintenance (id, sealsPending, calendarRevision) VALUES (1, 1, 0)")
    }
}
