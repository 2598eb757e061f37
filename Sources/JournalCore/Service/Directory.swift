import Foundation
import GRDB

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
        try Organization.order(Organization.Columns.code).fetchAll(store.db)
    }

    public static func organizations(_ store: StoreTransaction, ids: some Collection<Int64>) throws -> [Organization] {
        try Organization.filter(ids.contains(Organization.Columns.id)).order(Organization.Columns.code).fetchAll(store.db)
    }

    public static func organization(_ store: StoreTransaction, id: Int64) throws -> Organization? {
        try Organization.fetchOne(store.db, key: id)
    }

    public static func organization(_ store: StoreTransaction, code: String) throws -> Organization? {
        try Organization.filter(Organization.Columns.code == code).fetchOne(store.db)
    }

    /// The account of an organization by login, whatever its case.
    public static func account(_ store: StoreTransaction, organizationId: Int64, login: String) throws -> Account? {
        try Account.filter(Account.Columns.organizationId == organizationId && Account.Columns.login.collating(.nocase) == login)
            .fetchOne(store.db)
    }

    /// The account with exactly this login, in any organization.
    public static func account(_ store: StoreTransaction, login: String) throws -> Account? {
        try Account.filter(Account.Columns.login == login).fetchOne(store.db)
    }

    /// The account of a person, if they have one.
    public static func account(_ store: StoreTransaction, personId: Int64) throws -> Account? {
        try Account.filter(Account.Columns.personId == personId).fetchOne(store.db)
    }

    public static func account(_ store: StoreTransaction, id: Int64) throws -> Account? {
        try Account.fetchOne(store.db, key: id)
    }

    /// The names of these people, by id.
    public static func names(_ store: StoreTransaction, personIds: some Collection<Int64>) throws -> [Int64: String] {
        let rows = try Row.fetchAll(
            store.db, Person.select(Person.Columns.id, Person.Columns.fullName).filter(personIds.contains(Person.Columns.id)))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as Int64, $0["fullName"] as String) })
    }

    /// A person of the organization with their roles, or nil when there is none of that id there.
    public static func person(_ store: StoreTransaction, id: Int64, organizationId: Int64) throws -> DirectoryPerson? {
        guard let person = try Person.fetchOne(store.db, key: id), person.organizationId == organizationId else { return nil }
        return DirectoryPerson(id: id, fullName: person.fullName, roles: try roles(store.db.store, personId: id))
    }

    public static func roles(_ store: StoreTransaction, personId: Int64) throws -> Set<Role> {
        try Role.fetchSet(store.db, sql: "SELECT role FROM personRole WHERE personId = ?", arguments: [personId])
    }

    /// The organization's staff (everyone but students and guardians) with their roles, by id.
    public static func staff(_ store: StoreTransaction, organizationId: Int64) throws -> [DirectoryPerson] {
        try Row.fetchAll(
            store.db,
            sql: """
                SELECT person.id, person.fullName, group_concat(personRole.role) AS roles FROM person
                JOIN personRole ON personRole.personId = person.id
                WHERE person.organizationId = ? AND personRole.role NOT IN ('student', 'guardian')
                GROUP BY person.id ORDER BY person.id
                """, arguments: [organizationId]
        ).map { row in
            let roles = ((row["roles"] as String?) ?? "").split(separator: ",").compactMap { Role(rawValue: String($0)) }
            return DirectoryPerson(id: row["id"], fullName: row["fullName"], roles: Set(roles))
        }
    }

    /// The organization's first journal administrator.
    public static func journalAdministrator(_ store: StoreTransaction, organizationId: Int64) throws -> DirectoryPerson? {
        try staff(store.db.store, organizationId: organizationId).first { $0.roles.contains(.journalAdmin) }
    }
}
