import Foundation
internal import GRDB

extension Journal {
    /// Creates an organization with its first journal administrator; used by `helpdesk init`
    /// and the demo. Refuses a code already in use.
    @discardableResult
    public func createOrganization(
        code: String, name: String, timeZone: String, adminName: String, adminLogin: String, adminPassword: String
    ) throws -> (Organization, Account) {
        let code = try Validate.text(code, .code, max: 32).lowercased()
        guard code.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" }) else {
            throw JournalError.invalid(.code, .badFormat)
        }
        let name = try Validate.text(name, .name, max: 300)
        let zone = try Self.checkTimeZone(timeZone)
        let adminName = try Validate.fullName(adminName)
        let login = try Validate.login(adminLogin)
        try PasswordPolicy.check(adminPassword, login: login, personal: [adminName, name, code], field: .password)
        let hash = try hasher.hash(adminPassword)
        return try write { db in
            if try db.value(Int.self, "SELECT COUNT(*) FROM organization WHERE code = ?", [code]) ?? 0 > 0 {
                throw JournalError.invalid(.code, .alreadyExists(code))
            }
            var organization = Organization(code: code, name: name, timeZone: zone)
            try db.insert(&organization)
            try ProductionCalendar.install(db, organizationId: organization.savedId)
            var admin = try Person(organizationId: organization.savedId, fullName: adminName)
            try db.insert(&admin)
            try db.insert(PersonRole(personId: admin.savedId, role: .journalAdmin))
            var account = try insertAccount(db, person: admin, login: login)
            account.passwordHash = hash
            account.state = .active
            try db.update(account)
            return (organization, account)
        }
    }

    /// Every organization in the database, for staff choosing one (help desk intake, seed 002 §4).
    public func organizations(_ caller: Caller) throws -> [Organization] {
        try read { db in
            guard caller.isStaff else { throw JournalError.forbidden(.viewStructure) }
            return try db.records(Organization.self, "SELECT * FROM organization ORDER BY code")
        }
    }

    public func organization(_ caller: Caller) throws -> Organization {
        try read { db in try organization(db, caller.organizationId) }
    }

    /// An organization that exists: its id came from a session or a row that names it.
    func organization(_ db: StoreTransaction, _ id: Int64) throws -> Organization {
        guard let organization = try db.record(Organization.self, id: id) else {
            throw JournalError.invalid(.organization, .unknown(String(id)))
        }
        return organization
    }

    /// Renames the caller's organization or moves it to another time zone.
    public func updateOrganization(_ caller: Caller, name: String?, timeZone: String?) throws -> Organization {
        let name = try name.map { try Validate.text($0, .name, max: 300) }
        let zone = try timeZone.map(Self.checkTimeZone)
        return try write { db in
            try Access.check(.editOrganization, caller: caller, organizationId: caller.organizationId, db)
            var organization = try organization(db, caller.organizationId)
            if let name { organization.name = name }
            if let zone { organization.timeZone = zone }
            try db.update(organization)
            return organization
        }
    }

    static func checkTimeZone(_ identifier: String) throws -> String {
        let trimmed = identifier.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw JournalError.invalid(.timeZone, .missing) }
        guard trimmed.contains("/") || trimmed == "UTC", let zone = TimeZone(identifier: trimmed) else {
            throw JournalError.invalid(.timeZone, .unknown(trimmed))
        }
        return zone.identifier
    }
}

extension Journal {
    /// Whether the database holds no organization yet (a first start).
    public func isEmpty() throws -> Bool {
        try read { db in try db.value(Int.self, "SELECT COUNT(*) FROM organization") ?? 0 == 0 }
    }

    public func hasOrganization(code: String) throws -> Bool {
        try read { db in try db.value(Int.self, "SELECT COUNT(*) FROM organization WHERE code = ?", [code]) ?? 0 > 0 }
    }
}
