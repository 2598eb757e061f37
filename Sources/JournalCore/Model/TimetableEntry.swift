internal import GRDB

/// A weekly lesson of an assignment: weekday, times and room, valid from a day on (J-TT-1).
public struct TimetableEntry: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var assignmentId: Int64
    /// ISO weekday, 1 Monday … 7 Sunday.
    public var weekday: Int
    public var startTime: ClockTime
    public var endTime: ClockTime
    public var room: String?
    public var validFrom: LocalDate
    public var validTo: LocalDate?

    public static let tableName = "timetableEntry"

    func isValid(on date: LocalDate) -> Bool {
        validFrom <= date && (validTo.map { date <= $0 } ?? true) && date.weekday == weekday
    }
}

/// A timetable line with the names a list shows.
public struct TimetableRow: Sendable, Equatable {
    public var entry: TimetableEntry
    public var className: String
    public var subjectName: String
    public var subgroupName: String?
    public var teacherName: String
}
