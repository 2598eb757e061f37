import Foundation
internal import GRDB

/// A message between people of a school (J-MSG-1).
public struct InternalMessage: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    /// The most characters one message's text holds (the table's CHECK).
    public static let textLimit = 4000

    public var id: Int64?
    public var organizationId: Int64
    public var senderId: Int64
    public var subject: String
    public var text: String
    public var sentAt: Date
    public var replyToId: Int64?

    public static let tableName = "message"

}

/// A message as its reader sees it: who wrote, to whom, whether it was read.
public struct MessageRow: Sendable, Equatable {
    public var message: InternalMessage
    public var senderName: String
    public var recipientNames: [String]
    /// When the caller read it; nil while unread (and for what the caller sent).
    public var readAt: Date?
    public var sentByCaller: Bool
}

/// Who a class's message goes to.
public enum MessageAudience: String, CaseIterable, Codable, Sendable {
    case guardians, students, all
}
