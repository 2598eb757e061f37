import Foundation
import JournalCore

/// A consultation as an iTIP message (RFC 5546) carried by mail (RFC 6047): REQUEST to add or
/// update the event, CANCEL to remove it; the UID and SEQUENCE are those of the exported calendar.
public enum BookingInvitation {
    /// `METHOD` of the message for this change; nil for a reminder, which carries no invitation.
    public static func method(for change: BookingChange) -> String? {
        switch change {
        case .confirmed, .moved: "REQUEST"
        case .cancelled: "CANCEL"
        case .dayBefore, .hourBefore: nil
        }
    }

    /// The iCalendar object, or nil for a reminder.
    public static func calendar(
        _ notice: BookingNotice, organizationId: Int64, zone: TimeZone, organizer: String, attendee: (name: String, address: String),
        summary: String, stamp: Date
    ) -> String? {
        guard let method = method(for: notice.change) else { return nil }
        let day = LocalDate(notice.start, in: zone)
        var writer = SupportDesk.calendarStart(zone: zone, from: day, to: day)
        writer.raw("METHOD", method)
        let event = BookingEvent(
            id: notice.booking, organizationId: organizationId, start: notice.start, end: notice.end, sequence: notice.sequence,
            cancelled: method == "CANCEL", summary: summary, topic: notice.topic, room: notice.room)
        writer.bookingEvent(event, stamp: stamp, zone: zone) { writer in
            writer.raw("ORGANIZER", "mailto:\(organizer)", [("CN", quoted(notice.specialist))])
            writer.raw(
                "ATTENDEE", "mailto:\(attendee.address)",
                [("CN", quoted(attendee.name)), ("ROLE", "REQ-PARTICIPANT"), ("PARTSTAT", "ACCEPTED"), ("RSVP", "FALSE")])
        }
        writer.end("VCALENDAR")
        return writer.output
    }

    /// A parameter value in quotes (RFC 5545 §3.2), without the characters a quoted value cannot hold.
    private static func quoted(_ value: String) -> String {
        "\"" + value.filter { $0 != "\"" && !$0.isNewline } + "\""
    }
}

/// A consultation as a calendar event: the same UID, times and SEQUENCE in the exported calendar
/// and in the invitations, so that a mail program updates the event it added.
struct BookingEvent {
    var id: Int64
    var organizationId: Int64
    var start: Date
    var end: Date
    var sequence: Int
    var cancelled: Bool
    var summary: String
    var topic: String
    var room: String?
}

extension ICalendarWriter {
    /// The VEVENT of a consultation, in the school's zone; `parties` adds an invitation's organizer and attendee.
    mutating func bookingEvent(
        _ event: BookingEvent, stamp: Date, zone: TimeZone, parties: (inout ICalendarWriter) -> Void = { _ in }
    ) {
        begin("VEVENT")
        text("UID", "booking-\(event.id)-\(event.organizationId)@helpdesk")
        raw("DTSTAMP", Self.utc(stamp))
        raw("DTSTART", Self.local(event.start, in: zone), [("TZID", zone.identifier)])
        raw("DTEND", Self.local(event.end, in: zone), [("TZID", zone.identifier)])
        raw("SEQUENCE", String(event.sequence))
        raw("STATUS", event.cancelled ? "CANCELLED" : "CONFIRMED")
        parties(&self)
        text("SUMMARY", event.summary)
        text("DESCRIPTION", event.topic)
        if let room = event.room { text("LOCATION", room) }
        end("VEVENT")
    }
}
