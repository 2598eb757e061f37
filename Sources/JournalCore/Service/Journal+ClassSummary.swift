import Foundation
internal import GRDB

/// A class's period and year marks over its year (J-REP-1, J-ARCH-3): every pupil who sat in
/// the class that year, every subject taught or marked in it.
public struct ClassSummary: Sendable, Equatable {
    public var students: [Person]
    public var subjects: [Subject]
    public var periods: [ReportingPeriod]
    /// Pupil id → subject id → period number (nil for the year mark) → mark.
    public var marks: [Int64: [Int64: [Int?: MarkValue]]]

    public func mark(_ studentId: Int64, _ subjectId: Int64, period: Int?) -> MarkValue? { marks[studentId]?[subjectId]?[period] }

    /// A pupil's mark in a subject, for a period's number or the year (nil).
    public func mark(_ student: Person, _ subject: Subject, period: Int?) throws -> MarkValue? {
        try mark(student.savedId, subject.savedId, period: period)
    }

    /// The class's marks in a subject, for a period's number or the year (nil): pupils without one left out.
    public func marks(_ subject: Subject, period: Int?) throws -> [MarkValue] {
        try students.compactMap { try mark($0, subject, period: period) }
    }
}

extension Journal {
    /// The summary of a class, for the class teacher and those who oversee the journal; a closed
    /// year's classes keep theirs.
    public func classSummary(_ caller: Caller, classId: Int64) throws -> ClassSummary {
        try read { db in
            let schoolClass = try fetchReportClass(db, caller, classId)
            let studentIds = try db.values(Int64.self, "SELECT DISTINCT studentId FROM enrolment WHERE classId = ?", [classId])
            let students = try db.records(
                Person.self, "SELECT * FROM person WHERE id IN (\(StoreTransaction.placeholders(studentIds.count))) ORDER BY fullName, id",
                studentIds)
            let periods = try db.records(
                ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? ORDER BY number", [schoolClass.yearId])
            let numbers = Dictionary(uniqueKeysWithValues: try periods.map { (try $0.savedId, $0.number) })
            // The four columns the sheet needs, read straight from the rows: a school's year holds
            // tens of thousands of period marks (see `helpdesk-bench reports`).
            var table: [Int64: [Int64: [Int?: MarkValue]]] = [:]
            var markedSubjects: Set<Int64> = []
            let marks = try db.rows("SELECT studentId, subjectId, periodId, value FROM periodMark WHERE classId = ?", [classId])
            for row in marks {
                let subjectId: Int64 = try row["subjectId"]
                let rawValue: String = try row["value"]
                guard let value = MarkValue(rawValue: rawValue) else { continue }
                markedSubjects.insert(subjectId)
                let studentId: Int64 = try row["studentId"]
                let periodId: Int64? = try row["periodId"]
                table[studentId, default: [:]][subjectId, default: [:]][periodId.flatMap { numbers[$0] }] = value
            }
            let subjectIds = Set(try db.values(Int64.self, "SELECT subjectId FROM assignment WHERE classId = ?", [classId]))
                .union(markedSubjects)
            let subjects = try db.records(
                Subject.self, "SELECT * FROM subject WHERE id IN (\(StoreTransaction.placeholders(subjectIds.count))) ORDER BY name",
                Array(subjectIds))
            return ClassSummary(students: students, subjects: subjects, periods: periods, marks: table)
        }
    }

    /// A class whose reports the caller may read: its class teacher's, or any for those who
    /// oversee the journal.
    func fetchReportClass(_ db: StoreTransaction, _ caller: Caller, _ classId: Int64) throws -> SchoolClass {
        let schoolClass = try fetchClass(db, caller, classId, .viewStructure)
        if schoolClass.classTeacherId != caller.personId { try requireOverseer(caller) }
        return schoolClass
    }

    /// The school-wide reports are for those who oversee the journal.
    func requireOverseer(_ caller: Caller) throws {
        guard !caller.roles.isDisjoint(with: JournalAccess.overseers) else { throw JournalError.forbidden(.viewJournal) }
    }

    /// The pupils who sat in the class on any of these days, by name.
    func studentsOfClass(_ db: StoreTransaction, classId: Int64, during days: ClosedRange<LocalDate>) throws -> [Person] {
        try db.records(
            Person.self,
            """
            SELECT p.* FROM person p WHERE p.id IN (
                SELECT studentId FROM enrolment WHERE classId = ? AND startDate <= ? AND (endDate IS NULL OR endDate > ?))
            ORDER BY p.fullName
            """, [classId, days.upperBound, days.lowerBound])
    }

    /// The days a report covers: a period's, or the year's so far.
    func reportDays(_ db: StoreTransaction, _ caller: Caller, yearId: Int64, period: Int?) throws -> ClosedRange<LocalDate> {
        guard let year = try db.record(AcademicYear.self, id: yearId) else { throw JournalError.invalid(.year, .unknown(String(yearId))) }
        guard let period else {
            return year.startDate...max(year.startDate, min(year.endDate, try today(db, organizationId: year.organizationId)))
        }
        guard
            let found = try db.record(
                ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? AND number = ? LIMIT 1", [yearId, period])
        else { throw JournalError.invalid(.period, .unknown(String(period))) }
        return found.startDate...found.endDate
    }

    /// Every class's summary of a year, in class order: for those who oversee the journal.
    public func schoolSummary(_ caller: Caller, yearId: Int64) throws -> [(schoolClass: SchoolClass, summary: ClassSummary)] {
        try requireOverseer(caller)
        return try classes(caller, yearId: yearId).map { row in
            (row.schoolClass, try classSummary(caller, classId: row.schoolClass.savedId))
        }
    }
}
