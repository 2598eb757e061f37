import Foundation
internal import GRDB

/// The forecast of a class's period marks (J-DIARY-3, J-REP-4): for each pupil and subject the
/// weighted average of the period's marks so far and the mark it rounds to, with what counted.
public struct ClassForecast: Sendable, Equatable {
    public var schoolClass: SchoolClass
    public var period: ReportingPeriod
    /// Days from the day asked to the period's end (negative once it is over).
    public var daysLeft: Int
    public var students: [Person]
    public var subjects: [Subject]
    /// Pupil id → subject id → the suggestion.
    public var lines: [Int64: [Int64: PeriodMarkSuggestion]]

    public func suggestion(_ studentId: Int64, _ subjectId: Int64) -> PeriodMarkSuggestion? { lines[studentId]?[subjectId] }

    /// A pupil's suggestion in a subject.
    public func suggestion(_ student: Person, _ subject: Subject) throws -> PeriodMarkSuggestion? {
        try suggestion(student.savedId, subject.savedId)
    }
}

extension Journal {
    /// Families are told the forecast no later than this many days before a period ends.
    public static let forecastDaysBefore = 14

    /// The forecast of a class for a period (by default the one today falls in, else the next):
    /// for its class teacher and those who oversee the journal.
    public func forecast(_ caller: Caller, classId: Int64, periodNumber: Int?) throws -> ClassForecast {
        try read { db in try forecast(db, caller, classId: classId, periodNumber: periodNumber) }
    }

    func forecast(_ db: StoreTransaction, _ caller: Caller, classId: Int64, periodNumber: Int?) throws -> ClassForecast {
        let schoolClass = try fetchReportClass(db, caller, classId)
        let today = try today(db, organizationId: caller.organizationId)
        let period = try reportPeriod(db, yearId: schoolClass.yearId, number: periodNumber, on: today)
        // Each mark with its lesson's subject.
        let rows = try db.rows(
            """
            SELECT m.*, l.subjectId AS lessonSubjectId FROM mark m JOIN lesson l ON l.id = m.lessonId
            WHERE l.classId = ? AND l.date BETWEEN ? AND ? AND m.voidedAt IS NULL ORDER BY l.date, m.id
            """, [classId, period.startDate, period.endDate])
        let marks = try rows.map { (mark: try $0.record(Mark.self), subjectId: try $0["lessonSubjectId"] as Int64) }
        let weights = try workWeights(db, organizationId: caller.organizationId)
        var lines: [Int64: [Int64: PeriodMarkSuggestion]] = [:]
        for (student, own) in Dictionary(grouping: marks, by: \.mark.studentId) {
            for (subjectId, subjectMarks) in Dictionary(grouping: own, by: \.subjectId) {
                lines[student, default: [:]][subjectId] = PeriodMarkSuggestion(subjectMarks.map(\.mark), weights: weights)
            }
        }
        let subjectIds = Set(try db.values(Int64.self, "SELECT subjectId FROM assignment WHERE classId = ?", [classId]))
            .union(marks.map(\.subjectId))
        return ClassForecast(
            schoolClass: schoolClass, period: period, daysLeft: period.endDate.dayNumber - today.dayNumber,
            students: try studentsOfClass(db, classId: classId, during: period.startDate...period.endDate),
            subjects: try db.records(
                Subject.self, "SELECT * FROM subject WHERE id IN (\(StoreTransaction.placeholders(subjectIds.count))) ORDER BY name",
                Array(subjectIds)), lines: lines)
    }

    /// A period of a year by number, or the one `date` falls in, else the next to come, else the last.
    func reportPeriod(_ db: StoreTransaction, yearId: Int64, number: Int?, on date: LocalDate) throws -> ReportingPeriod {
        let periods = try db.records(ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? ORDER BY number", [yearId])
        if let number {
            guard let period = periods.first(where: { $0.number == number }) else {
                throw JournalError.invalid(.period, .unknown(String(number)))
            }
            return period
        }
        guard let period = periods.first(where: { $0.endDate >= date }) ?? periods.last else {
            throw JournalError.invalid(.period, .missing)
        }
        return period
    }
}

/// What a family is told of the forecast: their child's line of it.
public struct ForecastLetter: Sendable {
    public var forecast: ClassForecast
    public var student: Person
}

/// The preliminary report for the deputy two weeks before a period ends (J-REP-4): the
/// forecast and the attendance of the class.
public struct PreliminaryReport: Sendable {
    public var forecast: ClassForecast
    public var attendance: AttendanceSummary
}

/// A message as the console words it: subject and text.
public typealias WordedMessage = (subject: String, text: String)

extension Journal {
    /// Sends the forecast (J-DIARY-3): each pupil and their guardians their own line, and the
    /// deputies for studies the preliminary report (J-REP-4) — one transaction, each message
    /// audited. Returns how many families and deputies were written to.
    public func sendForecast(
        _ caller: Caller, classId: Int64, periodNumber: Int?, family: (ForecastLetter) throws -> WordedMessage,
        deputy: (PreliminaryReport) throws -> WordedMessage,
        within: (StoreTransaction, InternalMessage, [Int64]) throws -> Void = { _, _, _ in }
    ) throws -> (families: Int, deputies: Int) {
        try write { db in
            let forecast = try forecast(db, caller, classId: classId, periodNumber: periodNumber)
            var families = 0
            for student in forecast.students {
                let guardians = try db.values(Int64.self, "SELECT guardianId FROM guardianship WHERE studentId = ?", [student.savedId])
                let withAccounts = try (guardians + [student.savedId]).filter { try Directory.account(db, personId: $0) != nil }
                guard !withAccounts.isEmpty else { continue }
                let letter = try family(ForecastLetter(forecast: forecast, student: student))
                try insertMessageInParts(db, caller, to: withAccounts, subject: letter.subject, text: letter.text, within: within)
                families += 1
            }
            let deputies = try db.values(
                Int64.self,
                """
                SELECT DISTINCT r.personId FROM personRole r JOIN person p ON p.id = r.personId
                WHERE r.role = ? AND p.organizationId = ? AND r.personId <> ?
                """, [Role.deputyAcademic, caller.organizationId, caller.personId])
            if !deputies.isEmpty {
                let attendance = try attendanceSummary(
                    db, caller, classId: classId, days: forecast.period.startDate...forecast.period.endDate)
                let report = try deputy(PreliminaryReport(forecast: forecast, attendance: attendance))
                // A class of 30 makes a report longer than one message holds: sent in parts.
                try insertMessageInParts(db, caller, to: deputies, subject: report.subject, text: report.text, within: within)
            }
            return (families, deputies.count)
        }
    }
}
