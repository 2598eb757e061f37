import Foundation
import GRDB
import JournalCore

public enum BookingState: String, CaseIterable, Codable, Sendable, DatabaseValueConvertible {
    case booked, cancelled
}

/// One consultation booked in a timetable line (H-BOOK-1). It keeps the line's specialist, kind
/// and room as they were, so that a later timetable change strands it visibly instead of losing it.
public struct Booking: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, IdentifiedRecord {
    public var id: Int64?
    public var organizationId: Int64
    public var requesterId: Int64
    public var responsible: String
    public var helpKind: HelpKind
    /// What the requester wants to ask about.
    public var topic: String
    public var room: String?
    public var start: Date
    public var end: Date
    public var state: BookingState
    public var createdAt: Date
    /// Where the consultation stood before its last move.
    public var movedFrom: Date?
    public var cancelledAt: Date?
    public var cancelledById: Int64?
    public var cancelReason: String?
    /// How many times the consultation was moved or cancelled: its calendar event's SEQUENCE.
    public var sequence: Int = 0
    /// The requester's answer to the invitation, from their mail program (iTIP REPLY), and when.
    public var attendeeReply: CalendarReply.Answer?
    public var attendeeRepliedAt: Date?

    public static let databaseTableName = "booking"

    public enum Columns {
        static let end = Column(CodingKeys.end)
        static let organizationId = Column(CodingKeys.organizationId)
        static let requesterId = Column(CodingKeys.requesterId)
        static let responsible = Column(CodingKeys.responsible)
        static let start = Column(CodingKeys.start)
        static let state = Column(CodingKeys.state)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Whether the two consultations share a moment.
    func overlaps(_ start: Date, _ end: Date) -> Bool { self.start < end && start < self.end }
}

/// A booking with who asked for it, as lists and agendas show it.
public struct BookingRow: Sendable, Equatable {
    public var booking: Booking
    public var requesterName: String
    public var timeZone: TimeZone
    /// The timetable in use no longer has a line of this specialist at this time.
    public var stranded: Bool

    public var localDate: LocalDate { LocalDate(booking.start, in: timeZone) }

    static func fetch(_ db: Database, _ request: QueryInterfaceRequest<Booking>, timetable: SupportTimetable?) throws -> [BookingRow] {
        let bookings = try request.order(Booking.Columns.start).fetchAll(db)
        let names = try Directory.names(db.store, personIds: bookings.map(\.requesterId))
        // The school's zone: the timetable's, or the organization's when it has none.
        var zone = timetable?.timeZone ?? .moscow
        if timetable == nil, let first = bookings.first, let organization = try Directory.organization(db.store, id: first.organizationId) {
            zone = organization.zone
        }
        return bookings.map { booking in
            BookingRow(
                booking: booking, requesterName: names[booking.requesterId] ?? "", timeZone: zone,
                stranded: booking.state == .booked
                    && timetable.map { $0.line(of: booking.responsible, from: booking.start, to: booking.end) == nil } ?? true)
        }
    }
}

/// A free consultation time: a line of the timetable, when, and how many places are left.
public struct Opening: Sendable, Equatable {
    public var slot: SupportSlot
    public var start: Date
    public var end: Date
    public var freePlaces: Int
    /// The organization's time zone, in which the time is shown.
    public var zone: TimeZone
}

/// How far ahead and how soon consultations may be booked, per organization.
public struct DeskSettings: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var organizationId: Int64
    /// Minimum notice before a consultation, minutes.
    public var noticeMinutes: Int
    /// How many days ahead bookings open.
    public var horizonDays: Int

    public static let databaseTableName = "deskSettings"

    static func of(_ db: Database, organizationId: Int64) throws -> DeskSettings {
        try fetchOne(db, key: organizationId) ?? DeskSettings(organizationId: organizationId, noticeMinutes: 60, horizonDays: 28)
    }
}
