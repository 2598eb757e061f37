import Foundation
import JournalCore

/// The messages a moment brings rather than a change: reminders of consultations and trainings,
/// deadlines about to pass, the weekly digests. Each has a key, so that it is queued once however
/// often `notify` runs.
extension SupportDesk {
    /// Working minutes before a resolution deadline when the specialist is warned (H-TICKET-3).
    public static let deadlineWarningMinutes = 60

    /// Queues what is due now; returns how many messages were queued.
    @discardableResult
    public func queueTimedMessages() throws -> Int {
        let before = try read { store in try outboxCount(store) }
        try write { store in
            try queueBookingReminders(store)
            try queueTrainingReminders(store)
            try queueDeadlineWarnings(store)
        }
        for organization in try read({ store in try Directory.organizations(store) }) {
            try queueWeeklyDigests(organization)
        }
        return try read { store in try outboxCount(store) } - before
    }

    /// How many messages the outbox holds, whatever their state.
    private func outboxCount(_ store: StoreTransaction) throws -> Int {
        try store.value(Int.self, "SELECT COUNT(*) FROM outboxMessage") ?? 0
    }

    /// The day before and the hour before a consultation, to both sides; a consultation booked
    /// less than a day (an hour) ahead has its confirmation instead.
    private func queueBookingReminders(_ store: StoreTransaction) throws {
        let now = clock.now
        let coming = try store.records(
            Booking.self, "SELECT * FROM booking WHERE state = ? AND start > ? AND start <= ?",
            [BookingState.booked, now, now.addingTimeInterval(24 * 3600)])
        for booking in coming {
            let ahead = booking.start.timeIntervalSince(booking.createdAt)
            let left = booking.start.timeIntervalSince(now)
            let change: BookingChange? =
                left <= 3600 ? (ahead > 2 * 3600 ? .hourBefore : nil) : (ahead > 24 * 3600 ? .dayBefore : nil)
            guard let change else { continue }
            try tellOfBooking(store, booking, change, key: "booking:\(booking.savedId):\(booking.sequence):\(change.rawValue)")
        }
    }

    /// The day before a training, to those registered.
    private func queueTrainingReminders(_ store: StoreTransaction) throws {
        let now = clock.now
        for organization in try Directory.organizations(store) {
            let today = LocalDate(now, in: organization.zone)
            let trainings = try store.records(
                Training.self, "SELECT * FROM training WHERE organizationId = ? AND cancelled = 0 AND date >= ? AND date <= ?",
                [organization.savedId, today, today.adding(days: 1)])
            for training in trainings {
                let start = training.start.instant(on: training.date, in: organization.zone)
                guard start > now, start.timeIntervalSince(now) <= 24 * 3600 else { continue }
                let people = try store.values(
                    Int64.self, "SELECT personId FROM trainingRegistration WHERE trainingId = ?", [training.savedId])
                try tellOfTraining(
                    store, training, reminder: true, to: try people.compactMap { try Directory.contact(store, personId: $0) })
            }
        }
    }

    /// An open ticket whose resolution deadline is less than an hour of working time away, or
    /// past: its specialist and the school's journal administrator are told (H-TICKET-3).
    private func queueDeadlineWarnings(_ store: StoreTransaction) throws {
        let open = try store.records(Ticket.self, "SELECT * FROM ticket WHERE \(TicketCondition.open.sql)", TicketCondition.open.arguments)
        for row in try TicketRow.rows(store, desk: self, open) where !row.clock.paused && !row.clock.resolution.met {
            let passed = row.clock.resolution.isOverdue
            guard passed || row.clock.resolution.left <= Self.deadlineWarningMinutes else { continue }
            let ticket = row.ticket
            var people = [ticket.assigneePersonId].compactMap { $0 }
            if let admin = try Directory.journalAdministrator(store, organizationId: ticket.organizationId) { people.append(admin.id) }
            let notice = try TicketNotice(
                ticket: ticket.savedId, topic: ticket.topic, deadline: row.clock.resolution.due, requester: ticket.requesterLogin)
            for personId in Set(people).sorted() {
                guard let contact = try Directory.contact(store, personId: personId) else { continue }
                try enqueue(
                    store, .ticketDeadline(notice, passed: passed), to: contact,
                    key: "ticket:\(ticket.savedId):\(passed ? "passed" : "near"):\(personId)")
            }
        }
    }

