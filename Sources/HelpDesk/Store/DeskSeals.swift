import JournalCore

/// The help desk's tables whose rows the audit chain seals (J-ARCH-2): tickets and their
/// history, links and ratings, breach reports, consultations and the desk's settings — so that `audit verify` names a
/// change made to them behind the product. JournalCore seals them; the desk only describes them.
enum DeskSeals {
    /// Through its ticket, a row reaches its organization.
    private static let viaTicket = "JOIN ticket k ON k.id = t.ticketId"

    static let tables: [SealedRows] = [
        .table(
            .ticket, "kind", "priority", "state", "requesterLogin", "requesterIdentifier", "requesterRole", "requesterAccountId",
            "verified", "contact", "topic", "helpKind", "description", "schoolClassId", "lessonId", "markId", "assignee",
            "assigneePersonId", "vendorReference", "createdAt", "createdById", "firstResponseAt", "resolvedAt", "closedAt", "isIncident"),
        .table(
            .ticketEvent, organization: "k.organizationId", via: viaTicket, "ticketId", "at", "actorId", "kind", "fromState", "toState",
            "text", "isPublic", "otherTicketId"),
        .table(
            .ticketLink, key: ("ticketId", "linkedTicketId"), organization: "k.organizationId", via: viaTicket, "ticketId",
            "linkedTicketId", "kind", "at", "linkedBy"),
        .table(
            .ticketRating, key: ("ticketId", nil), organization: "k.organizationId", via: viaTicket, "ticketId", "rating", "comment",
            "ratedAt", "byMail"),
        .table(
            .breachReport, key: ("ticketId", nil), organization: "k.organizationId", via: viaTicket, "ticketId", "accountId",
            "discoveredAt", "reportedAt", "late", "invalidatedEntries", "voidedMarks", "breachId"),
        .table(
            .booking, "requesterId", "responsible", "helpKind", "topic", "room", "start", "end", "state", "createdAt", "movedFrom",
            "cancelledAt", "cancelledById", "cancelReason", "sequence", "attendeeReply", "attendeeRepliedAt"),
        // The desk's settings of a school: every change is in the chain.
        .table(.deskSettings, key: ("organizationId", nil), "noticeMinutes", "horizonDays"),
    ]
}
