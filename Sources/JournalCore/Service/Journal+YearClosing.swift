import Foundation
internal import GRDB

/// What closing a year does to one pupil (J-YEAR-2).
public enum PromotionOutcome: String, Sendable, Equatable, CaseIterable {
    /// Into the next grade's class of the next year.
    case promoted
    /// Grade 11, or a 9th-grader who leaves with the basic school finished.
    case graduated
    /// Kept in the same grade for another year, by the pedagogical council's decision.
    case retained
    /// Leaves the school with the year.
    case leaving
}

/// One pupil's line of the closing.
public struct PromotionLine: Sendable, Equatable {
    public var studentId: Int64
    public var student: String
    public var from: String
    /// The class of the next year; nil for those who graduate or leave.
    public var to: String?
    public var outcome: PromotionOutcome
}

/// What closing a year did, or would do.
public struct YearClosingReport: Sendable, Equatable {
    public var year: String
    public var nextYear: String
    public var lines: [PromotionLine]
    /// The next year's classes created for the promotion.
    public var createdClasses: [String]
    public var applied: Bool
    /// The audit chain's head written on the closure (and on the archived journals).
    public var auditHead: String?
}

/// The movement notes the closing writes, in the school's language: given by the caller.
public struct PromotionNotes: Sendable {
    public var notes: [PromotionOutcome: String]

    public init(_ notes: [PromotionOutcome: String]) { self.notes = notes }
}

