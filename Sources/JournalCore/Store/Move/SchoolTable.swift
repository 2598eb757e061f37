/// One table as a school's move reads it (issue 25, part 4): the table with the joins that reach
/// the organization its rows belong to, and the order in which its rows go (a row before the rows
/// of the same table that refer to it).
public struct SchoolTable: Sendable, Equatable {
    /// The table's name as the schema spells it.
    public let name: String
    let joins: String
    let organization: String
    let order: String
    /// The SQL of another organization a row links the school to (the regional desk that serves
    /// it), which a copy of the school takes along.
    let links: String?

    /// `joins` start from the table as `t`; `organization` is the SQL of a row's organization,
    /// read from them; `order` the columns the rows are copied in.
    public init(
        _ name: String, joins: String = "", organization: String = "t.organizationId", order: String = "t.id", links: String? = nil
    ) {
        self.name = name
        self.joins = joins
        self.organization = organization
        self.order = order
        self.links = links
    }

    /// A table whose rows belong to a person: the person's organization.
    public static func ofPerson(_ name: String, via column: String, order: String = "t.id") -> Self {
        Self(name, joins: "JOIN person p ON p.id = t.\(column)", organization: "p.organizationId", order: order)
    }

    /// A table whose rows name their organization by its code: that organization.
    public static func ofOrganizationCode(_ name: String, via column: String, order: String) -> Self {
        Self(name, joins: "JOIN organization o ON o.code = t.\(column)", organization: "o.id", order: order)
    }

    /// A table whose rows belong to a school year: the year's organization.
    static func ofYear(_ name: String, order: String = "t.id") -> Self {
        Self(name, joins: "JOIN academicYear y ON y.id = t.yearId", organization: "y.organizationId", order: order)
    }

    /// A table whose rows belong to an account: the account's organization.
    static func ofAccount(_ name: String, order: String) -> Self {
        Self(name, joins: "JOIN account a ON a.id = t.accountId", organization: "a.organizationId", order: order)
    }

    /// The organizations the rows of the schools `count` organizations name link them to.
    func selectLinks(organizations count: Int) -> String? {
        links.map {
            "SELECT DISTINCT \($0) FROM \(name) t \(joins) WHERE \(organization) IN (\(StoreTransaction.placeholders(count)))"
        }
    }

    /// The rows of the schools `count` organizations name, in the order they are copied.
    func select(organizations count: Int) -> String {
        "SELECT t.* FROM \(name) t \(joins) WHERE \(organization) IN (\(StoreTransaction.placeholders(count))) ORDER BY \(order)"
    }
}

/// The journal's tables as a school moves with them, parents before the tables that refer to
/// them (the order the schema creates them in) and the year's closure last, once every row of the
/// year is in (the closed-year guards refuse a row of a closed year on either engine).
enum JournalSchoolTables {
    static let all: [SchoolTable] = [
        SchoolTable("organization", organization: "t.id"),
        SchoolTable("academicYear"),
        SchoolTable("person"),
        SchoolTable("account"),
        .ofAccount("accountKey", order: "t.id"),
        .ofYear("schoolClass"),
        SchoolTable("subject"),
        SchoolTable(
            "subgroup", joins: "JOIN schoolClass c ON c.id = t.classId JOIN academicYear y ON y.id = c.yearId",
            organization: "y.organizationId"),
        .ofPerson("assignment", via: "teacherId"),
        SchoolTable(
            "timetableEntry", joins: "JOIN assignment a ON a.id = t.assignmentId JOIN person p ON p.id = a.teacherId",
            organization: "p.organizationId"),
        .ofPerson("lesson", via: "teacherId"),
        .ofPerson("mark", via: "studentId"),
        .ofPerson("attendance", via: "studentId", order: "t.lessonId, t.studentId"),
        SchoolTable("auditEntry"),
        SchoolTable("auditHead", order: "t.organizationId"),
        SchoolTable("breach"),
        SchoolTable(
            "auditInvalidation", joins: "JOIN auditEntry e ON e.id = t.auditEntryId", organization: "e.organizationId",
            order: "t.auditEntryId"),
        SchoolTable("breachUndo", joins: "JOIN breach b ON b.id = t.breachId", organization: "b.organizationId"),
        SchoolTable("calendarDay", order: "t.organizationId, t.date"),
        .ofAccount("credentialSlip", order: "t.accountId"),
        .ofPerson("enrolment", via: "studentId"),
        .ofYear("reportingPeriod"),
        .ofPerson("periodMark", via: "studentId"),
        SchoolTable(
            "explanatoryNote", joins: "JOIN periodMark m ON m.id = t.periodMarkId JOIN person p ON p.id = m.studentId",
            organization: "p.organizationId"),
        .ofPerson("familyConsent", via: "studentId", order: "t.studentId"),
        SchoolTable("message"),
        .ofPerson("finalAcknowledgement", via: "studentId", order: "t.messageId"),
        .ofPerson("guardianship", via: "studentId", order: "t.guardianId, t.studentId"),
        SchoolTable("journalSettings", order: "t.organizationId"),
        .ofAccount("journalVisit", order: "t.accountId, t.day"),
        // A failed login of no account belongs to no school: it stays with its database.
        .ofAccount("loginFailure", order: "t.id"),
        SchoolTable(
            "markCorrection", joins: "JOIN mark m ON m.id = t.markId JOIN person p ON p.id = m.studentId",
            organization: "p.organizationId"),
        SchoolTable(
            "messageRecipient", joins: "JOIN message m ON m.id = t.messageId", organization: "m.organizationId",
            order: "t.messageId, t.personId"),
        .ofPerson("personRole", via: "personId", order: "t.personId, t.role"),
        SchoolTable(
            "planItem", joins: "JOIN assignment a ON a.id = t.assignmentId JOIN person p ON p.id = a.teacherId",
            organization: "p.organizationId"),
        .ofPerson("riskWatch", via: "studentId"),
        SchoolTable("shortenedDay", order: "t.organizationId, t.date"),
        .ofPerson("subgroupMember", via: "studentId", order: "t.subgroupId, t.studentId"),
        .ofPerson("substitution", via: "absentTeacherId"),
        .ofYear("vacation"),
        SchoolTable("workWeight", order: "t.organizationId, t.workKind"),
        .ofYear("workingRegime", order: "t.yearId"),
        SchoolTable(
            "writtenWorkCheck", joins: "JOIN lesson l ON l.id = t.lessonId JOIN person p ON p.id = l.teacherId",
            organization: "p.organizationId", order: "t.lessonId"),
        .ofYear("yearClosure", order: "t.yearId"),
    ]

    /// The journal's tables that belong to the database, not to a school: the notes of a write
    /// under way, the copies made of the file, the throttle of logins by their digest, the
    /// database's own upkeep and its schema's steps.
    static let database: Set<String> = ["pendingSeal", "backupLog", "loginThrottle", "maintenance", "grdb_migrations", "schemamigration"]
}
