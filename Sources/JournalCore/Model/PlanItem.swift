internal import GRDB

/// One topic of a course plan (КТП, J-PLAN-1): its place, the section it belongs to, hours,
/// planned and actual dates, homework.
public struct PlanItem: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var assignmentId: Int64
    public var position: Int
    public var section: String?
    public var topic: String
    public var hours: Int
    public var plannedDate: LocalDate?
    public var factDate: LocalDate?
    public var homework: String?

    public init(
        id: Int64? = nil, assignmentId: Int64, position: Int, section: String?, topic: String, hours: Int,
        plannedDate: LocalDate? = nil, factDate: LocalDate? = nil, homework: String? = nil
    ) {
        self.id = id
        self.assignmentId = assignmentId
        self.position = position
        self.section = section
        self.topic = topic
        self.hours = hours
        self.plannedDate = plannedDate
        self.factDate = factDate
        self.homework = homework
    }

    public static let tableName = "planItem"

    /// Whether two items say the same, whatever their ids.
    func sameContent(as other: PlanItem) -> Bool {
        (section, topic, hours, plannedDate, factDate, homework)
            == (other.section, other.topic, other.hours, other.plannedDate, other.factDate, other.homework)
    }
}

/// A problem in an imported plan, at a line and column of the file.
public struct PlanImportProblem: Equatable, Sendable {
    public var line: Int
    public var column: String
    public var field: Field
    public var reason: Reason
}