extension Journal {
    /// Closes `yearId` by the director's order (J-YEAR-2, J-ARCH-3): pupils of grades 1–10 move to
    /// the next grade's class of the same letter in the next year (9 into 10), grade 11 graduates,
    /// `retained` stay in their grade and `leaving` leave (a 9th-grader leaving has finished the
    /// basic school); only after the year's last reporting period has ended; the next year's classes are created
    /// when it has none (with the same class teachers), and a class whose target is missing from
    /// a next year that has classes is refused by name. The year then becomes read-only. One
    /// transaction; `dryRun` only reports.
    public func closeYear(
        _ caller: Caller, yearId: Int64, orderNumber: String, orderDate: LocalDate, retained: Set<Int64> = [],
        leaving: Set<Int64> = [], notes: PromotionNotes, dryRun: Bool, progress: WorkProgress? = nil
    ) throws -> YearClosingReport {
        let orderNumber = try Validate.text(orderNumber, .number, max: 40)
        if !retained.isDisjoint(with: leaving) { throw JournalError.invalid(.student, .ambiguous([])) }
        return try write { db in
            let year = try checkYearAccess(.closeYear, caller, yearId, db)
            try requireOpenYear(db, year)
            guard year.contains(orderDate) else { throw JournalError.invalid(.date, .outsideYear) }
            let today = try today(db, organizationId: caller.organizationId)
            if orderDate > today { throw JournalError.invalid(.date, .inFuture) }
            // J-YEAR-2: the year is closed once its last reporting period has ended.
            if let last = try db.record(
                ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? ORDER BY endDate DESC LIMIT 1", [yearId]),
                today <= last.endDate
            {
                throw JournalError.yearNotOver(lastPeriodEnds: last.endDate)
            }
            guard
                let next = try db.record(
                    AcademicYear.self,
                    "SELECT * FROM academicYear WHERE organizationId = ? AND startDate > ? ORDER BY startDate LIMIT 1",
                    [caller.organizationId, year.endDate])
            else { throw JournalError.noNextYear(year.name) }
            let classes = try db.records(SchoolClass.self, "SELECT * FROM schoolClass WHERE yearId = ? ORDER BY id", [yearId])
            var nextClasses = try db.records(SchoolClass.self, "SELECT * FROM schoolClass WHERE yearId = ? ORDER BY id", [next.savedId])
            let createsClasses = nextClasses.isEmpty
            let enrolments = try db.records(
                Enrolment.self, "SELECT * FROM enrolment WHERE yearId = ? AND endDate IS NULL ORDER BY id", [yearId])
            let names = try Directory.names(db, personIds: enrolments.map(\.studentId))
            for id in retained.union(leaving) where !enrolments.contains(where: { $0.studentId == id }) {
                throw JournalError.notEnrolled(student: try db.record(Person.self, id: id)?.fullName ?? String(id))
            }
            var lines: [PromotionLine] = []
            var missing: Set<String> = []
            var created: [String] = []
            for (done, enrolment) in enrolments.enumerated() {
                // Ctrl-C stops the closing here; the transaction rolls back whole.
                try progress?(Double(done) / Double(max(1, enrolments.count)))
                guard let from = classes.first(where: { $0.id == enrolment.classId }) else { continue }
                // A 9th-grader goes on to the 10th unless named as leaving: then the basic school is finished.
                let outcome: PromotionOutcome =
                    leaving.contains(enrolment.studentId)
                    ? (from.gradeLevel == 9 ? .graduated : .leaving)
                    : retained.contains(enrolment.studentId) ? .retained : from.gradeLevel == 11 ? .graduated : .promoted
                var to: String?
                if outcome == .promoted || outcome == .retained {
                    let grade = outcome == .promoted ? from.gradeLevel + 1 : from.gradeLevel
                    let target = "\(grade)\(from.letter)"
                    if !nextClasses.contains(where: { $0.name == target }) {
                        if createsClasses {
                            var schoolClass = try SchoolClass(
                                yearId: next.savedId, gradeLevel: grade, letter: from.letter, classTeacherId: from.classTeacherId)
                            if !dryRun { try db.insert(&schoolClass) }
                            nextClasses.append(schoolClass)
                            created.append(target)
                        } else {
                            missing.insert(target + " (" + next.name + ")")
                        }
                    }
                    to = target
                }
                lines.append(
                    PromotionLine(
                        studentId: enrolment.studentId, student: names[enrolment.studentId] ?? "", from: from.name, to: to,
                        outcome: outcome))
            }
            if !missing.isEmpty { throw JournalError.promotionTargetsMissing(missing.sorted()) }
            lines.sort { ($0.from, $0.student) < ($1.from, $1.student) }
            var report = YearClosingReport(
                year: year.name, nextYear: next.name, lines: lines, createdClasses: created.sorted(), applied: false)
            guard !dryRun else { return report }
            for line in lines {
                guard var enrolment = enrolments.first(where: { $0.studentId == line.studentId }) else { continue }
                enrolment.endDate = max(orderDate, enrolment.startDate)
                enrolment.endKind = line.to == nil ? .leaving : .transfer
                enrolment.note = notes.notes[line.outcome]
                try db.update(enrolment)
                if let to = line.to, let target = nextClasses.first(where: { $0.name == to }) {
                    var next = try Enrolment(
                        studentId: line.studentId, classId: target.savedId, yearId: next.savedId, startDate: next.startDate,
                        startKind: .transfer, note: notes.notes[line.outcome])
                    try db.insert(&next)
                }
            }
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .yearClosed,
                entity: .academicYear, entityId: yearId,
                after: AuditText.of(
                    Dictionary(
                        uniqueKeysWithValues: PromotionOutcome.allCases.map { outcome in
                            (outcome.rawValue, String(lines.filter { $0.outcome == outcome }.count))
                        }
                    ).merging(["number": orderNumber, "date": orderDate.description]) { $1 }))
            // The seals of this transaction's rows go into the chain before its head is taken.
            try RowSeal.flush(db, at: clock.now, database.sealed)
            let head = try AuditChainHead.read(db, organizationId: caller.organizationId)
            try db.insert(
                YearClosure(
                    yearId: yearId, orderNumber: orderNumber, orderDate: orderDate, closedAt: clock.now, closedBy: caller.accountId,
                    auditHead: head.printed))
            report.applied = true
            report.auditHead = head.printed
            return report
        }
    }

    /// The closure of a year, if it was closed.
    public func closure(_ caller: Caller, yearId: Int64) throws -> YearClosure? {
        try read { db in
            try checkYearAccess(.viewStructure, caller, yearId, db)
            return try db.record(YearClosure.self, "SELECT * FROM yearClosure WHERE yearId = ?", [yearId])
        }
    }

    /// Refuses a change to a closed year, naming the order that closed it.
    func requireOpenYear(_ db: StoreTransaction, _ year: AcademicYear) throws { try ClosedYears.check(db, year) }

    /// A year that exists: its id came from a row that names it (a class's year).
    func academicYear(_ db: StoreTransaction, _ id: Int64) throws -> AcademicYear {
        guard let year = try db.record(AcademicYear.self, id: id) else { throw JournalError.invalid(.year, .unknown(String(id))) }
        return year
    }
}
