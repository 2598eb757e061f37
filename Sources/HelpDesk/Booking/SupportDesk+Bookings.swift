import Foundation
import GRDB
import JournalCore

/// Consultation bookings (H-BOOK-1, H-BOOK-2): booked inside a published line, within its capacity,
/// never twice at once for the requester; cancelled with a reason, moved, and shown as agendas.
extension SupportDesk {
    /// The next free consultation times for a question, or with a named specialist.
    /// `from`: the first day to offer («запишите на пятницу»), else the nearest.
    public func openings(_ caller: Caller, topic: String, responsible: String? = nil, from day: LocalDate? = nil, count: Int = 5) throws
        -> [Opening]
    {
        try DeskAccess.check(.book, caller, journal)
        try installTimetable(caller)
        return try readDatabase { db in
            let context = try BookingContext(db, desk: self, caller: caller)
            let all = context.openings(try context.candidates(topic: topic, responsible: responsible))
            return Array(all.filter { opening in day.map { LocalDate(opening.start, in: opening.zone) >= $0 } ?? true }.prefix(count))
        }
    }

    /// Books a consultation at `time` on `date` (the organization's local time) with the specialist
    /// named, or with one who answers `topic`. A refusal names the reason and the nearest free times.
    public func book(_ caller: Caller, topic: String, responsible: String? = nil, date: LocalDate, time: ClockTime) throws -> BookingRow {
        try DeskAccess.check(.book, caller, journal)
        let topic = try Validate.text(topic, .topic, max: 300)
        try installTimetable(caller)
        return try writeDatabase { db in
            let context = try BookingContext(db, desk: self, caller: caller)
            let lines = try context.candidates(topic: topic, responsible: responsible)
            let start = time.instant(on: date, in: context.zone)
            let (slot, end) = try context.place(at: start, in: lines)
            var booking = Booking(
                organizationId: caller.organizationId, requesterId: caller.personId, responsible: slot.responsible,
                helpKind: slot.kind, topic: topic, room: slot.room, start: start, end: end, state: .booked,
                createdAt: clock.now)
            try booking.insert(db)
            try tellOfBooking(db, booking, .confirmed)
            return try BookingRow.fetch(db, Booking.filter(key: booking.savedId), timetable: context.timetable)[0]
        }
    }

    /// The free times a consultation may move to: the same specialist's, from `day` (else the
    /// nearest), the consultation's own time not counted as taken.
    public func moveOpenings(_ caller: Caller, id: Int64, from day: LocalDate? = nil, count: Int = 5) throws -> [Opening] {
        try readDatabase { db in
            let booking = try ownBooking(db, caller, id: id)
            var context = try BookingContext(db, desk: self, caller: caller, requesterId: booking.requesterId)
            context.booked.removeAll { $0.id == id }
            let all = context.openings(context.timetable.slots.filter { $0.responsible == booking.responsible })
            return Array(
                all.filter { opening in
                    opening.start != booking.start && (day.map { LocalDate(opening.start, in: opening.zone) >= $0 } ?? true)
                }.prefix(count))
        }
    }

    /// Moves a consultation to another time of the same specialist; the rules are checked again.
    public func moveBooking(_ caller: Caller, id: Int64, date: LocalDate, time: ClockTime) throws -> BookingRow {
        try writeDatabase { db in
            var booking = try ownBooking(db, caller, id: id)
            var context = try BookingContext(db, desk: self, caller: caller, requesterId: booking.requesterId)
            context.booked.removeAll { $0.id == id }
            let start = time.instant(on: date, in: context.zone)
            let (_, end) = try context.place(at: start, in: context.timetable.slots.filter { $0.responsible == booking.responsible })
            booking.movedFrom = booking.start
            booking.sequence += 1
            booking.start = start
            booking.end = end
            try booking.update(db)
            try tellOfBooking(db, booking, .moved)
            return try BookingRow.fetch(db, Booking.filter(key: id), timetable: context.timetable)[0]
        }
    }

    /// Cancels a consultation with a reason; the record stays.
    public func cancelBooking(_ caller: Caller, id: Int64, reason: String) throws -> BookingRow {
        let reason = try Validate.text(reason, .reason, max: 300)
        return try writeDatabase { db in
            var booking = try ownBooking(db, caller, id: id)
            booking.state = .cancelled
            booking.cancelReason = reason
            booking.cancelledAt = clock.now
            booking.cancelledById = caller.personId
            booking.sequence += 1
            try booking.update(db)
            try tellOfBooking(db, booking, .cancelled)
            return try BookingRow.fetch(db, Booking.filter(key: id), timetable: try? timetable(db, organizationId: caller.organizationId))[
                0]
        }
    }

    /// The caller's own consultations: coming ones, or all.
    public func myBookings(_ caller: Caller, includePast: Bool = false) throws -> [BookingRow] {
        try DeskAccess.check(.book, caller, journal)
        return try readDatabase { db in
            var request = Booking.filter(Booking.Columns.requesterId == caller.personId)
            if !includePast {
                request = request.filter(Booking.Columns.end > clock.now && Booking.Columns.state == BookingState.booked.rawValue)
            }
            return try BookingRow.fetch(db, request, timetable: try? timetable(db, organizationId: caller.organizationId))
        }
    }

