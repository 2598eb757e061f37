import Foundation
import JournalCore

/// How one ticket stands to another.
public enum TicketLinkKind: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    /// A duplicate merged into the other, and closed: the other's answer reaches its requester.
    case merged
    /// One of the tickets a mass incident answers at once.
    case incident
    /// About the same thing, each answered on its own.
    case related
}

/// One link between two tickets: `ticketId` is the duplicate or the incident's ticket, or either
/// of two related ones.
struct TicketLink: Codable, Sendable, Equatable, StoredRecord {
    var ticketId: Int64
    var linkedTicketId: Int64
    var kind: TicketLinkKind
    var at: Date
    var linkedBy: Int64?

    static let tableName = "ticketLink"

    /// The links that put a ticket under another.
    static let parentKinds: [TicketLinkKind] = [.merged, .incident]
}

/// A ticket's links as its card shows them.
public struct TicketRelations: Sendable, Equatable {
    /// The ticket this one was merged into or whose incident it is under.
    public var parent: Int64?
    public var parentKind: TicketLinkKind?
    /// The duplicates merged into this one.
    public var merged: [Int64] = []
    /// The tickets under this incident.
    public var children: [Int64] = []
    public var related: [Int64] = []

    public init() {}

    public var isEmpty: Bool { parent == nil && merged.isEmpty && children.isEmpty && related.isEmpty }
}

/// The requester's rating of the answer: 1 to 5, with a comment if they wish.
public struct TicketRating: Codable, Sendable, Equatable, StoredRecord {
    public var ticketId: Int64
    public var rating: Int
    public var comment: String?
    public var ratedAt: Date
    /// Given by a reply to the resolution's mail.
    public var byMail: Bool

    public static let tableName = "ticketRating"

    /// The marks an answer is rated by.
    public static let scale = 1...5
}
