import Foundation
import GRDB
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
        let before = try readDatabase { db in try OutboxMessage.fetchCount(db) }
        try writeDatabase { db in
            try queueBookingReminders(db)
            try queueTrainingReminders(db)
            try queueDeadlineWarnings(db)
        }
        for organization in try readDatabase({ db in try Directory.organizations(db.store) }) {
            try queueWeeklyDigests(organization)
        }
        return try readDatabase { db in try OutboxMessage.fetchCount(db) } - before
    }

    /// The day before and the hour before a consultation, to both sides; a consultation booked
    /// less than a day (an hour) ahead has its confirmation instead.
    private func queueBookingReminders(_ db: Database) throws {
        let now = clock.now
        let coming = try Booking.filter(Booking.Columns.state == BookingState.booked.rawValue)
            .filter(Booking.Columns.start > now && Booking.Columns.start <= now.addingTimeInterval(24 * 3600)).fetchAll(db)
        for booking in coming {
            let ahead = booking.start.timeIntervalSince(booking.createdAt)
            let left = booking.start.timeIntervalSince(now)
            let change: BookingChange? =
                left <= 3600 ? (ahead > 2 * 3600 ? .hourBefore : nil) : (ahead > 24 * 3600 ? .dayBefore : nil)
            guard let change else { continue }
            try tellOfBooking(db, booking, change, key: "booking:\(booking.savedId):\(booking.sequence):\(change.rawValue)")
        }
    }

    /// The day before a training, to those registered.
    private func queueTrainingReminders(_ db: Database) throws {
        let now = clock.now
        for organization in try Directory.organizations(db.store) {
            let today = LocalDate(now, in: organization.zone)
            let trainings = try Training.filter(
                Training.Columns.organizationId == organization.savedId && Training.Columns.cancelled == false
            )
            .filter(Training.Columns.date >= today && Training.Columns.date <= today.adding(days: 1)).fetchAll(db)
            for training in trainings {
                let start = training.start.instant(on: training.date, in: organization.zone)
                guard start > now, start.timeIntervalSince(now) <= 24 * 3600 else { continue }
                let people = try Int64.fetchAll(
                    db, sql: "SELECT personId FROM trainingRegistration WHERE trainingId = ?", arguments: [training.savedId])
                try tellOfTraining(
                    db, training, reminder: true, to: try people.compactMap { try Directory.contact(db.store, personId: $0) })
            }
        }
    }

    /// An open ticket whose resolution deadline is less than an hour of working time away, or
    /// past: its specialist and the school's journal administrator are told (H-TICKET-3).
    private func queueDeadlineWarnings(_ db: Database) throws {
        let open = try Ticket.all().open().fetchAll(db)
        for row in try TicketRow.rows(db, desk: self, open) where !row.clock.paused && !row.clock.resolution.met {
            let passed = row.clock.resolution.isOverdue
            guard passed || row.clock.resolution.left <= Self.deadlineWarningMinutes else { continue }
            let ticket = row.ticket
            var people = [ticket.assigneePersonId].compactMap { $0 }
            if let admin = try Directory.journalAdministrator(db.store, organizationId: ticket.organizationId) { people.append(admin.id) }
            let notice = try TicketNotice(
                ticket: ticket.savedId, topic: ticket.topic, deadline: row.clock.resolution.due, requester: ticket.requesterLogin)
            for personId in Set(people).sorted() {
                guard let contact = try Directory.contact(db.store, personId: personId) else { continue }
                try enqueue(
                    db, .ticketDeadline(notice, passed: passed), to: contact,
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
        let guardians = try readDatabase { db in
            var deliveries: [Int64: DigestDelivery] = [:]
            for preference in try MailPreference.filter(MailPreference.Columns.digest != DigestDelivery.none.rawValue).fetchAll(db)
            where try Directory.contact(db.store, personId: preference.personId)?.organizationId == organization.id {
                deliveries[preference.personId] = preference.digest
            }
            for personId in try Directory.guardiansWhoDeclined(db.store, organizationId: organization.savedId) {
                deliveries[personId] = .paper
            }
            return deliveries.sorted { $0.key < $1.key }.map { (personId: $0.key, digest: $0.value) }
        }
        for preference in guardians {
            let (guardian, children) = try readDatabase { db in
                (
                    try Directory.contact(db.store, personId: preference.personId),
                    try Directory.children(db.store, guardianId: preference.personId, on: saturday)
                )
            }
            guard let guardian, !children.isEmpty else { continue }
            var weeks: [(week: ChildWeek, classId: Int64?)] = []
            for child in children {
                let lines = try journal.weekOfStudent(studentId: child.student.personId, from: monday, to: saturday)
                let className = try readDatabase { db in
                    try child.classId.flatMap { try Directory.classTeacher(db.store, classId: $0) }?.className
                }
                weeks.append((Self.childWeek(child.student.fullName, className: className, lines), child.classId))
            }
            try writeDatabase { db in
                switch preference.digest {
                case .none: break
                case .email:
                    let notice = DigestNotice(from: monday, to: saturday, children: weeks.map(\.week), guardian: guardian.fullName)
                    try enqueue(db, .digest(notice), to: guardian, key: "digest:\(guardian.personId):\(week)")
                case .paper:
                    for (index, child) in weeks.enumerated() {
                        guard let classId = child.classId, let teacher = try Directory.classTeacher(db.store, classId: classId)?.teacher
                        else {
                            continue
                        }
                        let notice = DigestNotice(from: monday, to: saturday, children: [child.week], guardian: guardian.fullName)
                        try enqueue(
                            db, .paperReport(notice), to: teacher,
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
