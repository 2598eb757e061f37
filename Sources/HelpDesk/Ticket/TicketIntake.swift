import Foundation
import JournalCore

/// What a request to support must and may state (H-TICKET-1, seed 002 second part §4).
public struct TicketIntake: Sendable {
    /// The organization's code or name, as the requester said it.
    public var organization: String
    public var login: String
    /// The account's number, as the requester said it.
    public var identifier: String
    public var role: Role
    public var topic: String
    public var helpKind: HelpKind
    public var description: String
    public var contact: String?
    public var kind: TicketKind
    public var priority: TicketPriority
    public var schoolClassId: Int64?
    public var lessonId: Int64?
    public var markId: Int64?

    public init(
        organization: String, login: String, identifier: String, role: Role, topic: String, helpKind: HelpKind = .any,
        description: String, contact: String? = nil, kind: TicketKind = .help, priority: TicketPriority = .normal,
        schoolClassId: Int64? = nil, lessonId: Int64? = nil, markId: Int64? = nil
    ) {
        self.organization = organization
        self.login = login
        self.identifier = identifier
        self.role = role
        self.topic = topic
        self.helpKind = helpKind
        self.description = description
        self.contact = contact
        self.kind = kind
        self.priority = priority
        self.schoolClassId = schoolClassId
        self.lessonId = lessonId
        self.markId = markId
    }
}

/// What intake found about the requester's account; a requester who cannot log in is taken in all the same.
public enum RequesterCheck: Sendable, Equatable {
    case verified
    /// No account of the organization has that login.
    case unknownLogin
    /// The login exists, but its identifier is another.
    case identifierMismatch
    /// The login and identifier match, but the account does not hold the role stated.
    case roleMismatch
}