    /// On Saturday from 10:00, the week from Monday: to each guardian who subscribed, their
    /// digest; for each child of a guardian who declined electronic access, the printable week to
    /// the class teacher (J-DIARY-2, seed 002 first part §2).
    private func queueWeeklyDigests(_ organization: Organization) throws {
        let zone = organization.zone
        let today = LocalDate(clock.now, in: zone)
        let monday = today.adding(days: -(today.weekday - 1))
        let saturday = monday.adding(days: 5)
        guard clock.now >= ClockTime(10, 0).instant(on: saturday, in: zone) else { return }
        let week = monday.description
        // Those who chose a digest, and the guardians of the families that declined electronic
        // access (J-PD-1): theirs is the printout, whatever else was chosen.
        let guardians = try read { store in
            var deliveries: [Int64: DigestDelivery] = [:]
            for preference in try store.records(
                MailPreference.self, "SELECT * FROM mailPreference WHERE digest <> ?", [DigestDelivery.none])
            where try Directory.contact(store, personId: preference.personId)?.organizationId == organization.id {
                deliveries[preference.personId] = preference.digest
            }
            for personId in try Directory.guardiansWhoDeclined(store, organizationId: organization.savedId) {
                deliveries[personId] = .paper
            }
            return deliveries.sorted { $0.key < $1.key }.map { (personId: $0.key, digest: $0.value) }
        }
        for preference in guardians {
            let (guardian, children) = try read { store in
                (
                    try Directory.contact(store, personId: preference.personId),
                    try Directory.children(store, guardianId: preference.personId, on: saturday)
                )
            }
            guard let guardian, !children.isEmpty else { continue }
            var weeks: [(week: ChildWeek, classId: Int64?)] = []
            for child in children {
                let lines = try journal.weekOfStudent(studentId: child.student.personId, from: monday, to: saturday)
                let className = try read { store in
                    try child.classId.flatMap { try Directory.classTeacher(store, classId: $0) }?.className
                }
                weeks.append((Self.childWeek(child.student.fullName, className: className, lines), child.classId))
            }
            try write { store in
                switch preference.digest {
                case .none: break
                case .email:
                    let notice = DigestNotice(from: monday, to: saturday, children: weeks.map(\.week), guardian: guardian.fullName)
                    try enqueue(store, .digest(notice), to: guardian, key: "digest:\(guardian.personId):\(week)")
                case .paper:
                    for (index, child) in weeks.enumerated() {
                        guard let classId = child.classId, let teacher = try Directory.classTeacher(store, classId: classId)?.teacher
                        else {
                            continue
                        }
                        let notice = DigestNotice(from: monday, to: saturday, children: [child.week], guardian: guardian.fullName)
                        try enqueue(
                            store, .paperReport(notice), to: teacher,
                            key: "paper:\(guardian.personId):\(children[index].student.personId):\(week)")
                    }
                }
            }
        }
    }

    static func childWeek(_ name: String, className: String?, _ lines: [DiaryLine]) -> ChildWeek {
        ChildWeek(
            name: name, className: className,
            marks: lines.filter { !$0.marks.isEmpty }.map {
                DigestMark(date: $0.lesson.date, subject: $0.subjectName, values: $0.marks.map(\.rawValue))
            },
            homework: lines.compactMap { line in
                line.lesson.homework.map { DigestHomework(date: line.lesson.date, subject: line.subjectName, text: $0) }
            },
            absences: lines.compactMap { line in
                guard let status = line.attendance, status != .present else { return nil }
                return DigestAbsence(date: line.lesson.date, subject: line.subjectName, late: status == .late)
            })
    }
}
