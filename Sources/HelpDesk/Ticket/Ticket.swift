import Foundation
import JournalCore

public enum TicketKind: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    case help
    /// Lost credentials (H-CRED-1): a reset with an identity check and a hand-over against a signature.
    case credentialReset
    /// Leaked credentials (H-CRED-3).
    case breach
}

public enum TicketPriority: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    case low, normal, high, urgent
}

/// new → assigned → in progress → waiting for the requester → resolved → closed, and reopen.
public enum TicketState: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    case new, assigned, inProgress, waiting, resolved, closed

    /// The states a ticket may move to from this one.
    public var next: Set<TicketState> {
        switch self {
        case .new: [.assigned, .inProgress, .resolved]
        case .assigned: [.inProgress, .waiting, .resolved]
        case .inProgress: [.waiting, .resolved]
        case .waiting: [.inProgress, .resolved]
        case .resolved: [.closed, .inProgress]
        case .closed: [.inProgress]
        }
    }

    public var isOpen: Bool { self != .resolved && self != .closed }

    /// The open states, for a query.
    static let openStates = allCases.filter(\.isOpen)

    /// The stored values of the open states, for a query.
    static let openValues = openStates.map(\.rawValue)
}

/// The conditions of the tickets' queries, written by hand, each with its arguments.
struct TicketCondition: Sendable {
    var sql: String
    var arguments: StoreArguments

    /// `column IN (?, …)`, one `?` per value: never true without values.
    static func isIn(_ column: String, _ values: [some StoreValueConvertible]) -> TicketCondition {
        TicketCondition(sql: "\(column) IN (\(StoreTransaction.placeholders(values.count)))", arguments: values)
    }

    /// The open tickets.
    static let open = isIn("state", TicketState.openStates)

    /// The mass incidents, and the tickets that are none.
    static let incident = TicketCondition(sql: "isIncident = 1", arguments: [])
    static let notIncident = TicketCondition(sql: "isIncident = 0", arguments: [])

    /// The tickets whose topic, description or history has `text`, or, with `orLogin`, whose
    /// requester's login does — in any case: both sides lowered, as both engines spell it
    /// (SQLite lowers Latin letters only, PostgreSQL every letter).
    static func containing(_ text: String, orLogin: Bool) -> TicketCondition {
        let pattern = "%\(text)%"
        let login = orLogin ? " OR lower(requesterLogin) LIKE lower(?)" : ""
        return TicketCondition(
            sql: """
                (lower(topic) LIKE lower(?) OR lower(description) LIKE lower(?)\(login) \
                OR id IN (SELECT ticketId FROM ticketEvent WHERE lower(text) LIKE lower(?)))
                """,
            arguments: Array(repeating: pattern, count: orLogin ? 4 : 3))
    }

    /// All of `conditions`: the `WHERE` of a query, with its arguments.
    static func all(_ conditions: [TicketCondition]) -> TicketCondition {
        guard !conditions.isEmpty else { return TicketCondition(sql: "1 = 1", arguments: []) }
        return TicketCondition(sql: conditions.map(\.sql).joined(separator: " AND "), arguments: conditions.flatMap(\.arguments))
    }
}

/// A request to support (H-TICKET-1): who asks (organization, login and identifier, role), about
/// what, and who has it.
public struct Ticket: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var organizationId: Int64
    public var kind: TicketKind
    public var priority: TicketPriority
    public var state: TicketState
    public var requesterLogin: String
    public var requesterIdentifier: Int64
    public var requesterRole: Role
    /// The account the login and identifier name, when they match one.
    public var requesterAccountId: Int64?
    public var verified: Bool
    public var contact: String?
    public var topic: String
    public var helpKind: HelpKind
    public var description: String
    public var schoolClassId: Int64?
    public var lessonId: Int64?
    public var markId: Int64?
    /// The specialist as the timetable names them, or the journal administrator.
    public var assignee: String?
    public var assigneePersonId: Int64?
    /// The vendor support's own number, once passed on (H-TICKET-2).
    public var vendorReference: String?
    public var createdAt: Date
    public var createdById: Int64?
    public var firstResponseAt: Date?
    public var resolvedAt: Date?
    public var closedAt: Date?
    /// A mass incident: a ticket of the desk's own whose resolution answers the tickets under it.
    public var isIncident: Bool = false

    public static let tableName = "ticket"
}

public enum TicketEventKind: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    case created, assigned, state, reply, note, vendor, identityCheck, handover, refused
    /// Another ticket was merged into this one; this one was merged into another (and closed).
    case merged, mergedInto
    /// Related tickets linked, or the link undone.
    case linked, unlinked
    /// This incident took a ticket; this ticket went under an incident.
    case incident, incidentChild
    /// The requester rated the answer.
    case rated
}

/// One change of a ticket, kept for ever: its full history.
public struct TicketEvent: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var ticketId: Int64
    public var at: Date
    public var actorId: Int64?
    public var kind: TicketEventKind
    public var fromState: TicketState?
    public var toState: TicketState?
    public var text: String?
    /// A reply the requester sees, as opposed to an internal note.
    public var isPublic: Bool
    /// The other ticket a merge, a link or an incident names.
    public var otherTicketId: Int64?

    public static let tableName = "ticketEvent"

    /// What the requester sees of the history: replies and the ticket's course, never the desk's
    /// internal notes, identity checks or refusals.
    public var isForRequester: Bool {
        switch kind {
        case .created, .assigned, .state, .handover: !(kind == .state && text != nil && !isPublic)
        case .reply: isPublic
        case .mergedInto, .incidentChild, .rated: true
        case .note, .vendor, .identityCheck, .refused, .merged, .linked, .unlinked, .incident: false
        }
    }
}
