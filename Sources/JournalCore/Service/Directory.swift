import Foundation
internal import GRDB

/// A person as the rest of the product sees them: id, name and roles.
public struct DirectoryPerson: Sendable, Equatable {
    public let id: Int64
    public let fullName: String
    public let roles: Set<Role>
}

/// What the rest of the product (the help desk) reads about organizations, people and
/// accounts, inside its own transaction: the journal's tables and their SQL stay in JournalCore.
public enum Directory {
    /// Every organization, by code.
    public static func organizations(_ store: StoreTransaction) throws -> [Organization] {
        try store.records(Organization.self, "SELECT * FROM organization ORDER BY code")
    }

    public static func organizations(_ store: StoreTransaction, ids: some Collection<Int64>) throws -> [Organization] {
        try store.records(
            Organization.self, "SELECT * FROM organization WHERE id IN (\(StoreTransaction.placeholders(ids.count))) ORDER BY code",
            Array(ids))
    }

    public static func organization(_ store: StoreTransaction, id: Int64) throws -> Organization? {
        try store.record(Organization.self, id: id)
    }

    public static func organization(_ store: StoreTransaction, code: String) throws -> Organization? {
        try store.record(Organization.self, "SELECT * FROM organization WHERE code = ? LIMIT 1", [code])
    }

    /// The account of an organization by login, whatever its case.
    public static func account(_ store: StoreTransaction, organizationId: Int64, login: String) throws -> Account? {
        try store.record(
            Account.self, "SELECT * FROM account WHERE organizationId = ? AND login = ? COLLATE NOCASE LIMIT 1", [organizationId, login])
    }

    /// The account with exactly this login, in any organization.
    public static func account(_ store: StoreTransaction, login: String) throws -> Account? {
        try store.record(Account.self, "SELECT * FROM account WHERE login = ? LIMIT 1", [login])
    }

    /// The account of a person, if they have one.
    public static func account(_ store: StoreTransaction, personId: Int64) throws -> Account? {
        try store.record(Account.self, "SELECT * FROM account WHERE personId = ? LIMIT 1", [personId])
    }

    public static func account(_ store: StoreTransaction, id: Int64) throws -> Account? {
        try store.record(Account.self, id: id)
    }

    /// The names of these people, by id.
    public static func names(_ store: StoreTransaction, personIds: some Collection<Int64>) throws -> [Int64: String] {
        let rows = try store.rows(
            "SELECT id, fullName FROM person WHERE id IN (\(StoreTransaction.placeholders(personIds.count))) ORDER BY id",
            Array(personIds))
        return Dictionary(uniqueKeysWithValues: try rows.map { (try $0["id"] as Int64, try $0["fullName"] as String) })
    }

    /// A person of the organization with their roles, or nil when there is none of that id there.
    public static func person(_ store: StoreTransaction, id: Int64, organizationId: Int64) throws -> DirectoryPerson? {
        guard let person = try store.record(Person.self, id: id), person.organizationId == organizationId else { return nil }
        return DirectoryPerson(id: id, fullName: person.fullName, roles: try roles(store, personId: id))
    }

    public static func roles(_ store: StoreTransaction, personId: Int64) throws -> Set<Role> {
        Set(try store.values(Role.self, "SELECT role FROM personRole WHERE personId = ?", [personId]))
    }

    /// The organization's staff (everyone but students and guardians) with their roles, by id.
    public static func staff(_ store: StoreTransaction, organizationId: Int64) throws -> [DirectoryPerson] {
        try store.rows(
            """
            SELECT person.id, person.fullName, group_concat(personRole.role) AS roles FROM person
            JOIN personRole ON personRole.personId = person.id
            WHERE person.organizationId = ? AND personRole.role NOT IN ('student', 'guardian')
            GROUP BY person.id ORDER BY person.id
            """, [organizationId]
        ).map { row in
            let roles = ((try row["roles"] as String?) ?? "").split(separator: ",").compactMap { Role(rawValue: String($0)) }
            return DirectoryPerson(id: try row["id"], fullName: try row["fullName"], roles: Set(roles))
        }
    }

    /// The organization's first journal administrator.
    public static func journalAdministrator(_ store: StoreTransaction, organizationId: Int64) throws -> DirectoryPerson? {
        try staff(store, organizationId: organizationId).first { $0.roles.contains(.journalAdmin) }
    }
}
