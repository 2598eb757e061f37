import JournalCore

/// The desk's tables as a school moves with them (issue 25, part 4), after the journal's: parents
/// before the tables that refer to them, as the schema creates them.
enum DeskSchoolTables {
    private static func ofTicket(_ name: String, order: String) -> SchoolTable {
        SchoolTable(name, joins: "JOIN ticket k ON k.id = t.ticketId", organization: "k.organizationId", order: order)
    }

    static let all: [SchoolTable] = [
        SchoolTable("ticket"),
        // The shipped articles and canned replies belong to no school: every database has them.
        SchoolTable("article"),
        SchoolTable("booking"),
        ofTicket("breachReport", order: "t.ticketId"),
        SchoolTable("cannedReply"),
        // A regional desk's link to a school goes with the school; the desk must be there first.
        SchoolTable(
            "deskService", organization: "t.schoolOrganizationId", order: "t.supportOrganizationId, t.schoolOrganizationId",
            links: "t.supportOrganizationId"),
        SchoolTable("deskSettings", order: "t.organizationId"),
        SchoolTable("inboundMail"),
        .ofPerson("mailPreference", via: "personId", order: "t.personId"),
        SchoolTable("outboxMessage"),
        SchoolTable("rolloutTask"),
        .ofOrganizationCode("supportSchedule", via: "organizationCode", order: "t.organizationCode"),
        SchoolTable(
            "ticketAttachment",
            joins: "LEFT JOIN ticket k ON k.id = t.ticketId LEFT JOIN inboundMail m ON m.id = t.inboundMailId",
            organization: "COALESCE(k.organizationId, m.organizationId)"),
        ofTicket("ticketEvent", order: "t.id"),
        ofTicket("ticketLink", order: "t.ticketId, t.linkedTicketId"),
        ofTicket("ticketRating", order: "t.ticketId"),
        SchoolTable("ticketTarget", order: "t.organizationId, t.kind, t.priority"),
        SchoolTable("training"),
        SchoolTable(
            "trainingRegistration", joins: "JOIN training r ON r.id = t.trainingId", organization: "r.organizationId",
            order: "t.trainingId, t.personId"),
    ]

    /// The desk's tables that belong to the database, not to a school: where mail leaves from,
    /// and when the timers last ran.
    static let database: Set<String> = ["mailSettings", "serviceRun"]
}
