import Foundation
internal import GRDB

/// A person with the e-mail address given for them, as the mail the product sends needs.
public struct Contact: Sendable, Equatable {
    public let personId: Int64
    public let organizationId: Int64
    public let fullName: String
    /// Nil when no address was given: nobody is written to without one.
    public let email: String?
}

/// Who is written to about what: addresses, the heads and administrators of a school, a
/// student's guardians and class teacher, the people of a role.
extension Directory {
    public static func contact(_ store: StoreTransaction, personId: Int64) throws -> Contact? {
        try store.row("SELECT id, organizationId, fullName, email FROM person WHERE id = ?", [personId]).map(contact)
    }

    /// The person whose address this is (any case), when exactly one person has it.
    public static func contact(_ store: StoreTransaction, email: String) throws -> Contact? {
        let rows = try store.rows(
            "SELECT id, organizationId, fullName, email FROM person WHERE email = ? COLLATE NOCASE LIMIT 2", [email])
        return try rows.count == 1 ? contact(rows[0]) : nil
    }

    /// The people of the organization who hold any of the roles, by id.
    public static func contacts(_ store: StoreTransaction, organizationId: Int64, roles: Set<Role>) throws -> [Contact] {
        let roles = Array(roles)
        return try store.rows(
            """
            SELECT DISTINCT person.id, person.organizationId, person.fullName, person.email FROM person
            JOIN personRole ON personRole.personId = person.id
            WHERE person.organizationId = ? AND personRole.role IN (\(StoreTransaction.placeholders(roles.count)))
            ORDER BY person.id
            """, [organizationId] + roles.map { $0.rawValue as any StoreValueConvertible }
        ).map(contact)
    }

    /// A student's guardians.
    public static func guardians(_ store: StoreTransaction, studentId: Int64) throws -> [Contact] {
        try store.rows(
            """
            SELECT person.id, person.organizationId, person.fullName, person.email FROM person
            JOIN guardianship ON guardianship.guardianId = person.id WHERE guardianship.studentId = ? ORDER BY person.id
            """, [studentId]
        ).map(contact)
    }

    /// The class a pupil is in on `date`, if any.
    public static func classId(_ store: StoreTransaction, studentId: Int64, on date: LocalDate) throws -> Int64? {
        try store.value(
            Int64.self,
            """
            SELECT classId FROM enrolment WHERE studentId = ?1 AND startDate <= ?2 AND (endDate IS NULL OR endDate >= ?2)
            ORDER BY startDate DESC LIMIT 1
            """, [studentId, date])
    }

    /// A guardian's children with the class each is in on `date`, by name.
    public static func children(_ store: StoreTransaction, guardianId: Int64, on date: LocalDate) throws -> [(
        student: Contact, classId: Int64?
    )] {
        try store.rows(
            """
            SELECT person.id, person.organizationId, person.fullName, person.email,
              (SELECT classId FROM enrolment e WHERE e.studentId = person.id AND e.startDate <= ?1
               AND (e.endDate IS NULL OR e.endDate >= ?1) ORDER BY e.startDate DESC LIMIT 1) AS classId
            FROM person JOIN guardianship ON guardianship.studentId = person.id
            WHERE guardianship.guardianId = ?2 ORDER BY person.fullName
            """, [date, guardianId]
        ).map { row in (try contact(row), try row["classId"] as Int64?) }
    }

    /// The class teacher of a class, and the class's name (`5А`).
    public static func classTeacher(_ store: StoreTransaction, classId: Int64) throws -> (teacher: Contact?, className: String)? {
        guard let row = try store.row("SELECT gradeLevel, letter, classTeacherId FROM schoolClass WHERE id = ?", [classId]) else {
            return nil
        }
        let teacherId: Int64? = try row["classTeacherId"]
        let teacher = try teacherId.flatMap { try contact(store, personId: $0) }
        let gradeLevel: Int = try row["gradeLevel"]
        let letter: String = try row["letter"]
        return (teacher, "\(gradeLevel)\(letter)")
    }

    private static func contact(_ row: StoreRow) throws -> Contact {
        let email = (try row["email"] as String?)?.trimmingCharacters(in: .whitespaces)
        return Contact(
            personId: try row["id"], organizationId: try row["organizationId"], fullName: try row["fullName"],
            email: email?.isEmpty == false ? email : nil)
    }
}
