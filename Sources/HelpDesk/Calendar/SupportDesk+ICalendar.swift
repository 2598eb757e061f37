import Crypto
import Foundation
import JournalCore

/// How the calendar's events are titled, in the reader's language; the console words them.
public struct CalendarWords: Sendable {
    public var line: @Sendable (SupportSlot) -> String
    public var booking: @Sendable (BookingRow) -> String

    public init(line: @escaping @Sendable (SupportSlot) -> String, booking: @escaping @Sendable (BookingRow) -> String) {
        self.line = line
        self.booking = booking
    }
}

/// iCalendar exports (RFC 5545): a timetable as weekly recurring events with the organization's
/// days off as exceptions, and a person's consultations.
extension SupportDesk {
    static let productId = "-//helpdesk//Журнал и служба поддержки//RU"

    /// The caller's organization's timetable from `from` to `to`, one recurring event a line.
    public func timetableCalendar(_ caller: Caller, from: LocalDate, to: LocalDate, words: CalendarWords) throws -> String {
        if to < from { throw JournalError.invalid(.endDate, .endBeforeStart) }
        let timetable = try timetable(for: caller)
        let daysOff = try read { store in
            try OrganizationCalendar.daysOff(store, organizationId: caller.organizationId, from: from, to: to)
        }
        let zone = timetable.timeZone
        var writer = Self.calendarStart(zone: zone, from: from, to: to)
        let until = ICalendarWriter.utc(ClockTime.midnight.instant(on: to.adding(days: 1), in: zone).addingTimeInterval(-1))
        for slot in timetable.slots {
            guard let first = (0..<7).map({ from.adding(days: $0) }).first(where: { slot.weekdays.contains($0.weekday) }), first <= to
            else { continue }
            writer.begin("VEVENT")
            writer.text("UID", Self.uid(of: slot, in: timetable.organizationCode))
            writer.raw("DTSTAMP", ICalendarWriter.utc(clock.now))
            writer.raw("DTSTART", ICalendarWriter.local(slot.start.instant(on: first, in: zone), in: zone), [("TZID", zone.identifier)])
            writer.raw("DTEND", ICalendarWriter.local(slot.end.instant(on: first, in: zone), in: zone), [("TZID", zone.identifier)])
            writer.raw(
                "RRULE",
                "FREQ=WEEKLY;BYDAY=\(slot.weekdays.sorted().map { Self.weekdayCodes[$0 - 1] }.joined(separator: ","));UNTIL=\(until)")
            let exceptions = daysOff.keys.filter { first <= $0 && $0 <= to && slot.weekdays.contains($0.weekday) }.sorted()
            if !exceptions.isEmpty {
                writer.raw(
                    "EXDATE",
                    exceptions.map { ICalendarWriter.local(slot.start.instant(on: $0, in: zone), in: zone) }.joined(separator: ","),
                    [("TZID", zone.identifier)])
            }
            writer.text("SUMMARY", words.line(slot))
            if !slot.topics.isEmpty { writer.text("DESCRIPTION", slot.topics.joined(separator: "\n")) }
            if let room = slot.room { writer.text("LOCATION", room) }
            writer.end("VEVENT")
        }
        writer.end("VCALENDAR")
        return writer.output
    }

    /// A line's event keeps its UID while it is the same line: the same person on the same days
    /// at the same times, wherever it stands in the file.
    static func uid(of slot: SupportSlot, in code: String) -> String {
        let identity = [
            code, slot.responsible, slot.weekdays.sorted().map(String.init).joined(separator: ","),
            slot.start.description, slot.end.description,
        ].joined(separator: "|")
        let digest = SHA256.hash(data: Data(identity.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
        return "\(code)-line-\(digest)@helpdesk"
    }

    /// The caller's consultations, past and coming, cancelled ones marked so; for a specialist,
    /// the consultations they give as well.
    public func bookingsCalendar(_ caller: Caller, words: CalendarWords) throws -> String {
        let own = try myBookings(caller, includePast: true)
        let given = try appointments(caller).filter { row in !own.contains { $0.booking.id == row.booking.id } }
        let rows = (own + given).sorted { $0.booking.start < $1.booking.start }
        let timetable = try? timetable(for: caller)
        let zone = try timetable?.timeZone ?? read { store in try organization(store, id: caller.organizationId).zone }
        let span = (rows.first?.booking.start ?? clock.now, rows.last?.booking.end ?? clock.now)
        var writer = Self.calendarStart(zone: zone, from: LocalDate(span.0, in: zone), to: LocalDate(span.1, in: zone))
        for row in rows {
            let booking = row.booking
            try writer.bookingEvent(
                BookingEvent(
                    id: booking.savedId, organizationId: booking.organizationId, start: booking.start, end: booking.end,
                    sequence: booking.sequence, cancelled: booking.state == .cancelled, summary: words.booking(row), topic: booking.topic,
                    room: booking.room), stamp: clock.now, zone: zone)
        }
        writer.end("VCALENDAR")
        return writer.output
    }

    static let weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    static func calendarStart(zone: TimeZone, from: LocalDate, to: LocalDate) -> ICalendarWriter {
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.raw("VERSION", "2.0")
        writer.text("PRODID", productId)
        writer.raw("CALSCALE", "GREGORIAN")
        VTimeZone.write(
            zone, from: ClockTime.midnight.instant(on: from, in: zone),
            to: ClockTime.midnight.instant(on: to.adding(days: 1), in: zone), into: &writer)
        return writer
    }
}
