internal import GRDB

extension Journal {
    /// The organization's calendar days of a year (holidays and moved working days).
    public func calendarDays(_ caller: Caller, year: Int) throws -> [CalendarDay] {
        try read { db in
            try Access.check(.viewStructure, caller: caller, organizationId: caller.organizationId, db)
            return try db.records(
                CalendarDay.self, "SELECT * FROM calendarDay WHERE organizationId = ? AND date >= ? AND date <= ? ORDER BY date",
                [caller.organizationId, "\(year)-01-01", "\(year)-12-31"])
        }
    }

    /// Marks a day as a holiday or a working day (the administrator keeps the calendar in step
    /// with the government's decree), replacing what the day was.
    public func setCalendarDay(_ caller: Caller, date: LocalDate, kind: CalendarDayKind, name: String) throws -> CalendarDay {
        let name = try Validate.text(name, .name, max: 100)
        return try write { db in
            try Access.check(.manageYears, caller: caller, organizationId: caller.organizationId, db)
            let day = CalendarDay(organizationId: caller.organizationId, date: date, kind: kind, name: name)
            try db.save(day)
            return day
        }
    }

    /// Returns a day to the usual week.
    public func removeCalendarDay(_ caller: Caller, date: LocalDate) throws {
        try write { db in
            try Access.check(.manageYears, caller: caller, organizationId: caller.organizationId, db)
            try db.execute("DELETE FROM calendarDay WHERE organizationId = ? AND date = ?", [caller.organizationId, date.description])
            guard db.changedRows > 0 else { throw JournalError.invalid(.date, .unknown(date.description)) }
        }
    }

    func schoolDays(_ db: StoreTransaction, organizationId: Int64, yearId: Int64) throws -> SchoolDays {
        let days = try db.records(CalendarDay.self, "SELECT * FROM calendarDay WHERE organizationId = ? ORDER BY date", [organizationId])
        return SchoolDays(
            calendar: Dictionary(days.map { ($0.date, $0.kind) }, uniquingKeysWith: { $1 }),
            vacations: try db.records(Vacation.self, "SELECT * FROM vacation WHERE yearId = ? ORDER BY id", [yearId]),
            saturdayLessons: try settings(db, organizationId: organizationId).saturdayLessons)
    }
}

extension Journal {
    /// Today in the caller's organization.
    public func today(_ caller: Caller) throws -> LocalDate {
        try read { db in try today(db, organizationId: caller.organizationId) }
    }
}
