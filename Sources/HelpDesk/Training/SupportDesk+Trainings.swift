import Foundation
import JournalCore

/// What planning a training takes (H-TRAIN-1).
public struct TrainingPlan: Sendable {
    /// Nil takes the audience's first default topic (seed 000 §2.1).
    public var topic: String?
    public var audience: TrainingAudience
    public var gradeBand: GradeBand?
    public var format: TrainingFormat
    public var date: LocalDate
    public var start: ClockTime
    public var end: ClockTime
    public var room: String?
    public var trainer: String
    public var capacity: Int

    public init(
        topic: String?, audience: TrainingAudience, gradeBand: GradeBand? = nil, format: TrainingFormat = .training,
        date: LocalDate, start: ClockTime, end: ClockTime, room: String?, trainer: String, capacity: Int
    ) {
        self.topic = topic
        self.audience = audience
        self.gradeBand = gradeBand
        self.format = format
        self.date = date
        self.start = start
        self.end = end
        self.room = room
        self.trainer = trainer
        self.capacity = capacity
    }
}

/// Trainings and seminars (H-TRAIN-1): planned by the administration, with registration and attendance.
extension SupportDesk {
    public func planTraining(_ caller: Caller, _ plan: TrainingPlan) throws -> Training {
        try DeskAccess.check(.planTraining, caller, journal)
        let topic = try Validate.text(plan.topic ?? DefaultTopics.topics(for: plan.audience)[0], .topic, max: 300)
        let trainer = try DeskValidate.text(plan.trainer, .trainer, max: 120)
        let room = try Validate.optionalText(plan.room, .room, max: 60)
        if plan.end <= plan.start { throw JournalError.invalid(.time, .endBeforeStart) }
        if !(1...1000).contains(plan.capacity) { throw DeskError.invalid(.capacity, .outOfRange(min: 1, max: 1000)) }
        if plan.gradeBand != nil && plan.audience != .teachers { throw DeskError.invalid(.gradeBand, .notAllowedRole) }
        return try write { store in
            let holiday = try OrganizationCalendar.holidays(store, organizationId: caller.organizationId, from: plan.date, to: plan.date)
            if let name = holiday[plan.date] { throw JournalError.invalid(.date, .holiday(name)) }
            let sameDay = try store.records(
                Training.self, "SELECT * FROM training WHERE organizationId = ? AND date = ? AND cancelled = 0 ORDER BY id",
                [caller.organizationId, plan.date])
            if let clash = sameDay.first(where: {
                $0.start < plan.end && plan.start < $0.end && ($0.trainer == trainer || (room != nil && $0.room == room))
            }) {
                throw JournalError.invalid(.time, .overlaps(clash.topic))
            }
            var training = Training(
                organizationId: caller.organizationId, topic: topic, audience: plan.audience, gradeBand: plan.gradeBand,
                format: plan.format, date: plan.date, start: plan.start, end: plan.end, room: room, trainer: trainer,
                capacity: plan.capacity, cancelled: false)
            try store.insert(&training)
            try tellOfTraining(store, training, reminder: false, to: try audienceContacts(store, training))
            return training
        }
    }

    /// The organization's trainings from `from` on (all when nil), by date.
    public func trainings(_ caller: Caller, from: LocalDate? = nil) throws -> [TrainingRow] {
        try DeskAccess.check(.viewTrainings, caller, journal)
        return try read { store in
            var query = StoreQuery("SELECT * FROM training WHERE organizationId = ?", [caller.organizationId])
            query.and("date >= ?", from)
            let trainings = try store.records(Training.self, query.then("ORDER BY date, start"), query.arguments)
            return try trainings.map { training in
                let registrations = try store.records(
                    TrainingRegistration.self, "SELECT * FROM trainingRegistration WHERE trainingId = ?", [training.savedId])
                return TrainingRow(
                    training: training, registered: registrations.count, attended: registrations.filter { $0.attended == true }.count)
            }
        }
    }

