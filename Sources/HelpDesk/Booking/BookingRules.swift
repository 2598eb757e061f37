import Foundation
import JournalCore

extension SupportTimetable {
    /// The line of `responsible` that holds a consultation from `start` to `end`, if any.
    public func line(of responsible: String, from start: Date, to end: Date) -> SupportSlot? {
        let day = LocalDate(start, in: timeZone)
        guard LocalDate(end.addingTimeInterval(-1), in: timeZone) == day else { return nil }
        return slots.first { slot in
            slot.responsible == responsible && slot.weekdays.contains(day.weekday)
                && slot.start.instant(on: day, in: timeZone) <= start && end <= slot.end.instant(on: day, in: timeZone)
        }
    }
}

/// The time rules of a booking (H-BOOK-1, H-BOOK-2): inside a published line, on its grid, not in
/// the past, with the notice and within the horizon, not on a holiday or in a vacation, and on a
/// shortened pre-holiday day not in its last hour.
struct BookingRules {
    let timetable: SupportTimetable
    let settings: DeskSettings
    let daysOff: [LocalDate: String]
    let shortened: Set<LocalDate>
    let now: Date

    /// Where a line's consultations end on `day`: an hour earlier on a shortened day.
    func end(of slot: SupportSlot, on day: LocalDate) -> Int {
        slot.end.minutes - (shortened.contains(day) ? OrganizationCalendar.shortening : 0)
    }

    var zone: TimeZone { timetable.timeZone }
    var earliest: Date { now.addingTimeInterval(TimeInterval(settings.noticeMinutes * 60)) }
    var latest: Date { now.addingTimeInterval(TimeInterval(settings.horizonDays * 86_400)) }

    /// The line among `lines` and the end of a consultation starting at `start`, or why there is none.
    func place(at start: Date, in lines: [SupportSlot]) throws -> (SupportSlot, Date) {
        let day = LocalDate(start, in: zone)
        if start < now { throw BookingRefusal.inPast }
        if let name = daysOff[day] { throw BookingRefusal.dayOff(name) }
        let minute = ClockTime(start, in: zone)
        let open = lines.filter {
            $0.weekdays.contains(day.weekday) && $0.start <= minute && minute.minutes + $0.slotMinutes <= end(of: $0, on: day)
        }
        guard let slot = open.first else { throw BookingRefusal.outsideSlot }
        guard let onGrid = open.first(where: { (minute.minutes - $0.start.minutes) % $0.slotMinutes == 0 }) else {
            throw BookingRefusal.offGrid(minutes: slot.slotMinutes, from: slot.start)
        }
        if start < earliest { throw BookingRefusal.tooSoon(minutes: settings.noticeMinutes) }
        if start > latest { throw BookingRefusal.beyondHorizon(days: settings.horizonDays) }
        return (onGrid, start.addingTimeInterval(TimeInterval(onGrid.slotMinutes * 60)))
    }

    /// Every consultation time of `lines` from the notice to the horizon, on working days, in time order.
    func times(of lines: [SupportSlot]) -> [(slot: SupportSlot, start: Date, end: Date)] {
        var found: [(slot: SupportSlot, start: Date, end: Date)] = []
        let first = LocalDate(earliest, in: zone)
        let last = LocalDate(latest, in: zone)
        var day = first
        while day <= last {
            defer { day = day.adding(days: 1) }
            if daysOff[day] != nil { continue }
            for slot in lines where slot.weekdays.contains(day.weekday) {
                var minute = slot.start.minutes
                while minute + slot.slotMinutes <= end(of: slot, on: day) {
                    let start = ClockTime(minutes: minute).instant(on: day, in: zone)
                    if start >= earliest && start <= latest {
                        found.append((slot, start, start.addingTimeInterval(TimeInterval(slot.slotMinutes * 60))))
                    }
                    minute += slot.slotMinutes
                }
            }
        }
        return found.sorted { $0.start < $1.start }
    }
}

extension Calendar {
    static func gregorian(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}
