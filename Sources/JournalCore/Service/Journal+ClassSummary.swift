import Foundation
import GRDB

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
            let studentIds = try Int64.fetchAll(db, sql: "SELECT DISTINCT studentId FROM enrolment WHERE classId = ?", arguments: [classId])
            let students = try Person.filter(keys: studentIds).order(Person.Columns.fullName).fetchAll(db)
            let periods = try ReportingPeriod.filter(ReportingPeriod.Columns.yearId == schoolClass.yearId)
                .order(ReportingPeriod.Columns.number).fetchAll(db)
            let numbers = Dictionary(uniqueKeysWithValues: try periods.map { (try $0.savedId, $0.number) })
            // The four columns the sheet needs, read straight from the rows: a school's year holds
            // tens of thousands of period marks (see `helpdesk-bench reports`).
            var table: [Int64: [Int64: [Int?: MarkValue]]] = [:]
            var markedSubjects: Set<Int64> = []
            let marks = try Row.fetchCursor(
                db, sql: "SELECT studentId, subjectId, periodId, value FROM periodMark WHERE classId = ?", arguments: [classId])
            while let row = try marks.next() {
                let subjectId: Int64 = row[1]
                guard let value = MarkValue(rawValue: row[3]) else { continue }
                markedSubjects.insert(subjectId)
                table[row[0], default: [:]][subjectId, default: [:]][(row[2] as Int64?).flatMap { numbers[$0] }] = value
            }
            let subjectIds = Set(try Int64.fetchAll(db, sql: "SELECT subjectId FROM assignment WHERE classId = ?", arguments: [classId]))
                .union(markedSubjects)
            let subjects = try Subject.filter(keys: subjectIds).order(Subject.Columns.name).fetchAll(db)
            return ClassSummary(students: students, subjects: subjects, periods: periods, marks: table)
        }
    }

    /// A class whose reports the caller may read: its class teacher's, or any for those who
    /// oversee the journal.
    func fetchReportClass(_ db: Database, _ caller: Caller, _ classId: Int64) throws -> SchoolClass {
        let schoolClass = try fetchClass(db, caller, classId, .viewStructure)
        if schoolClass.classTeacherId != caller.personId { try requireOverseer(caller) }
        return schoolClass
    }

    /// The school-wide reports are for those who oversee the journal.
    func requireOverseer(_ caller: Caller) throws {
        guard !caller.roles.isDisjoint(with: JournalAccess.overseers) else { throw JournalError.forbidden(.viewJournal) }
    }

    /// The pupils who sat in the class on any of these days, by name.
    func studentsOfClass(_ db: Database, classId: Int64, during days: ClosedRange<LocalDate>) throws -> [Person] {
        try Person.fetchAll(
            db,
            sql: """
                SELECT p.* FROM person p WHERE p.id IN (
                    SELECT studentId FROM enrolment WHERE classId = ? AND startDate <= ? AND (endDate IS NULL OR endDate > ?))
                ORDER BY p.fullName
                """, arguments: [classId, days.upperBound, days.lowerBound])
    }

    /// The days a report covers: a period's, or the year's so far.
    func reportDays(_ db: Database, _ caller: Caller, yearId: Int64, period: Int?) throws -> ClosedRange<LocalDate> {
        guard let year = try AcademicYear.fetchOne(db, key: yearId) else { throw JournalError.invalid(.year, .unknown(String(yearId))) }
        guard let period else {
            return year.startDate...max(year.startDate, min(year.endDate, try today(db, organizationId: year.organizationId)))
        }
        guard
            let found = try ReportingPeriod.filter(ReportingPeriod.Columns.yearId == yearId && ReportingPeriod.Columns.number == period)
                .fetchOne(db)
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