    /// The consultations the caller gives: those booked on their own lines, past and coming.
    public func appointments(_ caller: Caller) throws -> [BookingRow] {
        if caller.mustChangePassword { throw JournalError.passwordChangeRequired }
        return try readDatabase { db in
            guard let timetable = try? timetable(db, organizationId: caller.organizationId) else { return [] }
            let own = ownLines(timetable, caller).map(\.responsible)
            if own.isEmpty { return [] }
            return try BookingRow.fetch(
                db, Booking.filter(Booking.Columns.organizationId == caller.organizationId && own.contains(Booking.Columns.responsible)),
                timetable: timetable)
        }
    }

    /// A specialist's consultations of a day: the caller's own lines, or the specialist named.
    public func agenda(_ caller: Caller, responsible: String? = nil, date: LocalDate) throws -> [BookingRow] {
        if caller.mustChangePassword { throw JournalError.passwordChangeRequired }
        try installTimetable(caller)
        return try readDatabase { db in
            let timetable = try timetable(db, organizationId: caller.organizationId)
            let names = try specialists(db, timetable, caller: caller, named: responsible)
            let from = ClockTime.midnight.instant(on: date, in: timetable.timeZone)
            let to = ClockTime.midnight.instant(on: date.adding(days: 1), in: timetable.timeZone)
            return try BookingRow.fetch(
                db,
                Booking.filter(Booking.Columns.organizationId == caller.organizationId)
                    .filter(names.contains(Booking.Columns.responsible) && Booking.Columns.start >= from && Booking.Columns.start < to),
                timetable: timetable)
        }
    }

    /// What to remind of at login: the caller's consultations of the coming week and, for a
    /// specialist, the week's agenda.
    public func upcoming(_ caller: Caller, days: Int = 7) throws -> (mine: [BookingRow], agenda: [BookingRow]) {
        if caller.mustChangePassword { return ([], []) }
        return try readDatabase { db in
            let timetable = try? timetable(db, organizationId: caller.organizationId)
            let soon = Booking.filter(
                Booking.Columns.organizationId == caller.organizationId && Booking.Columns.state == BookingState.booked.rawValue
            )
            .filter(Booking.Columns.end > clock.now && Booking.Columns.start < clock.now.addingTimeInterval(TimeInterval(days * 86_400)))
            let mine = try BookingRow.fetch(db, soon.filter(Booking.Columns.requesterId == caller.personId), timetable: timetable)
            let own = timetable.map { ownLines($0, caller).map(\.responsible) } ?? []
            let agenda =
                own.isEmpty
                ? [] : try BookingRow.fetch(db, soon.filter(Set(own).contains(Booking.Columns.responsible)), timetable: timetable)
            return (mine, agenda)
        }
    }

    /// The organization's booking notice and horizon.
    public func deskSettings(_ caller: Caller) throws -> DeskSettings {
        try readDatabase { db in try DeskSettings.of(db, organizationId: caller.organizationId) }
    }

    public func updateDeskSettings(_ caller: Caller, noticeMinutes: Int?, horizonDays: Int?) throws -> DeskSettings {
        try DeskAccess.check(.manageDeskSettings, caller, journal)
        if let noticeMinutes, !(0...10080).contains(noticeMinutes) {
            throw DeskError.invalid(.noticeMinutes, .outOfRange(min: 0, max: 10080))
        }
        if let horizonDays, !(1...366).contains(horizonDays) { throw DeskError.invalid(.horizonDays, .outOfRange(min: 1, max: 366)) }
        return try writeDatabase { db in
            var settings = try DeskSettings.of(db, organizationId: caller.organizationId)
            if let noticeMinutes { settings.noticeMinutes = noticeMinutes }
            if let horizonDays { settings.horizonDays = horizonDays }
            try settings.save(db)
            return settings
        }
    }

    /// Makes sure the organization's timetable is stored: on first use its file is read.
    private func installTimetable(_ caller: Caller) throws {
        _ = try timetable(for: caller)
    }

    /// The lines of the timetable that name the caller.
    func ownLines(_ timetable: SupportTimetable, _ caller: Caller) -> [SupportSlot] {
        timetable.slots.filter { SpecialistName.names($0.responsible, fullName: caller.fullName, roles: caller.roles) }
    }

    /// The specialists whose agenda the caller may see: their own, or the one named if the caller
    /// is that specialist or keeps the desk.
    private func specialists(_ db: Database, _ timetable: SupportTimetable, caller: Caller, named: String?) throws -> Set<String> {
        let own = Set(ownLines(timetable, caller).map(\.responsible))
        guard let named else {
            if own.isEmpty { throw DeskError.noSpecialist(caller.fullName) }
            return own
        }
        let found = Set(timetable.slots.map(\.responsible).filter { $0.lowercased().contains(named.lowercased()) })
        if found.isEmpty { throw DeskError.noSpecialist(named) }
        if !found.isSubset(of: own) { try DeskAccess.check(.viewAgenda, caller, db) }
        return found
    }

    /// A booking the caller may change: their own, one of their lines, or any for those who keep the desk.
    private func ownBooking(_ db: Database, _ caller: Caller, id: Int64) throws -> Booking {
        try caller.checkSession(db.store)
        guard let booking = try Booking.fetchOne(db, key: id), booking.organizationId == caller.organizationId else {
            throw DeskError.bookingNotFound(id)
        }
        if booking.state == .cancelled { throw DeskError.bookingRefused(.alreadyCancelled, alternatives: []) }
        let isSpecialist = SpecialistName.names(booking.responsible, fullName: caller.fullName, roles: caller.roles)
        if booking.requesterId != caller.personId && !isSpecialist { try DeskAccess.checkRole(.manageBooking, caller) }
        return booking
    }
}
