import Foundation
import GRDB

/// One final mark of a pupil: a subject's mark for a period, or for the year (no period).
public struct FinalMarkRow: Sendable, Equatable {
    public var subject: String
    public var periodNumber: Int?
    public var value: MarkValue
}

extension Journal {
    /// How many days before a period ends its final marks are shown to the family (J-DIARY-3).
    public static let finalMarksShownDaysBefore = 2

    /// A pupil's period and year marks of their current year (J-MARK-5, J-DIARY-3): staff who may
    /// see the pupil see them all; the pupil and their guardians see a period's marks from two
    /// days before the period ends (the year's from two days before the last period ends).
    public func finalMarks(_ caller: Caller, studentId: Int64) throws -> [FinalMarkRow] {
        try read { db in
            try Access.checkView(person: studentId, caller: caller, db)
            guard let enrolment = try currentEnrolment(db, studentId: studentId) else { return [] }
            let periods = try ReportingPeriod.filter(ReportingPeriod.Columns.yearId == enrolment.yearId).order(
                ReportingPeriod.Columns.number
            )
            .fetchAll(db)
            let today = try today(db, organizationId: caller.organizationId)
            let family = !caller.isStaff
            func shown(_ periodId: Int64?) -> Bool {
                guard family else { return true }
                let end = periodId.flatMap { id in periods.first { $0.id == id }?.endDate } ?? periods.last?.endDate
                guard let end else { return false }
                return today >= end.adding(days: -Self.finalMarksShownDaysBefore)
            }
            let marks = try PeriodMark.filter(Column("studentId") == studentId && Column("yearId") == enrolment.yearId).fetchAll(db)
            let subjects = Dictionary(
                uniqueKeysWithValues: try Subject.filter(keys: Set(marks.map(\.subjectId))).fetchAll(db).map { ($0.id!, $0.name) })
            return marks.filter { shown($0.periodId) }.map { mark in
                FinalMarkRow(
                    subject: subjects[mark.subjectId] ?? "",
                    periodNumber: mark.periodId.flatMap { id in periods.first { $0.id == id }?.number },
                    value: mark.value)
            }.sorted { ($0.subject, $0.periodNumber ?? 99) < ($1.subject, $1.periodNumber ?? 99) }
        }
    }
}
