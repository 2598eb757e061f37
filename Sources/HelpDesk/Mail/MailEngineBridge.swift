import GRDB
import JournalCore

// Transitional (issue 25, part 1): the mail's records as the engine sees them, for the folders
// and tests that still read and write them through GRDB — the records' and codes' GRDB
// conformances, and the `Database` forms of the notices' helpers, each forwarding to its
// `StoreTransaction` form. The files of Mail/ and Demo/ no longer need any of it: delete this
// file once no other file does.

extension OutboxState: DatabaseValueConvertible {}
extension DigestDelivery: DatabaseValueConvertible {}
extension ServiceJob: DatabaseValueConvertible {}
extension InboundOutcome: DatabaseValueConvertible {}

extension OutboxMessage: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        public static let state = Column("state")
        public static let dueAt = Column("dueAt")
        public static let messageToken = Column("messageToken")
        public static let dedupeKey = Column("dedupeKey")
        public static let id = Column("id")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension MailPreference: FetchableRecord, PersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let digest = Column("digest")
        static let unsubscribeToken = Column("unsubscribeToken")
    }
}

extension MailSettings: FetchableRecord, PersistableRecord {
    public static let databaseTableName = tableName
}

extension ServiceRun: FetchableRecord, PersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let job = Column("job")
    }
}

extension InboundMail: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let address = Column("address")
        static let id = Column("id")
        static let messageId = Column("messageId")
        static let organizationId = Column("organizationId")
        static let outcome = Column("outcome")
        static let receivedAt = Column("receivedAt")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension TicketAttachment: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = tableName

    public enum Columns {
        static let id = Column("id")
        static let ticketId = Column("ticketId")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// The notices' helpers in the `Database` form that the folders not yet moved still call.
extension SupportDesk {
    func tellOfTicketEvent(_ db: Database, _ ticket: Ticket, _ event: TicketEvent) throws { try tellOfTicketEvent(db.store, ticket, event) }

    func requesterAccountPerson(_ db: Database, _ ticket: Ticket) throws -> Int64? { try requesterAccountPerson(db.store, ticket) }

    func tellOfBooking(_ db: Database, _ booking: Booking, _ change: BookingChange, key: String? = nil) throws {
        try tellOfBooking(db.store, booking, change, key: key)
    }

    func tellOfTraining(_ db: Database, _ training: Training, reminder: Bool, to contacts: [Contact]) throws {
        try tellOfTraining(db.store, training, reminder: reminder, to: contacts)
    }

    func audienceContacts(_ db: Database, _ training: Training) throws -> [Contact] { try audienceContacts(db.store, training) }

    func tellOfOutage(_ db: Database, _ incident: Ticket, specialist: String) throws {
        try tellOfOutage(db.store, incident, specialist: specialist)
    }

    func tellOfBreach(_ db: Database, _ notice: BreachNotice, organizationId: Int64) throws {
        try tellOfBreach(db.store, notice, organizationId: organizationId)
    }
}
