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
        writer.begin("VEVENT")
        writer.text("UID", SupportDesk.bookingUID(id: notice.booking, organizationId: organizationId))
        writer.raw("DTSTAMP", ICalendarWriter.utc(stamp))
        writer.raw("DTSTART", ICalendarWriter.local(notice.start, in: zone), [("TZID", zone.identifier)])
        writer.raw("DTEND", ICalendarWriter.local(notice.end, in: zone), [("TZID", zone.identifier)])
        writer.raw("SEQUENCE", String(notice.sequence))
        writer.raw("STATUS", method == "CANCEL" ? "CANCELLED" : "CONFIRMED")
        writer.raw("ORGANIZER", "mailto:\(organizer)", [("CN", quoted(notice.specialist))])
        writer.raw(
            "ATTENDEE", "mailto:\(attendee.address)",
            [("CN", quoted(attendee.name)), ("ROLE", "REQ-PARTICIPANT"), ("PARTSTAT", "ACCEPTED"), ("RSVP", "FALSE")])
        writer.text("SUMMARY", summary)
        writer.text("DESCRIPTION", notice.topic)
        if let room = notice.room { writer.text("LOCATION", room) }
        writer.end("VEVENT")
        writer.end("VCALENDAR")
        return writer.output
    }

    /// A parameter value in quotes (RFC 5545 §3.2), without the characters a quoted value cannot hold.
    private static func quoted(_ value: String) -> String {
        "\"" + value.filter { $0 != "\"" && !$0.isNewline } + "\""
    }
}
