import GRDB
import JournalCore

// Transitional (issue 25, part 1): the tickets as the engine sees them, for the folders that
// still read and write them through GRDB — the records' and codes' GRDB conformances, and the
// `Database` forms of the ticket helpers, each forwarding to its `StoreTransaction` form. The
// files of Ticket/, TicketClock, DeskAccess and the desk's report no longer need any of it:
// delete this file once no other file does.

extension TicketKind: DatabaseValueConvertible {}
extension TicketPriority: DatabaseValueConvertible {}
extension TicketState: DatabaseValueConvertible {}
extension TicketEventKind: DatabaseValueConvertible {}
extension TicketLinkKind: DatabaseValueConvertible {}

extension Ticket: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let assignee = Column("assignee")
        static let assigneePersonId = Column("assigneePersonId")
        static let createdAt = Column("createdAt")
        static let id = Column("id")
        static let isIncident = Column("isIncident")
        static let organizationId = Column("organizationId")
        static let requesterAccountId = Column("requesterAccountId")
        static let requesterLogin = Column("requesterLogin")
        static let resolvedAt = Column("resolvedAt")
        static let state = Column("state")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension TicketEvent: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let id = Column("id")
        static let isPublic = Column("isPublic")
        static let kind = Column("kind")
        static let text = Column("text")
        static let ticketId = Column("ticketId")
        static let toState = Column("toState")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension TicketLink: FetchableRecord, PersistableRecord {
    static let databaseTableName = tableName

    enum Columns {
        static let at = Column("at")
        static let kind = Column("kind")
        static let linkedTicketId = Column("linkedTicketId")
        static let ticketId = Column("ticketId")
    }
}

extension TicketRating: FetchableRecord, PersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let ticketId = Column("ticketId")
    }
}

extension TicketTarget: FetchableRecord, PersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let organizationId = Column("organizationId")
    }
}

extension QueryInterfaceRequest<Ticket> {
    /// The open tickets of the request.
    func open() -> Self { filter(TicketState.openValues.contains(Ticket.Columns.state)) }
}

extension TicketRow {
    /// Fills the rows of `request`, each clock counted in its organization's working hours.
    static func fetch(_ db: Database, desk: SupportDesk, _ request: QueryInterfaceRequest<Ticket>) throws -> [TicketRow] {
        try rows(db.store, desk: desk, request.order(Ticket.Columns.id).fetchAll(db))
    }

    static func rows(_ db: Database, desk: SupportDesk, _ tickets: [Ticket]) throws -> [TicketRow] {
        try rows(db.store, desk: desk, tickets)
    }
}

extension DeskAccess {
    static func checkOrganization(_ caller: Caller, _ organizationId: Int64, _ operation: DeskOperation, _ db: Database) throws {
        try checkOrganization(caller, organizationId, operation, db.store)
    }

    static func served(by caller: Caller, _ db: Database) throws -> Set<Int64> { try served(by: caller, db.store) }

    static func check(_ operation: DeskOperation, _ caller: Caller, _ db: Database) throws { try check(operation, caller, db.store) }
}

extension SupportDesk {
    func visibleTicket(_ db: Database, _ caller: Caller, id: Int64) throws -> Ticket { try visibleTicket(db.store, caller, id: id) }

    @_disfavoredOverload
    func change(_ caller: Caller, id: Int64, _ body: (Database, inout Ticket) throws -> Void) throws -> TicketRow {
        try change(caller, id: id) { store, ticket in try body(store.database, &ticket) }
    }

    func record(
        _ db: Database, _ ticket: Ticket, _ kind: TicketEventKind, by caller: Caller, from: TicketState? = nil, to: TicketState? = nil,
        text: String?, isPublic: Bool = false, other: Int64? = nil
    ) throws {
        try record(db.store, ticket, kind, by: caller, from: from, to: to, text: text, isPublic: isPublic, other: other)
    }

    @discardableResult
    func record(
        _ db: Database, _ ticket: Ticket, _ kind: TicketEventKind, actorId: Int64?, from: TicketState? = nil, to: TicketState? = nil,
        text: String?, isPublic: Bool = false, other: Int64? = nil
    ) throws -> TicketEvent {
        try record(db.store, ticket, kind, actorId: actorId, from: from, to: to, text: text, isPublic: isPublic, other: other)
    }

    func route(_ db: Database, organization: Organization, timetable: SupportTimetable?, topic: String, kind: HelpKind) throws -> (
        String?, Int64?
    ) {
        try route(db.store, organization: organization, timetable: timetable, topic: topic, kind: kind)
    }

    func specialistPerson(_ db: Database, organizationId: Int64, named responsible: String) throws -> Int64? {
        try specialistPerson(db.store, organizationId: organizationId, named: responsible)
    }

    @discardableResult
    func rate(_ db: Database, _ ticket: Ticket, rating: Int, comment: String?, actorId: Int64?, byMail: Bool) throws -> TicketRating {
        try rate(db.store, ticket, rating: rating, comment: comment, actorId: actorId, byMail: byMail)
    }
}
