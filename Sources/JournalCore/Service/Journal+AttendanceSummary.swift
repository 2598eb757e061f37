import Foundation
internal import GRDB

/// One pupil's attendance over the days of a report (J-REP-1, seed 000 §3.2).
public struct AttendanceSummaryRow: Sendable, Equatable {
    public var student: Person
    /// The lessons the pupil had: the class's, their subgroups' and their own, not cancelled.
    public var lessons: Int
    public var missed: Int
    public var excused: Int
    public var unexcused: Int
    public var late: Int
    /// School days on which the pupil missed every lesson they had.
    public var daysMissed: Int

    /// Absences no one has given a reason for yet.
    public var withoutReason: Int { missed - excused - unexcused }
}

/// A class's attendance summary over a period or the year so far.
public struct AttendanceSummary: Sendable, Equatable {
    public var schoolClass: SchoolClass
    public var days: ClosedRange<LocalDate>
    public var rows: [AttendanceSummaryRow]

    /// The class's totals, as one row without a pupil.
    public var total: (lessons: Int, missed: Int, excused: Int, unexcused: Int, late: Int, daysMissed: Int) {
        rows.reduce(into: (0, 0, 0, 0, 0, 0)) { sum, row in
            sum = (
                sum.0 + row.lessons, sum.1 + row.missed, sum.2 + row.excused, sum.3 + row.unexcused, sum.4 + row.late,
                sum.5 + row.daysMissed
            )
        }
    }
}

extension Journal {
    /// The attendance summary of a class: for its class teacher and those who oversee the journal.
    public func attendanceSummary(_ caller: Caller, classId: Int64, period: Int?) throws -> AttendanceSummary {
        try read { db in
            let schoolClass = try fetchReportClass(db, caller, classId)
            return try attendanceSummary(
                db, caller, classId: classId, days: try reportDays(db, caller, yearId: schoolClass.yearId, period: period))
        }
    }

    func attendanceSummary(_ db: StoreTransaction, _ caller: Caller, classId: Int64, days: ClosedRange<LocalDate>) throws
        -> AttendanceSummary
    {
        let schoolClass = try fetchReportClass(db, caller, classId)
        // Per pupil and day: the lessons they had while in the class, and how they attended.
        let rows = try db.rows(
            """
            SELECT e.studentId, l.date, COUNT(*) AS lessons,
                   COUNT(*) FILTER (WHERE a.status = 'absent') AS missed,
                   COUNT(*) FILTER (WHERE a.status = 'absent' AND a.reason = 'excused') AS excused,
                   COUNT(*) FILTER (WHERE a.status = 'absent' AND a.reason = 'unexcused') AS unexcused,
                   COUNT(*) FILTER (WHERE a.status = 'late') AS late
            FROM lesson l
            JOIN enrolment e ON e.classId = l.classId
                 AND l.date >= e.startDate AND (e.endDate IS NULL OR l.date < e.endDate)
            LEFT JOIN attendance a ON a.lessonId = l.id AND a.studentId = e.studentId
            WHERE l.classId = ? AND l.cancelled = 0 AND l.date BETWEEN ? AND ?
              AND (l.studentId IS NULL OR l.studentId = e.studentId)
              AND (l.subgroupId IS NULL OR EXISTS (
                   SELECT 1 FROM subgroupMember m WHERE m.subgroupId = l.subgroupId AND m.studentId = e.studentId))
            GROUP BY e.studentId, l.date
            """, [classId, days.lowerBound, days.upperBound])
        var byStudent: [Int64: AttendanceSummaryRow] = [:]
        let studentIds = try db.values(Int64.self, "SELECT DISTINCT studentId FROM enrolment WHERE classId = ?", [classId])
        let students = try db.records(
            Person.self, "SELECT * FROM person WHERE id IN (\(StoreTransaction.placeholders(studentIds.count))) ORDER BY id", studentIds)
        for student in students {
            byStudent[try student.savedId] = AttendanceSummaryRow(
                student: student, lessons: 0, missed: 0, excused: 0, unexcused: 0, late: 0, daysMissed: 0)
        }
        for row in rows {
            let id: Int64 = try row["studentId"]
            let lessons: Int = try row["lessons"]
            let missed = try row["missed"] as Int? ?? 0
            let excused = try row["excused"] as Int? ?? 0
            let unexcused = try row["unexcused"] as Int? ?? 0
            let late = try row["late"] as Int? ?? 0
            byStudent[id]?.lessons += lessons
            byStudent[id]?.missed += missed
            byStudent[id]?.excused += excused
            byStudent[id]?.unexcused += unexcused
            byStudent[id]?.late += late
            if missed == lessons { byStudent[id]?.daysMissed += 1 }
        }
        let ordered = byStudent.values.sorted { $0.student.fullName < $1.student.fullName }
        return AttendanceSummary(schoolClass: schoolClass, days: days, rows: ordered)
    }
}
