import Foundation
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
        return try read { store in
            let context = try BookingContext(store, desk: self, caller: caller)
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
        return try write { store in
            let context = try BookingContext(store, desk: self, caller: caller)
            let lines = try context.candidates(topic: topic, responsible: responsible)
            let start = time.instant(on: date, in: context.zone)
            let (slot, end) = try context.place(at: start, in: lines)
            var booking = Booking(
                organizationId: caller.organizationId, requesterId: caller.personId, responsible: slot.responsible,
                helpKind: slot.kind, topic: topic, room: slot.room, start: start, end: end, state: .booked,
                createdAt: clock.now)
            try store.insert(&booking)
            try tellOfBooking(store, booking, .confirmed)
            return try bookingRow(store, id: booking.savedId, timetable: context.timetable)
        }
    }

    /// The free times a consultation may move to: the same specialist's, from `day` (else the
    /// nearest), the consultation's own time not counted as taken.
    public func moveOpenings(_ caller: Caller, id: Int64, from day: LocalDate? = nil, count: Int = 5) throws -> [Opening] {
        try read { store in
            let booking = try ownBooking(store, caller, id: id)
            var context = try BookingContext(store, desk: self, caller: caller, requesterId: booking.requesterId)
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
        try write { store in
            var booking = try ownBooking(store, caller, id: id)
            var context = try BookingContext(store, desk: self, caller: caller, requesterId: booking.requesterId)
            context.booked.removeAll { $0.id == id }
            let start = time.instant(on: date, in: context.zone)
            let (_, end) = try context.place(at: start, in: context.timetable.slots.filter { $0.responsible == booking.responsible })
            booking.movedFrom = booking.start
            booking.sequence += 1
            booking.start = start
            booking.end = end
            try store.update(booking)
            try tellOfBooking(store, booking, .moved)
            return try bookingRow(store, id: id, timetable: context.timetable)
        }
    }

    /// Cancels a consultation with a reason; the record stays.
    public func cancelBooking(_ caller: Caller, id: Int64, reason: String) throws -> BookingRow {
        let reason = try Validate.text(reason, .reason, max: 300)
        return try write { store in
            var booking = try ownBooking(store, caller, id: id)
            booking.state = .cancelled
            booking.cancelReason = reason
            booking.cancelledAt = clock.now
            booking.cancelledById = caller.personId
            booking.sequence += 1
            try store.update(booking)
            try tellOfBooking(store, booking, .cancelled)
            return try bookingRow(store, id: id, timetable: try? timetable(store, organizationId: caller.organizationId))
        }
    }

    /// The caller's own consultations: coming ones, or all.
    public func myBookings(_ caller: Caller, includePast: Bool = false) throws -> [BookingRow] {
        try DeskAccess.check(.book, caller, journal)
        return try read { store in
            var condition = "requesterId = ?"
            var arguments: StoreArguments = [caller.personId]
            if !includePast {
                condition += " AND \"end\" > ? AND state = ?"
                arguments += [clock.now, BookingState.booked]
            }
            return try BookingRow.fetch(
                store, where: condition, arguments, timetable: try? timetable(store, organizationId: caller.organizationId))
        }
    }

    /// The consultations the caller gives: those booked on their own lines, past and coming.
    public func appointments(_ caller: Caller) throws -> [BookingRow] {
        if caller.mustChangePassword { throw JournalError.passwordChangeRequired }
        return try read { store in
            guard let timetable = try? timetable(store, organizationId: caller.organizationId) else { return [] }
            let own = ownLines(timetable, caller).map(\.responsible)
            if own.isEmpty { return [] }
            return try BookingRow.fetch(
                store, where: "organizationId = ? AND responsible IN (\(StoreTransaction.placeholders(own.count)))",
                [caller.organizationId] + own,
                timetable: timetable)
        }
    }

    /// A specialist's consultations of a day: the caller's own lines, or the specialist named.
    public func agenda(_ caller: Caller, responsible: String? = nil, date: LocalDate) throws -> [BookingRow] {
        if caller.mustChangePassword { throw JournalError.passwordChangeRequired }
        try installTimetable(caller)
        return try read { store in
            let timetable = try timetable(store, organizationId: caller.organizationId)
            let names = Array(try specialists(store, timetable, caller: caller, named: responsible))
            let from = ClockTime.midnight.instant(on: date, in: timetable.timeZone)
            let to = ClockTime.midnight.instant(on: date.adding(days: 1), in: timetable.timeZone)
            return try BookingRow.fetch(
                store,
                where: "organizationId = ? AND responsible IN (\(StoreTransaction.placeholders(names.count))) AND start >= ? AND start < ?",
                [caller.organizationId] + names + [from, to], timetable: timetable)
        }
    }

    /// What to remind of at login: the caller's consultations of the coming week and, for a
    /// specialist, the week's agenda.
    public func upcoming(_ caller: Caller, days: Int = 7) throws -> (mine: [BookingRow], agenda: [BookingRow]) {
        if caller.mustChangePassword { return ([], []) }
        return try read { store in
            let timetable = try? timetable(store, organizationId: caller.organizationId)
            let soon = "organizationId = ? AND state = ? AND \"end\" > ? AND start < ?"
            let soonArguments: StoreArguments = [
                caller.organizationId, BookingState.booked, clock.now, clock.now.addingTimeInterval(TimeInterval(days * 86_400)),
            ]
            let mine = try BookingRow.fetch(
                store, where: soon + " AND requesterId = ?", soonArguments + [caller.personId], timetable: timetable)
            let own = Array(Set(timetable.map { ownLines($0, caller).map(\.responsible) } ?? []))
            let agenda =
                own.isEmpty
                ? []
                : try BookingRow.fetch(
                    store, where: soon + " AND responsible IN (\(StoreTransaction.placeholders(own.count)))", soonArguments + own,
                    timetable: timetable)
            return (mine, agenda)
        }
    }

    /// The organization's booking notice and horizon.
    public func deskSettings(_ caller: Caller) throws -> DeskSettings {
        try read { store in try DeskSettings.of(store, organizationId: caller.organizationId) }
    }

    public func updateDeskSettings(_ caller: Caller, noticeMinutes: Int?, horizonDays: Int?) throws -> DeskSettings {
        try DeskAccess.check(.manageDeskSettings, caller, journal)
        if let noticeMinutes, !(0...10080).contains(noticeMinutes) {
            throw DeskError.invalid(.noticeMinutes, .outOfRange(min: 0, max: 10080))
        }
        if let horizonDays, !(1...366).contains(horizonDays) { throw DeskError.invalid(.horizonDays, .outOfRange(min: 1, max: 366)) }
        return try write { store in
            var settings = try DeskSettings.of(store, organizationId: caller.organizationId)
            if let noticeMinutes { settings.noticeMinutes = noticeMinutes }
            if let horizonDays { settings.horizonDays = horizonDays }
            try store.save(settings)
            return settings
        }
    }

    /// The booking `id` as lists show it, just written in this transaction.
    private func bookingRow(_ store: StoreTransaction, id: Int64, timetable: SupportTimetable?) throws -> BookingRow {
        guard let row = try BookingRow.fetch(store, where: "id = ?", [id], timetable: timetable).first else {
            throw DeskError.bookingNotFound(id)
        }
        return row
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
    private func specialists(_ store: StoreTransaction, _ timetable: SupportTimetable, caller: Caller, named: String?) throws -> Set<String>
    {
        let own = Set(ownLines(timetable, caller).map(\.responsible))
        guard let named else {
            if own.isEmpty { throw DeskError.noSpecialist(caller.fullName) }
            return own
        }
        let found = Set(timetable.slots.map(\.responsible).filter { $0.lowercased().contains(named.lowercased()) })
        if found.isEmpty { throw DeskError.noSpecialist(named) }
        if !found.isSubset(of: own) { try DeskAccess.check(.viewAgenda, caller, store) }
        return found
    }

    /// A booking the caller may change: their own, one of their lines, or any for those who keep the desk.
    private func ownBooking(_ store: StoreTransaction, _ caller: Caller, id: Int64) throws -> Booking {
        try caller.checkSession(store)
        guard let booking = try store.record(Booking.self, id: id), booking.organizationId == caller.organizationId else {
            throw DeskError.bookingNotFound(id)
        }
        if booking.state == .cancelled { throw DeskError.bookingRefused(.alreadyCancelled, alternatives: []) }
        let isSpecialist = SpecialistName.names(booking.responsible, fullName: caller.fullName, roles: caller.roles)
        if booking.requesterId != caller.personId && !isSpecialist { try DeskAccess.checkRole(.manageBooking, caller) }
        return booking
    }
}
