import Foundation
internal import GRDB

extension Journal {
    public func years(_ caller: Caller) throws -> [AcademicYear] {
        try read { db in
            try Access.check(.viewStructure, caller: caller, organizationId: caller.organizationId, db)
            return try db.records(
                AcademicYear.self, "SELECT * FROM academicYear WHERE organizationId = ? ORDER BY startDate DESC", [caller.organizationId])
        }
    }

    /// The year that contains today, else the latest one; nil when none was opened.
    public func currentYear(_ caller: Caller) throws -> AcademicYear? {
        try read { db in try currentYear(db, organizationId: caller.organizationId) }
    }

    func currentYear(_ db: StoreTransaction, organizationId: Int64) throws -> AcademicYear? {
        let today = try today(db, organizationId: organizationId)
        let years = try db.records(
            AcademicYear.self, "SELECT * FROM academicYear WHERE organizationId = ? ORDER BY startDate DESC", [organizationId])
        return years.first { $0.contains(today) } ?? years.first
    }

    /// Finds a year by its name (`2026/2027`); nil name means the current year.
    public func year(_ caller: Caller, named name: String?) throws -> AcademicYear {
        try read { db in
            if let name, !name.isEmpty {
                let found = try db.record(
                    AcademicYear.self, "SELECT * FROM academicYear WHERE organizationId = ? AND name = ? ORDER BY id LIMIT 1",
                    [caller.organizationId, name.trimmingCharacters(in: .whitespaces)])
                guard let found else { throw JournalError.invalid(.year, .unknown(name)) }
                return found
            }
            guard let year = try currentYear(db, organizationId: caller.organizationId) else {
                throw JournalError.invalid(.year, .missing)
            }
            return year
        }
    }

    /// Opens an academic year (J-YEAR-1).
    /// Opens a school year; with a `template`, its periods, vacations and working regime are laid
    /// out and the federal curriculum's subjects the school lacks are added (J-YEAR-1), in the
    /// same transaction.
    public func createYear(
        _ caller: Caller, name: String, start: LocalDate, end: LocalDate, periodKind: PeriodKind, template: YearTemplate? = nil
    ) throws -> AcademicYear {
        let name = try Validate.text(name, .name, max: 20)
        let bells = try template.map { try YearTemplate.checkBells($0.bells) }
        if let days = template?.daysPerWeek, ![5, 6].contains(days) { throw JournalError.invalid(.number, .outOfRange(min: 5, max: 6)) }
        try Validate.range(start, end)
        guard end.dayNumber - start.dayNumber <= 400 else { throw JournalError.invalid(.endDate, .outOfRange(min: 1, max: 400)) }
        return try write { db in
            try Access.check(.manageYears, caller: caller, organizationId: caller.organizationId, db)
            let others = try db.records(
                AcademicYear.self, "SELECT * FROM academicYear WHERE organizationId = ? ORDER BY id", [caller.organizationId])
            if others.contains(where: { $0.name == name }) { throw JournalError.invalid(.name, .alreadyExists(name)) }
            if let clash = others.first(where: { $0.startDate <= end && start <= $0.endDate }) {
                throw JournalError.invalid(.startDate, .overlaps(clash.name))
            }
            var year = AcademicYear(
                organizationId: caller.organizationId, name: name, startDate: start, endDate: end, periodKind: periodKind)
            try db.insert(&year)
            if let template, let bells { try lay(db, caller, year, template, bells: bells) }
            return year
        }
    }

    /// The template's calendar, regime and subjects for a new year.
    private func lay(_ db: StoreTransaction, _ caller: Caller, _ year: AcademicYear, _ template: YearTemplate, bells: String) throws {
        let calendar = YearTemplate.calendar(year.periodKind, start: year.startDate, end: year.endDate)
        for (index, (start, end)) in calendar.periods.enumerated() where year.contains(start) && start <= end {
            var period = try ReportingPeriod(yearId: year.savedId, number: index + 1, startDate: start, endDate: min(end, year.endDate))
            try db.insert(&period)
        }
        for (season, start, end) in calendar.vacations where year.contains(start) && year.contains(end) {
            var vacation = try Vacation(
                yearId: year.savedId, name: season.rawValue, startDate: start, endDate: end)
            try db.insert(&vacation)
        }
        try db.insert(WorkingRegime(yearId: year.savedId, daysPerWeek: template.daysPerWeek, bells: bells))
        guard template.addsSubjects else { return }
        try Access.check(.manageSubjects, caller: caller, organizationId: caller.organizationId, db)
        let known = Set(
            try db.records(Subject.self, "SELECT * FROM subject WHERE organizationId = ? ORDER BY id", [caller.organizationId])
                .map { Self.searchKey($0.name) })
        for name in YearTemplate.federalSubjects where !known.contains(Self.searchKey(name)) {
            var subject = Subject(organizationId: caller.organizationId, name: name)
            try db.insert(&subject)
        }
    }

    /// A year's working week and bell times.
    public func regime(_ caller: Caller, yearId: Int64) throws -> WorkingRegime? {
        try read { db in
            try checkYearAccess(.viewStructure, caller, yearId, db)
            return try db.record(WorkingRegime.self, "SELECT * FROM workingRegime WHERE yearId = ?", [yearId])
        }
    }

