import Foundation
import JournalCore

/// A reply the desk types often, kept once per language, with placeholders the ticket fills
/// (issue 14, part 2): `{имя}` / `{name}`, `{школа}` / `{school}`, `{логин}` / `{login}`,
/// `{срок}` / `{deadline}`, `{статья 3}` / `{article 3}`.
public struct CannedReply: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    /// Nil: for every school the desk serves.
    public var organizationId: Int64?
    /// What a specialist types to use it: «пароль».
    public var name: String
    public var language: Language
    public var text: String
    public var writtenBy: Int64?
    public var writtenAt: Date

    public static let tableName = "cannedReply"
}

/// A placeholder of a canned reply, as it is typed in either language.
public enum ReplyPlaceholder: CaseIterable, Sendable {
    case name, school, login, deadline

    var tokens: [String] {
        switch self {
        case .name: ["{имя}", "{name}"]
        case .school: ["{школа}", "{school}"]
        case .login: ["{логин}", "{login}"]
        case .deadline: ["{срок}", "{deadline}"]
        }
    }
}

/// What a ticket gives a canned reply's placeholders; an article is named by its number.
public struct ReplyValues: Sendable {
    public var values: [ReplyPlaceholder: String]
    public var article: @Sendable (Int64) -> String?

    /// The reply's text with every placeholder filled; a placeholder the ticket cannot fill, or
    /// an unknown article, stays as typed.
    public func fill(_ text: String) -> String {
        var filled = text
        // «Здравствуйте, {имя}!» to someone whose name is not known: «Здравствуйте!».
        if values[.name] == nil {
            for token in ReplyPlaceholder.name.tokens { filled = filled.replacingOccurrences(of: ", " + token, with: "") }
        }
        for placeholder in ReplyPlaceholder.allCases {
            guard let value = values[placeholder] else { continue }
            for token in placeholder.tokens { filled = filled.replacingOccurrences(of: token, with: value) }
        }
        let articles = /\{(?:статья|article)\s+(\d+)\}/
        return filled.replacing(articles) { match in
            Int64(match.1).flatMap(article) ?? String(match.0)
        }
    }
}
