import Foundation
import JournalCore

/// Who an article of the knowledge base is written for.
public enum ArticleAudience: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    case all, staff, guardians, students

    /// Whether a person of these roles is among the readers.
    func includes(_ caller: Caller) -> Bool {
        switch self {
        case .all: true
        case .staff: caller.isStaff
        case .guardians: caller.has(.guardian) || caller.isDeskStaff
        case .students: caller.has(.student) || caller.isDeskStaff
        }
    }
}

/// An answer the desk has written down once, so that a common question is answered without a
/// ticket: a title, the text, the topics it is about, for whom, for one school or for all the
/// desk serves. Retired, it stays with who retired it.
public struct Article: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    /// Nil: for every school.
    public var organizationId: Int64?
    public var title: String
    public var body: String
    /// Comma-separated: «КТП, планирование».
    public var topics: String
    public var audience: ArticleAudience
    /// The resolved ticket whose answer it was made from.
    public var sourceTicketId: Int64?
    /// Nil for the articles shipped with the product.
    public var writtenBy: Int64?
    public var writtenAt: Date
    public var retiredAt: Date?
    public var retiredBy: Int64?

    public static let tableName = "article"
}

/// An article with how well it answers a question.
public struct ArticleMatch: Sendable, Equatable {
    public var article: Article
    public var score: Double
}
