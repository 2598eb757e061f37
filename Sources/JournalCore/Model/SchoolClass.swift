internal import GRDB

/// A class such as 5А: a grade level 1–11 and a letter, in one academic year (J-CLASS-1).
public struct SchoolClass: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var yearId: Int64
    public var gradeLevel: Int
    public var letter: String
    public var classTeacherId: Int64?

    public init(id: Int64? = nil, yearId: Int64, gradeLevel: Int, letter: String, classTeacherId: Int64? = nil) {
        self.id = id
        self.yearId = yearId
        self.gradeLevel = gradeLevel
        self.letter = letter
        self.classTeacherId = classTeacherId
    }

    public static let tableName = "schoolClass"

    /// The name people use: `5А`.
    public var name: String { "\(gradeLevel)\(letter)" }
}

/// A part of a class taught separately in one subject (J-CLASS-1).
public struct Subgroup: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var classId: Int64
    public var subjectId: Int64?
    public var name: String

    public init(id: Int64? = nil, classId: Int64, subjectId: Int64?, name: String) {
        self.id = id
        self.classId = classId
        self.subjectId = subjectId
        self.name = name
    }

    public static let tableName = "subgroup"

}

public struct SubgroupMember: Codable, Sendable, Equatable, StoredRecord {
    public var subgroupId: Int64
    public var studentId: Int64

    public init(subgroupId: Int64, studentId: Int64) {
        self.subgroupId = subgroupId
        self.studentId = studentId
    }

    public static let tableName = "subgroupMember"
}
