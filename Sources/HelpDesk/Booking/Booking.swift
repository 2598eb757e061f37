import Foundation
import JournalCore

public enum BookingState: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    case booked, cancelled
}

/// One consultation booked in a timetable line (H-BOOK-1). It keeps the line's specialist, kind
/// and room as they were, so that a later timetable change strands it visibly instead of losing it.
public struct Booking: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
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

    public static let tableName = "booking"

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

    /// The bookings `condition` selects (a WHERE clause on `booking`, its values in `arguments`),
    /// in time order, with who asked for each.
    static func fetch(_ store: StoreTransaction, where condition: String, _ arguments: StoreArguments, timetable: SupportTimetable?)
        throws -> [BookingRow]
    {
        let bookings = try store.records(Booking.self, "SELECT * FROM booking WHERE \(condition) ORDER BY start", arguments)
        let names = try Directory.names(store, personIds: bookings.map(\.requesterId))
        let zone = try schoolZone(store, bookings, timetable: timetable)
        return bookings.map { booking in
            BookingRow(
                booking: booking, requesterName: names[booking.requesterId] ?? "", timeZone: zone,
                stranded: booking.state == .booked
                    && timetable.map { $0.line(of: booking.responsible, from: booking.start, to: booking.end) == nil } ?? true)
        }
    }

    /// The school's zone: the timetable's, or the organization's when it has none.
    private static func schoolZone(_ store: StoreTransaction, _ bookings: [Booking], timetable: SupportTimetable?) throws -> TimeZone {
        if let timetable { return timetable.timeZone }
        guard let first = bookings.first, let organization = try Directory.organization(store, id: first.organizationId) else {
            return .moscow
        }
        return organization.zone
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
public struct DeskSettings: Codable, Sendable, Equatable, StoredRecord {
    public var organizationId: Int64
    /// Minimum notice before a consultation, minutes.
    public var noticeMinutes: Int
    /// How many days ahead bookings open.
    public var horizonDays: Int

    public static let tableName = "deskSettings"

    static func of(_ store: StoreTransaction, organizationId: Int64) throws -> DeskSettings {
        try store.record(DeskSettings.self, "SELECT * FROM deskSettings WHERE organizationId = ?", [organizationId])
            ?? DeskSettings(organizationId: organizationId, noticeMinutes: 60, horizonDays: 28)
    }
}
