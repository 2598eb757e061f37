internal import GRDB

/// The schema's history. A migration is frozen once it has landed: change the schema by
/// adding a new one. Raw table names only, never app types.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 school structure", migrate: createStructure)
        migrator.registerMigration(
            "v2 journal: lessons, attendance, marks, period marks, substitutions, audit", migrate: JournalMigration.create)
        migrator.registerMigration(
            "v3 credentials: failed logins, temporary password expiry, sessions, voided records", migrate: CredentialMigration.create)
        migrator.registerMigration(
            "v4 trust: breaches withdrawn or confirmed, lock reasons, login back-off by key, row seals", migrate: TrustMigration.create)
        migrator.registerMigration("v5 lookups: folded names, audit by student and lesson", migrate: LookupMigration.create)
        migrator.registerMigration("v6 keys: public keys of accounts for the console over SSH", migrate: KeyMigration.create)
        migrator.registerMigration("v7 messages between the people of a school", migrate: MessageMigration.create)
        migrator.registerMigration("v8 personal-data consent and electronic access per pupil", migrate: ConsentMigration.create)
        migrator.registerMigration(
            "v9 school year: credential slips, working regime, closed years read-only", migrate: SchoolYearMigration.create)
        migrator.registerMigration(
            "v10 watch: journal visits, the risk group, acknowledged final marks", migrate: WatchMigration.create)
        migrator.registerMigration("v11 assessment: subjects taught without marks, pass or fail", migrate: AssessmentMigration.create)
        migrator.registerMigration(
            "v12 breach undo: rows the intruder added kept whole, accounts the intruder issued locked", migrate: BreachUndoMigration.create)
        migrator.registerMigration("v13 written work: when its checking ends", migrate: WrittenWorkMigration.create)
        migrator.registerMigration("v14 seals: every table the journal's rules rest on", migrate: SealAllMigration.create)
        return migrator
    }

    private static func createStructure(_ db: Database) throws {
        try db.create(table: "organization") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("code", .text).notNull().unique()
                .check { length($0) > 0 && length($0) <= 32 }
            t.column("name", .text).notNull().check { length($0) > 0 }
            t.column("timeZone", .text).notNull()
        }
        try db.create(table: "academicYear") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("name", .text).notNull().check { length($0) > 0 }
            t.column("startDate", .text).notNull()
            t.column("endDate", .text).notNull()
            t.column("periodKind", .text).notNull()
                .check(sql: "periodKind IN ('quarter', 'trimester', 'halfYear')")
            t.check(sql: "startDate < endDate")
            t.uniqueKey(["organizationId", "name"])
        }
        try db.create(table: "reportingPeriod") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("year", inTable: "academicYear", onDelete: .cascade).notNull()
            t.column("number", .integer).notNull().check { $0 >= 1 && $0 <= 4 }
            t.column("startDate", .text).notNull()
            t.column("endDate", .text).notNull()
            t.check(sql: "startDate <= endDate")
            t.uniqueKey(["yearId", "number"])
        }
        try db.create(table: "vacation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("year", inTable: "academicYear", onDelete: .cascade).notNull()
            t.column("name", .text).notNull().check { length($0) > 0 }
            t.column("startDate", .text).notNull()
            t.column("endDate", .text).notNull()
            t.check(sql: "startDate <= endDate")
        }
        try db.create(table: "person") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("fullName", .text).notNull().check { length($0) > 0 }
            t.column("birthDate", .text)
            t.column("sex", .text).check(sql: "sex IN ('male', 'female')")
            t.column("email", .text)
            t.column("phone", .text)
        }
        try db.create(index: "person_on_fullName", on: "person", columns: ["organizationId", "fullName"])
        try db.create(table: "personRole") { t in
            t.belongsTo("person", onDelete: .cascade).notNull()
            t.column("role", .text).notNull().check(
                sql: """
                    role IN ('director', 'deputyAcademic', 'deputyUpbringing', 'journalAdmin', 'coordinator',
                    'operator', 'forumModerator', 'itEngineer', 'classTeacher', 'subjectTeacher',
                    'substituteTeacher', 'supportSpecialist', 'methodologist', 'student', 'guardian')
                    """)
            t.primaryKey(["personId", "role"])
        }
        try db.create(table: "guardianship") { t in
            t.belongsTo("guardian", inTable: "person", onDelete: .cascade).notNull()
            t.belongsTo("student", inTable: "person", onDelete: .cascade).notNull()
            t.primaryKey(["guardianId", "studentId"])
            t.check(sql: "guardianId <> studentId")
        }
        try db.create(table: "subject") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.column("name", .text).notNull().check { length($0) > 0 }
            t.uniqueKey(["organizationId", "name"])
        }
        try db.create(table: "schoolClass") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("year", inTable: "academicYear", onDelete: .cascade).notNull()
            t.column("gradeLevel", .integer).notNull().check { $0 >= 1 && $0 <= 11 }
            t.column("letter", .text).notNull().check { length($0) > 0 && length($0) <= 8 }
            t.belongsTo("classTeacher", inTable: "person", onDelete: .setNull)
            t.uniqueKey(["yearId", "gradeLevel", "letter"])
        }
        try db.create(table: "subgroup") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("class", inTable: "schoolClass", onDelete: .cascade).notNull()
            t.belongsTo("subject", onDelete: .cascade)
            t.column("name", .text).notNull().check { length($0) > 0 }
            t.uniqueKey(["classId", "name"])
        }
        try db.create(table: "subgroupMember") { t in
            t.belongsTo("subgroup", onDelete: .cascade).notNull()
            t.belongsTo("student", inTable: "person", onDelete: .cascade).notNull()
            t.primaryKey(["subgroupId", "studentId"])
        }
        try db.create(table: "enrolment") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("student", inTable: "person", onDelete: .cascade).notNull()
            t.belongsTo("class", inTable: "schoolClass", onDelete: .restrict).notNull()
            t.belongsTo("year", inTable: "academicYear", onDelete: .cascade).notNull()
            t.column("startDate", .text).notNull()
            t.column("startKind", .text).notNull().check(sql: "startKind IN ('enrolment', 'transfer')")
            t.column("endDate", .text)
            t.column("endKind", .text).check(sql: "endKind IN ('transfer', 'leaving')")
            t.column("note", .text)
            t.check(sql: "(endDate IS NULL) = (endKind IS NULL)")
            t.check(sql: "endDate IS NULL OR startDate <= endDate")
        }
        // A student is in one class of a year at a time.
        try db.execute(
            sql: """
                CREATE UNIQUE INDEX enrolment_one_current_class
                ON enrolment(studentId, yearId) WHERE endDate IS NULL
                """)
        try db.create(table: "assignment") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("teacher", inTable: "person", onDelete: .cascade).notNull()
            t.belongsTo("subject", onDelete: .cascade).notNull()
            t.belongsTo("class", inTable: "schoolClass", onDelete: .cascade).notNull()
            t.belongsTo("subgroup", onDelete: .cascade)
            // A student taught alone, on an individual curriculum (J-TT-1).
            t.belongsTo("student", inTable: "person", onDelete: .cascade)
            t.check(sql: "subgroupId IS NULL OR studentId IS NULL")
        }
        try db.execute(
            sql: """
                CREATE UNIQUE INDEX assignment_unique
                ON assignment(teacherId, subjectId, classId, IFNULL(subgroupId, 0), IFNULL(studentId, 0))
                """)
        try db.create(table: "account") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("organization", onDelete: .cascade).notNull()
            t.belongsTo("person", onDelete: .cascade).notNull().unique()
            t.column("login", .text).notNull().unique(onConflict: .abort).collate(.nocase)
                .check { length($0) >= 3 }
            t.column("identifier", .integer).notNull().unique()
            t.column("state", .text).notNull()
                .check(sql: "state IN ('notIssued', 'active', 'mustChangePassword', 'locked')")
            t.column("passwordHash", .text)
            t.column("createdAt", .datetime).notNull()
            t.check(sql: "(state = 'notIssued') = (passwordHash IS NULL)")
        }
    }
}
