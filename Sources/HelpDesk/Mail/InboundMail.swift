import Foundation
import JournalCore

public enum InboundOutcome: String, Codable, Sendable, CaseIterable, StoreValueConvertible {
    /// The requester's answer on a ticket, or to a consultation's invitation (`bookingId`).
    case reply
    /// A new ticket from an address the school knows.
    case opened
    /// From an address nobody has: kept for the desk, the sender asked for the four fields.
    case held
    /// Held mail the desk made a ticket of.
    case taken
    case unsubscribed
    /// An auto-reply, a bounce, a loop or a repeat: never answered.
    case ignored
}

/// One message that came in, as kept: what the desk answered it with.
public struct InboundMail: Codable, Sendable, Equatable, IdentifiedRecord, StoredRecord {
    public var id: Int64?
    public var organizationId: Int64
    public var messageId: String?
    public var address: String
    public var subject: String
    public var text: String
    public var receivedAt: Date
    public var outcome: InboundOutcome
    public var ticketId: Int64?
    /// The consultation an answer to its invitation was recorded on.
    public var bookingId: Int64?

    public static let tableName = "inboundMail"
}

/// A file that came with a ticket's mail (a screenshot): kept when within the limits, listed
/// either way.
public struct TicketAttachment: Codable, Sendable, Equatable, IdentifiedRecord, StoredRecord {
    public var id: Int64?
    public var ticketId: Int64?
    public var inboundMailId: Int64?
    public var fileName: String
    public var contentType: String
    public var size: Int
    /// Nil when the file was over the limit.
    public var data: Data?
    public var receivedAt: Date

    public var kept: Bool { data != nil }

    public static let tableName = "ticketAttachment"

    /// A file's name as it may be shown and saved: its last path part, no controls, at most 200 characters.
    static func safeName(_ name: String, number: Int) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7f }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        let bare = clean.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return bare.isEmpty ? "attachment-\(number)" : String(clean.prefix(200))
    }
}

/// How much a message may bring.
public enum AttachmentLimits {
    public static let perFile = 5 * 1024 * 1024
    public static let perMessage = 10 * 1024 * 1024
    public static let files = 10
}
