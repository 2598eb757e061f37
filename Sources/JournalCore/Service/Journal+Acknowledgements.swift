import Foundation
internal import GRDB

/// A pupil of the class with their guardians and whether each acknowledged the period's final
/// marks (J-DIARY-4, seed 002 §6).
public struct AcknowledgementLine: Sendable, Equatable {
    public var student: Person
    public var guardians: [(name: String, at: Date?)]

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.student == rhs.student && lhs.guardians.map(\.name) == rhs.guardians.map(\.name)
            && lhs.guardians.map(\.at) == rhs.guardians.map(\.at)
    }
}

extension Journal {
    /// A guardian acknowledges their child's final marks of the period whose marks the family
    /// sees (from two days before it ends), with a message to the class teacher: one
    /// transaction, audited; once a period and child.
    public func acknowledgeFinalMarks(
        _ caller: Caller, studentId: Int64, text: String, subject: (ReportingPeriod) -> String,
        within: (StoreTransaction, InternalMessage, [Int64]) throws -> Void = { _, _, _ in }
    ) throws -> (period: ReportingPeriod, message: MessageRow) {
        let text = try Validate.text(text, .description, max: 4000)
        return try write { db in
            try Access.checkCaller(caller, db)
            let guardianships =
                try db.value(
                    Int.self, "SELECT COUNT(*) FROM guardianship WHERE guardianId = ? AND studentId = ?", [caller.personId, studentId]) ?? 0
            guard guardianships > 0 else { throw JournalError.forbidden(.viewJournal) }
            guard let enrolment = try currentEnrolment(db, studentId: studentId),
                let schoolClass = try db.record(SchoolClass.self, id: enrolment.classId)
            else { throw JournalError.notEnrolled(student: try db.record(Person.self, id: studentId)?.fullName ?? "") }
            let today = try today(db, organizationId: caller.organizationId)
            let periods = try db.records(
                ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? ORDER BY number", [schoolClass.yearId])
            guard let period = periods.last(where: { today >= $0.endDate.adding(days: -Self.finalMarksShownDaysBefore) }) else {
                throw JournalError.periodMarkWindowNotOpen(
                    opens: (periods.first?.endDate ?? today).adding(days: -Self.finalMarksShownDaysBefore))
            }
            if try db.exists(
                "SELECT 1 FROM finalAcknowledgement WHERE periodId = ? AND studentId = ? AND guardianId = ?",
                [period.savedId, studentId, caller.personId])
            {
                throw JournalError.invalid(.period, .alreadyExists(String(period.number)))
            }
            guard let classTeacher = schoolClass.classTeacherId else { throw JournalError.invalid(.classTeacher, .missing) }
            let message = try insertMessage(db, caller, to: [classTeacher], subject: subject(period), text: text, within: within)
            try db.insert(
                FinalAcknowledgement(
                    periodId: period.savedId, studentId: studentId, guardianId: caller.personId, messageId: message.message.savedId,
                    at: clock.now))
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .finalMarksAcknowledged,
                entity: .finalAcknowledgement, entityId: period.savedId, studentId: studentId,
                after: AuditText.of(["period": String(period.number), "message": String(message.message.savedId)]))
            return (period, message)
        }
    }

    /// Who acknowledged a period's final marks, pupil by pupil: for the class teacher and
    /// those who oversee the journal.
    public func acknowledgements(_ caller: Caller, classId: Int64, periodNumber: Int?) throws -> (
        period: ReportingPeriod, lines: [AcknowledgementLine]
    ) {
        try read { db in
            let schoolClass = try fetchReportClass(db, caller, classId)
            let period = try reportPeriod(
                db, yearId: schoolClass.yearId, number: periodNumber, on: try today(db, organizationId: caller.organizationId))
            let students = try studentsOfClass(db, classId: classId, during: period.startDate...period.endDate)
            let acknowledged = try db.records(
                FinalAcknowledgement.self, "SELECT * FROM finalAcknowledgement WHERE periodId = ? ORDER BY studentId, guardianId",
                [period.savedId])
            let lines = try students.map { student in
                let guardians = try db.records(
                    Person.self,
                    "SELECT p.* FROM person p JOIN guardianship g ON g.guardianId = p.id WHERE g.studentId = ? ORDER BY p.fullName, p.id",
                    [student.savedId])
                return AcknowledgementLine(
                    student: student,
                    guardians: guardians.map { guardian in
                        (guardian.fullName, acknowledged.first { $0.studentId == student.id && $0.guardianId == guardian.id }?.at)
                    })
            }
            return (period, lines)
        }
    }
}
