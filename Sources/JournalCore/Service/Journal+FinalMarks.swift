import Foundation
internal import GRDB

/// One final mark of a pupil: a subject's mark for a period, or for the year (no period); no
/// value where a subject the pupil is taught has none yet for a period that has ended.
public struct FinalMarkRow: Sendable, Equatable {
    public var subject: String
    public var periodNumber: Int?
    public var value: MarkValue?
}

extension Journal {
    /// How many days before a period ends its final marks are shown to the family (J-DIARY-3).
    public static let finalMarksShownDaysBefore = 2

    /// A pupil's period and year marks of their current year (J-MARK-5, J-DIARY-3): staff who may
    /// see the pupil see them all; the pupil and their guardians see a period's marks from two
    /// days before the period ends (the year's from two days before the last period ends). Every
    /// subject the pupil is taught has a row for each such period, empty while its mark is not set.
    public func finalMarks(_ caller: Caller, studentId: Int64) throws -> [FinalMarkRow] {
        try read { db in
            try Access.checkView(person: studentId, caller: caller, db)
            guard let enrolment = try currentEnrolment(db, studentId: studentId) else { return [] }
            let periods = try db.records(
                ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? ORDER BY number", [enrolment.yearId])
            let today = try today(db, organizationId: caller.organizationId)
            let family = !caller.isStaff
            func shown(_ periodId: Int64?) -> Bool {
                guard family else { return true }
                let end = periodId.flatMap { id in periods.first { $0.id == id }?.endDate } ?? periods.last?.endDate
                guard let end else { return false }
                return today >= end.adding(days: -Self.finalMarksShownDaysBefore)
            }
            let marks = try db.records(
                PeriodMark.self, "SELECT * FROM periodMark WHERE studentId = ? AND yearId = ? ORDER BY id", [studentId, enrolment.yearId])
            // What the pupil is taught: the class's subjects, their group's and their own.
            let taught = try db.values(
                Int64.self,
                """
                SELECT DISTINCT subjectId FROM assignment WHERE classId = ? AND (studentId IS NULL OR studentId = ?)
                AND (subgroupId IS NULL OR subgroupId IN (SELECT subgroupId FROM subgroupMember WHERE studentId = ?))
                """, [enrolment.classId, studentId, studentId])
            let subjectIds = Array(Set(marks.map(\.subjectId) + taught))
            let subjects = Dictionary(
                uniqueKeysWithValues: try db.records(
                    Subject.self, "SELECT * FROM subject WHERE id IN (\(StoreTransaction.placeholders(subjectIds.count))) ORDER BY id",
                    subjectIds
                ).map { (try $0.savedId, $0.name) })
            func number(_ periodId: Int64?) -> Int? { periodId.flatMap { id in periods.first { $0.id == id }?.number } }
            var rows = marks.filter { shown($0.periodId) }.map { mark in
                FinalMarkRow(subject: subjects[mark.subjectId] ?? "", periodNumber: number(mark.periodId), value: mark.value)
            }
            // The periods whose marks are due (and the year once its last period is): a subject
            // without its mark there is listed empty, not left out.
            let due: [Int64?] =
                periods.filter { today >= $0.endDate.adding(days: -Self.finalMarksShownDaysBefore) }.map(\.id)
                + (periods.last.map { today >= $0.endDate.adding(days: -Self.finalMarksShownDaysBefore) } == true ? [nil] : [])
            for periodId in due {
                for subjectId in taught where !marks.contains(where: { $0.subjectId == subjectId && $0.periodId == periodId }) {
                    rows.append(FinalMarkRow(subject: subjects[subjectId] ?? "", periodNumber: number(periodId), value: nil))
                }
            }
            return rows.sorted { ($0.subject, $0.periodNumber ?? 99) < ($1.subject, $1.periodNumber ?? 99) }
        }
    }
}
