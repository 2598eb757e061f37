import Foundation
import GRDB

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
        try Row.fetchOne(store.db, sql: "SELECT id, organizationId, fullName, email FROM person WHERE id = ?", arguments: [personId])
            .map(contact)
    }

    /// The person whose address this is (any case), when exactly one person has it.
    public static func contact(_ store: StoreTransaction, email: String) throws -> Contact? {
        let rows = try Row.fetchAll(
            store.db, sql: "SELECT id, organizationId, fullName, email FROM person WHERE email = ? COLLATE NOCASE LIMIT 2",
            arguments: [email])
        return rows.count == 1 ? contact(rows[0]) : nil
    }

    /// The people of the organization who hold any of the roles, by id.
    public static func contacts(_ store: StoreTransaction, organizationId: Int64, roles: Set<Role>) throws -> [Contact] {
        try Row.fetchAll(
            store.db,
            sql: """
                SELECT DISTINCT person.id, person.organizationId, person.fullName, person.email FROM person
                JOIN personRole ON personRole.personId = person.id
                WHERE person.organizationId = ? AND personRole.role IN (\(roles.map { _ in "?" }.joined(separator: ",")))
                ORDER BY person.id
                """, arguments: StatementArguments([organizationId] + roles.map(\.rawValue))
        ).map(contact)
    }

    /// A student's guardians.
    public static func guardians(_ store: StoreTransaction, studentId: Int64) throws -> [Contact] {
        try Row.fetchAll(
            store.db,
            sql: """
                SELECT person.id, person.organizationId, person.fullName, person.email FROM person
                JOIN guardianship ON guardianship.guardianId = person.id WHERE guardianship.studentId = ? ORDER BY person.id
                """, arguments: [studentId]
        ).map(contact)
    }

    /// The class a pupil is in on `date`, if any.
    public static func classId(_ store: StoreTransaction, studentId: Int64, on date: LocalDate) throws -> Int64? {
        try Int64.fetchOne(
            store.db,
            sql: """
                SELECT classId FROM enrolment WHERE studentId = ?1 AND startDate <= ?2 AND (endDate IS NULL OR endDate >= ?2)
                ORDER BY startDate DESC LIMIT 1
                """, arguments: [studentId, date])
    }

    /// A guardian's children with the class each is in on `date`, by name.
    public static func children(_ store: StoreTransaction, guardianId: Int64, on date: LocalDate) throws -> [(
        student: Contact, classId: Int64?
    )] {
        try Row.fetchAll(
            store.db,
            sql: """
                SELECT person.id, person.organizationId, person.fullName, person.email,
                  (SELECT classId FROM enrolment e WHERE e.studentId = person.id AND e.startDate <= ?1
                   AND (e.endDate IS NULL OR e.endDate >= ?1) ORDER BY e.startDate DESC LIMIT 1) AS classId
                FROM person JOIN guardianship ON guardianship.studentId = person.id
                WHERE guardianship.guardianId = ?2 ORDER BY person.fullName
                """, arguments: [date, guardianId]
        ).map { (contact($0), $0["classId"]) }
    }

    /// The class teacher of a class, and the class's name (`5А`).
    public static func classTeacher(_ store: StoreTransaction, classId: Int64) throws -> (teacher: Contact?, className: String)? {
        guard
            let row = try Row.fetchOne(
                store.db, sql: "SELECT gradeLevel, letter, classTeacherId FROM schoolClass WHERE id = ?", arguments: [classId])
        else { return nil }
        let teacher = try (row["classTeacherId"] as Int64?).flatMap { try contact(store.db.store, personId: $0) }
        return (teacher, "\(row["gradeLevel"] as Int)\(row["letter"] as String)")
    }

    private static func contact(_ row: Row) -> Contact {
        let email = (row["email"] as String?)?.trimmingCharacters(in: .whitespaces)
        return Contact(
            personId: row["id"], organizationId: row["organizationId"], fullName: row["fullName"],
            email: email?.isEmpty == false ? email : nil)
    }
}