    /// Registers the caller, or (for those who plan trainings) the person given.
    public func register(_ caller: Caller, trainingId: Int64, personId: Int64? = nil) throws -> Training {
        try DeskAccess.check(.registerForTraining, caller, journal)
        if personId != nil && personId != caller.personId { try DeskAccess.check(.planTraining, caller, journal) }
        return try write { store in
            let training = try training(store, caller, id: trainingId)
            if training.cancelled { throw DeskError.trainingCancelled }
            let person = try person(store, caller, id: personId ?? caller.personId)
            if !training.audience.includes(person.roles) { throw DeskError.wrongAudience(training.audience) }
            if try registration(store, trainingId: trainingId, personId: person.id) != nil {
                throw DeskError.alreadyRegistered(person.name)
            }
            let registered = try store.value(Int.self, "SELECT COUNT(*) FROM trainingRegistration WHERE trainingId = ?", [trainingId]) ?? 0
            if registered >= training.capacity { throw DeskError.trainingFull(capacity: training.capacity) }
            try store.insert(TrainingRegistration(trainingId: trainingId, personId: person.id, registeredAt: clock.now, attended: nil))
            return training
        }
    }

    /// Records whether a registered person came.
    public func recordTrainingAttendance(_ caller: Caller, trainingId: Int64, personId: Int64, attended: Bool) throws {
        try DeskAccess.check(.recordTrainingAttendance, caller, journal)
        try write { store in
            let training = try training(store, caller, id: trainingId)
            guard !training.cancelled else { throw DeskError.trainingCancelled }
            // Who came is known once it has begun, not before.
            let zone = try organization(store, id: training.organizationId).zone
            guard training.start.instant(on: training.date, in: zone) <= clock.now else {
                throw DeskError.trainingNotBegun(training.date, training.start)
            }
            guard var registration = try registration(store, trainingId: trainingId, personId: personId) else {
                throw DeskError.notRegistered(try person(store, caller, id: personId).name)
            }
            registration.attended = attended
            try store.update(registration)
        }
    }

    /// Who registered for a training, with attendance.
    public func registrations(_ caller: Caller, trainingId: Int64) throws -> [(name: String, attended: Bool?)] {
        try DeskAccess.check(.viewTrainings, caller, journal)
        return try read { store in
            _ = try training(store, caller, id: trainingId)
            let rows = try store.rows("SELECT personId, attended FROM trainingRegistration WHERE trainingId = ?", [trainingId])
            let registrations: [(personId: Int64, attended: Bool?)] = try rows.map { row in (try row["personId"], try row["attended"]) }
            let names = try Directory.names(store, personIds: registrations.map(\.personId))
            return registrations.map { (names[$0.personId] ?? "", $0.attended) }.sorted { $0.0 < $1.0 }
        }
    }

    public func cancelTraining(_ caller: Caller, trainingId: Int64) throws -> Training {
        try DeskAccess.check(.planTraining, caller, journal)
        return try write { store in
            var training = try training(store, caller, id: trainingId)
            if training.cancelled { throw DeskError.trainingCancelled }
            training.cancelled = true
            try store.update(training)
            return training
        }
    }

    private func training(_ store: StoreTransaction, _ caller: Caller, id: Int64) throws -> Training {
        guard let training = try store.record(Training.self, id: id), training.organizationId == caller.organizationId else {
            throw DeskError.trainingNotFound(id)
        }
        return training
    }

    /// A person's registration for a training, if they have one.
    private func registration(_ store: StoreTransaction, trainingId: Int64, personId: Int64) throws -> TrainingRegistration? {
        try store.record(
            TrainingRegistration.self, "SELECT * FROM trainingRegistration WHERE trainingId = ? AND personId = ?", [trainingId, personId])
    }

    private func person(_ store: StoreTransaction, _ caller: Caller, id: Int64) throws -> (id: Int64, name: String, roles: Set<Role>) {
        guard let person = try Directory.person(store, id: id, organizationId: caller.organizationId) else {
            throw JournalError.invalid(.person, .otherOrganization)
        }
        return (id, person.fullName, person.roles)
    }
}
