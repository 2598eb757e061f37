import Foundation
internal import GRDB

/// Why a pupil is in the risk group (J-REP-4).
public enum RiskReason: Sendable, Equatable {
    /// The class teacher put them there, saying why.
    case marked(String)
    /// The average of the period's marks so far is below the threshold.
    case lowAverage(Double)
    /// More unexcused absences in the period than the threshold.
    case absences(Int)
}

/// The thresholds by which a rule finds pupils at risk.
public struct RiskRule: Sendable, Equatable {
    public var averageBelow: Double
    public var unexcusedOver: Int

    public init(averageBelow: Double = 3.0, unexcusedOver: Int = 5) {
        self.averageBelow = averageBelow
        self.unexcusedOver = unexcusedOver
    }
}

/// One pupil of the risk group: why, the period's average and absences, the last week's marks
/// and absences, and the days their guardians logged in this week.
public struct RiskLine: Sendable, Equatable {
    public var student: Person
    public var reasons: [RiskReason]
    public var average: Double?
    public var unexcused: Int
    public var weekMarks: [MarkValue]
    public var weekAbsences: Int
    public var guardianVisitDays: Int
}

extension Journal {
    /// Puts a pupil of the caller's class into the risk group (the class teacher, or those who
    /// oversee the journal), saying why; audited.
    public func addToRiskGroup(_ caller: Caller, studentId: Int64, reason: String) throws -> RiskWatch {
        let reason = try Validate.text(reason, .reason, max: 300)
        return try write { db in
            let schoolClass = try riskClass(db, caller, studentId: studentId)
            if try db.value(
                Int.self, "SELECT COUNT(*) FROM riskWatch WHERE studentId = ? AND schoolClassId = ? AND removedAt IS NULL",
                [studentId, schoolClass.savedId]) ?? 0 > 0
            {
                throw JournalError.invalid(.student, .alreadyExists(try db.record(Person.self, id: studentId)?.fullName ?? ""))
            }
            var watch = try RiskWatch(
                studentId: studentId, schoolClassId: schoolClass.savedId, reason: reason, addedBy: caller.accountId, addedAt: clock.now)
            try db.insert(&watch)
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .riskWatchAdded,
                entity: .riskWatch, entityId: watch.savedId, studentId: studentId, after: AuditText.of(["reason": reason]))
            return watch
        }
    }

    /// Takes a pupil off the risk group: the row stays, with who did it and when; audited.
    public func removeFromRiskGroup(_ caller: Caller, studentId: Int64) throws -> RiskWatch {
        try write { db in
            let schoolClass = try riskClass(db, caller, studentId: studentId)
            guard
                var watch = try db.record(
                    RiskWatch.self,
                    "SELECT * FROM riskWatch WHERE studentId = ? AND schoolClassId = ? AND removedAt IS NULL ORDER BY id LIMIT 1",
                    [studentId, schoolClass.savedId])
            else { throw JournalError.invalid(.student, .notInRiskGroup) }
            watch.removedAt = clock.now
            watch.removedBy = caller.accountId
            try db.update(watch)
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .riskWatchRemoved,
                entity: .riskWatch, entityId: watch.savedId, studentId: studentId, before: AuditText.of(["reason": watch.reason]))
            return watch
        }
    }

    /// The risk group of a class today: the pupils the class teacher marked and those the rule
    /// finds over the current period so far, for the class teacher's daily look (J-REP-4).
    public func riskGroup(_ caller: Caller, classId: Int64, rule: RiskRule = RiskRule()) throws -> [RiskLine] {
        try read { db in
            let schoolClass = try fetchReportClass(db, caller, classId)
            let today = try today(db, organizationId: caller.organizationId)
            let period = try reportPeriod(db, yearId: schoolClass.yearId, number: nil, on: today)
            let from = period.startDate
            let to = min(today, period.endDate)
            let weekStart = today.adding(days: -6)
            let marked = try db.records(
                RiskWatch.self, "SELECT * FROM riskWatch WHERE schoolClassId = ? AND removedAt IS NULL ORDER BY id", [classId])
            let attendance = try attendanceSummary(db, caller, classId: classId, days: from...max(from, to))
            var lines: [RiskLine] = []
            for row in attendance.rows where try currentEnrolment(db, studentId: row.student.savedId)?.classId == classId {
                let studentId = try row.student.savedId
                let marks = try db.rows(
                    """
                    SELECT m.value, l.date FROM mark m JOIN lesson l ON l.id = m.lessonId
                    WHERE m.studentId = ? AND l.classId = ? AND l.date BETWEEN ? AND ? AND m.voidedAt IS NULL
                    ORDER BY l.date, m.id
                    """, [studentId, classId, from, today])
                let values = try marks.compactMap { MarkValue(rawValue: try $0["value"]) }
                let points = values.compactMap(\.points)
                let average = points.isEmpty ? nil : Double(points.reduce(0, +)) / Double(points.count)
                var reasons: [RiskReason] = marked.filter { $0.studentId == studentId }.map { .marked($0.reason) }
                if let average, average < rule.averageBelow { reasons.append(.lowAverage(average)) }
                if row.unexcused > rule.unexcusedOver { reasons.append(.absences(row.unexcused)) }
                guard !reasons.isEmpty else { continue }
                let weekAbsences =
                    try db.value(
                        Int.self,
                        """
                        SELECT COUNT(*) FROM attendance a JOIN lesson l ON l.id = a.lessonId
                        WHERE a.studentId = ? AND l.classId = ? AND a.status = 'absent' AND l.date BETWEEN ? AND ?
                        """, [studentId, classId, weekStart, today]) ?? 0
                let visits =
                    try db.value(
                        Int.self,
                        """
                        SELECT COUNT(DISTINCT v.day) FROM guardianship g JOIN account a ON a.personId = g.guardianId
                        JOIN journalVisit v ON v.accountId = a.id WHERE g.studentId = ? AND v.day BETWEEN ? AND ?
                        """, [studentId, weekStart, today]) ?? 0
                lines.append(
                    RiskLine(
                        student: row.student, reasons: reasons, average: average, unexcused: row.unexcused,
                        weekMarks: try marks.filter { (try $0["date"] as LocalDate) >= weekStart }.compactMap {
                            MarkValue(rawValue: try $0["value"])
                        },
                        weekAbsences: weekAbsences, guardianVisitDays: visits))
            }
            return lines
        }
    }

    /// The pupil's current class, if the caller may keep its risk group.
    private func riskClass(_ db: StoreTransaction, _ caller: Caller, studentId: Int64) throws -> SchoolClass {
        guard let enrolment = try currentEnrolment(db, studentId: studentId) else {
            throw JournalError.notEnrolled(student: try db.record(Person.self, id: studentId)?.fullName ?? "")
        }
        let schoolClass = try fetchReportClass(db, caller, enrolment.classId)
        try requireOpenYear(db, try academicYear(db, schoolClass.yearId))
        return schoolClass
    }
}
