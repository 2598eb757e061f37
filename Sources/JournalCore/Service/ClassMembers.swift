internal import GRDB

/// Who is in a class now: its pupils (enrolled, not left) and their guardians. One place for
/// the lists a class's page, its credentials, its messages, its consents and its period marks read.
enum ClassMembers {
    static func students(_ db: StoreTransaction, classId: Int64) throws -> [Int64] {
        try db.values(Int64.self, "SELECT studentId FROM enrolment WHERE classId = ? AND endDate IS NULL", [classId])
    }

    static func guardians(_ db: StoreTransaction, classId: Int64) throws -> [Int64] {
        try db.values(
            Int64.self,
            """
            SELECT DISTINCT g.guardianId FROM guardianship g JOIN enrolment e ON e.studentId = g.studentId
            WHERE e.classId = ? AND e.endDate IS NULL
            """, [classId])
    }
}
