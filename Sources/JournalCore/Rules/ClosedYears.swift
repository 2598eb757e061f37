internal import GRDB

/// J-YEAR-2, J-ARCH-3: a year closed by the director's order is read-only; every change to it is
/// refused with the order that closed it (and the database's triggers refuse what reaches it by
/// any other path).
enum ClosedYears {
    static func check(_ db: StoreTransaction, _ year: AcademicYear) throws {
        guard let closure = try db.record(YearClosure.self, "SELECT * FROM yearClosure WHERE yearId = ?", [year.savedId]) else { return }
        throw JournalError.yearClosed(ClosedYear(name: year.name, orderNumber: closure.orderNumber, orderDate: closure.orderDate))
    }

    static func check(_ db: StoreTransaction, classId: Int64) throws {
        guard
            let year = try db.record(
                AcademicYear.self, "SELECT y.* FROM academicYear y JOIN schoolClass c ON c.yearId = y.id WHERE c.id = ?", [classId])
        else { return }
        try check(db, year)
    }
}
