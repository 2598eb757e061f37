internal import GRDB

/// An academic year of one organization (J-YEAR-1).
public struct AcademicYear: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var organizationId: Int64
    public var name: String
    public var startDate: LocalDate
    public var endDate: LocalDate
    public var periodKind: PeriodKind

    public init(id: Int64? = nil, organizationId: Int64, name: String, startDate: LocalDate, endDate: LocalDate, periodKind: PeriodKind) {
        self.id = id
        self.organizationId = organizationId
        self.name = name
        self.startDate = startDate
        self.endDate = endDate
        self.periodKind = periodKind
    }

    public static let tableName = "academicYear"

    public func contains(_ date: LocalDate) -> Bool { startDate <= date && date <= endDate }
}

/// A quarter, trimester or half-year with its boundaries.
public struct ReportingPeriod: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var yearId: Int64
    public var number: Int
    public var startDate: LocalDate
    public var endDate: LocalDate

    public init(id: Int64? = nil, yearId: Int64, number: Int, startDate: LocalDate, endDate: LocalDate) {
        self.id = id
        self.yearId = yearId
        self.number = number
        self.startDate = startDate
        self.endDate = endDate
    }

    public static let tableName = "reportingPeriod"

}

/// School holidays between periods.
public struct Vacation: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var yearId: Int64
    public var name: String
    public var startDate: LocalDate
    public var endDate: LocalDate

    public init(id: Int64? = nil, yearId: Int64, name: String, startDate: LocalDate, endDate: LocalDate) {
        self.id = id
        self.yearId = yearId
        self.name = name
        self.startDate = startDate
        self.endDate = endDate
    }

    public static let tableName = "vacation"

}
