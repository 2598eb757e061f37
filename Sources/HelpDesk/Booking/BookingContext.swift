import Foundation
import JournalCore

/// What one booking decision needs, read inside its transaction: the timetable, the time rules,
/// and the consultations already booked from now on.
struct BookingContext {
    let timetable: SupportTimetable
    let rules: BookingRules
    var booked: [Booking]
    /// Whose consultation it is: no one is booked twice at once.
    let requesterId: Int64

    var zone: TimeZone { timetable.timeZone }

    init(_ store: StoreTransaction, desk: SupportDesk, caller: Caller, requesterId: Int64? = nil) throws {
        timetable = try desk.timetable(store, organizationId: caller.organizationId)
        let now = desk.clock.now
        let settings = try DeskSettings.of(store, organizationId: caller.organizationId)
        let today = LocalDate(now, in: timetable.timeZone)
        let last = today.adding(days: settings.horizonDays + 1)
        rules = BookingRules(
            timetable: timetable, settings: settings,
            daysOff: try OrganizationCalendar.daysOff(store, organizationId: caller.organizationId, from: today, to: last),
            shortened: try OrganizationCalendar.shortenedDays(store, organizationId: caller.organizationId, from: today, to: last),
            now: now)
        booked = try store.records(
            Booking.self, "SELECT * FROM booking WHERE organizationId = ? AND state = ? AND \"end\" > ?",
            [caller.organizationId, BookingState.booked, now])
        self.requesterId = requesterId ?? caller.personId
    }

    /// The lines that can take the consultation: the named specialist's, else those that answer the
    /// question best (lines for any question when none answers it by topic).
    func candidates(topic: String, responsible: String?) throws -> [SupportSlot] {
        if let responsible = responsible?.trimmingCharacters(in: .whitespaces), !responsible.isEmpty {
            let lines = timetable.slots.filter { $0.responsible.lowercased().contains(responsible.lowercased()) }
            if lines.isEmpty { throw DeskError.noSpecialist(responsible) }
            return lines
        }
        let matches = timetable.whoHelps(with: topic)
        guard let best = matches.first?.score else { throw DeskError.noSpecialist(topic) }
        return matches.filter { $0.score == best }.map(\.slot)
    }

    func freePlaces(_ slot: SupportSlot, _ start: Date, _ end: Date) -> Int {
        slot.capacity - booked.filter { $0.responsible == slot.responsible && $0.overlaps(start, end) }.count
    }

    func requesterBooking(_ start: Date, _ end: Date) -> Booking? {
        booked.first { $0.requesterId == requesterId && $0.overlaps(start, end) }
    }

    /// Every free time of `lines` the requester can take, in time order.
    func openings(_ lines: [SupportSlot]) -> [Opening] {
        rules.times(of: lines).compactMap { time in
            let free = freePlaces(time.slot, time.start, time.end)
            guard free > 0, requesterBooking(time.start, time.end) == nil else { return nil }
            return Opening(slot: time.slot, start: time.start, end: time.end, freePlaces: free, zone: zone)
        }
    }

    /// The line and end of a consultation at `start`, or a refusal with the nearest free times.
    func place(at start: Date, in lines: [SupportSlot]) throws -> (SupportSlot, Date) {
        var refusal = BookingRefusal.outsideSlot
        for line in lines {
            do {
                let (slot, end) = try rules.place(at: start, in: [line])
                if let other = requesterBooking(start, end) {
                    refusal = .requesterBusy(with: other.responsible, at: other.start, zone: zone)
                    continue
                }
                if freePlaces(slot, start, end) <= 0 {
                    refusal = .full
                    continue
                }
                return (slot, end)
            } catch let reason as BookingRefusal {
                if refusal == .outsideSlot { refusal = reason }
            }
        }
        throw DeskError.bookingRefused(refusal, alternatives: nearest(to: start, in: lines))
    }

    /// The three free times closest to `date`, in time order.
    func nearest(to date: Date, in lines: [SupportSlot], count: Int = 3) -> [Opening] {
        openings(lines).sorted { abs($0.start.timeIntervalSince(date)) < abs($1.start.timeIntervalSince(date)) }
            .prefix(count).sorted { $0.start < $1.start }
    }
}