    /// Sets a year's working week (5 or 6 days) and/or bell times; what is nil stays.
    public func setRegime(_ caller: Caller, yearId: Int64, daysPerWeek: Int?, bells: String?) throws -> WorkingRegime {
        let bells = try bells.map(YearTemplate.checkBells)
        if let daysPerWeek, ![5, 6].contains(daysPerWeek) { throw JournalError.invalid(.number, .outOfRange(min: 5, max: 6)) }
        return try write { db in
            try checkYearAccess(.manageYears, caller, yearId, db)
            var regime =
                try db.record(WorkingRegime.self, "SELECT * FROM workingRegime WHERE yearId = ?", [yearId])
                ?? WorkingRegime(yearId: yearId, daysPerWeek: 5, bells: try YearTemplate.checkBells(YearTemplate.defaultBells))
            regime.daysPerWeek = daysPerWeek ?? regime.daysPerWeek
            regime.bells = bells ?? regime.bells
            try db.save(regime)
            return regime
        }
    }

    public func periods(_ caller: Caller, yearId: Int64) throws -> [ReportingPeriod] {
        try read { db in
            try checkYearAccess(.viewStructure, caller, yearId, db)
            return try db.records(ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? ORDER BY number", [yearId])
        }
    }

    /// Sets the boundaries of one reporting period; a period of that number is replaced.
    public func setPeriod(_ caller: Caller, yearId: Int64, number: Int, start: LocalDate, end: LocalDate) throws -> ReportingPeriod {
        try Validate.range(start, end)
        return try write { db in
            let year = try checkYearAccess(.manageYears, caller, yearId, db)
            guard (1...year.periodKind.count).contains(number) else {
                throw JournalError.invalid(.number, .outOfRange(min: 1, max: year.periodKind.count))
            }
            guard year.contains(start), year.contains(end) else { throw JournalError.invalid(.startDate, .outsideYear) }
            let others = try db.records(ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? ORDER BY id", [yearId])
                .filter { $0.number != number }
            if let clash = others.first(where: { $0.startDate <= end && start <= $0.endDate }) {
                throw JournalError.invalid(.startDate, .overlaps(String(clash.number)))
            }
            if let misordered = others.first(where: { ($0.number < number) != ($0.endDate < start) }) {
                throw JournalError.invalid(.number, .overlaps(String(misordered.number)))
            }
            // Changed in place: the period's marks and notes stay with it (never deleted).
            if var period = try db.record(
                ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? AND number = ? ORDER BY id LIMIT 1", [yearId, number])
            {
                try checkPeriodMarksStayInside(
                    db, period, start: start, end: end, zone: try db.record(Organization.self, id: caller.organizationId)?.zone ?? .current)
                period.startDate = start
                period.endDate = end
                try db.update(period)
                return period
            }
            var period = ReportingPeriod(yearId: yearId, number: number, startDate: start, endDate: end)
            try db.insert(&period)
            return period
        }
    }

    /// J-MARK-6: a period's marks are set from its last week until 2 days after it. New dates that
    /// would leave marks set on other days are refused, naming the marks; a mark changed later on
    /// an explanatory note rests on the note.
    private func checkPeriodMarksStayInside(
        _ db: StoreTransaction, _ period: ReportingPeriod, start: LocalDate, end: LocalDate, zone: TimeZone
    )
        throws
    {
        let rows = try db.rows(
            """
            SELECT p.fullName, s.name, m.value, m.setAt FROM periodMark m JOIN person p ON p.id = m.studentId JOIN subject s ON s.id = m.subjectId
            WHERE m.periodId = ? AND NOT EXISTS (SELECT 1 FROM explanatoryNote n WHERE n.periodMarkId = m.id) ORDER BY p.fullName, s.name
            """, [period.id])
        let outside = try rows.compactMap { row -> PeriodMarkReference? in
            let day = LocalDate(try row["setAt"] as Date, in: zone)
            guard day < start || day > end.adding(days: PeriodMarkWindow.daysAfter) else { return nil }
            return PeriodMarkReference(student: try row["fullName"], subject: try row["name"], value: try row["value"], setOn: day)
        }
        if !outside.isEmpty { throw JournalError.periodMarksOutside(outside) }
    }

    public func vacations(_ caller: Caller, yearId: Int64) throws -> [Vacation] {
        try read { db in
            try checkYearAccess(.viewStructure, caller, yearId, db)
            return try db.records(Vacation.self, "SELECT * FROM vacation WHERE yearId = ? ORDER BY startDate", [yearId])
        }
    }

    public func addVacation(_ caller: Caller, yearId: Int64, name: String, start: LocalDate, end: LocalDate) throws -> Vacation {
        let name = try Validate.text(name, .name, max: 100)
        try Validate.range(start, end)
        return try write { db in
            let year = try checkYearAccess(.manageYears, caller, yearId, db)
            guard year.contains(start) || year.contains(end) else { throw JournalError.invalid(.startDate, .outsideYear) }
            let others = try db.records(Vacation.self, "SELECT * FROM vacation WHERE yearId = ? ORDER BY id", [yearId])
            if let clash = others.first(where: { $0.startDate <= end && start <= $0.endDate }) {
                throw JournalError.invalid(.startDate, .overlaps(clash.name))
            }
            var vacation = Vacation(yearId: yearId, name: name, startDate: start, endDate: end)
            try db.insert(&vacation)
            return vacation
        }
    }

    @discardableResult
    func checkYearAccess(_ operation: Operation, _ caller: Caller, _ yearId: Int64, _ db: StoreTransaction) throws -> AcademicYear {
        guard let year = try db.record(AcademicYear.self, id: yearId) else { throw JournalError.invalid(.year, .unknown(String(yearId))) }
        try Access.check(operation, caller: caller, organizationId: year.organizationId, db)
        if !operation.onlyReads { try requireOpenYear(db, year) }
        return year
    }
}
