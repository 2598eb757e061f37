internal import GRDB

public struct Subject: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var organizationId: Int64
    public var name: String
    /// Taught without marks: «зачёт» or «незачёт» only (J-MARK-1).
    public var passFail: Bool

    public init(id: Int64? = nil, organizationId: Int64, name: String, passFail: Bool = false) {
        self.id = id
        self.organizationId = organizationId
        self.name = name
        self.passFail = passFail
    }

    public static let tableName = "subject"

}

/// A teacher teaching a subject to a class or to one of its subgroups.
public struct Assignment: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var teacherId: Int64
    public var subjectId: Int64
    public var classId: Int64
    public var subgroupId: Int64?
    /// Set for lessons with one student on an individual curriculum.
    public var studentId: Int64?

    public init(id: Int64? = nil, teacherId: Int64, subjectId: Int64, classId: Int64, subgroupId: Int64? = nil, studentId: Int64? = nil) {
        self.id = id
        self.teacherId = teacherId
        self.subjectId = subjectId
        self.classId = classId
        self.subgroupId = subgroupId
        self.studentId = studentId
    }

    public static let tableName = "assignment"

}
