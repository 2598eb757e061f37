import Foundation
internal import GRDB

/// One account's use of the journal over some days (J-REP-3).
public struct ActivityLine: Sendable, Equatable {
    public var personId: Int64
    public var fullName: String
    public var roles: Set<Role>
    /// Days with a login.
    public var visitDays: Int
    /// Changes made: the audit chain's entries of the account (seals aside).
    public var entries: Int
}

/// The totals of one role: people with an account, those who logged in, their days and changes.
public struct ActivityTotal: Sendable, Equatable {
    public var role: Role
    public var accounts = 0
    public var active = 0
    public var visitDays = 0
    public var entries = 0
}

extension Journal {
    /// Every account's logins and changes from `from` to `to`, for those who oversee the journal:
    /// the monthly report of user activity.
    public func activity(_ caller: Caller, from: LocalDate, to: LocalDate) throws -> [ActivityLine] {
        try Validate.range(from, to)
        return try read { db in
            try Access.checkCaller(caller, db)
            try requireOverseer(caller)
            let zone = try db.record(Organization.self, id: caller.organizationId)?.zone ?? .current
            let start = ClockTime.midnight.instant(on: from, in: zone)
            let end = ClockTime.midnight.instant(on: to.adding(days: 1), in: zone)
            let visits = try Dictionary(
                db.rows("SELECT accountId, COUNT(*) AS days FROM journalVisit WHERE day BETWEEN ? AND ? GROUP BY accountId", [from, to])
                    .map { (try $0["accountId"] as Int64, try $0["days"] as Int) }, uniquingKeysWith: +)
            // One pass over the days' entries, not one a person.
            let entries = try Dictionary(
                db.rows(
                    """
                    SELECT accountId, COUNT(*) AS entries FROM auditEntry
                    WHERE organizationId = ? AND at >= ? AND at < ? AND action <> 'sealed' GROUP BY accountId
                    """,
                    [caller.organizationId, Int64(start.timeIntervalSince1970 * 1000), Int64(end.timeIntervalSince1970 * 1000)]
                ).map { (try $0["accountId"] as Int64, try $0["entries"] as Int) }, uniquingKeysWith: +)
            let rows = try db.rows(
                """
                SELECT a.id AS accountId, p.id, p.fullName,
                       (SELECT GROUP_CONCAT(r.role) FROM personRole r WHERE r.personId = p.id) AS roleList
                FROM account a JOIN person p ON p.id = a.personId
                WHERE a.organizationId = ?
                ORDER BY p.fullName
                """, [caller.organizationId])
            return try rows.map { row in
                let accountId: Int64 = try row["accountId"]
                return ActivityLine(
                    personId: try row["id"], fullName: try row["fullName"],
                    roles: Set(((try row["roleList"] as String?) ?? "").split(separator: ",").compactMap { Role(rawValue: String($0)) }),
                    visitDays: visits[accountId] ?? 0, entries: entries[accountId] ?? 0)
            }
        }
    }
}

extension [ActivityLine] {
    /// Per role, in the order roles are listed: a person with two roles counts in both.
    public var totals: [ActivityTotal] {
        Role.allCases.compactMap { role in
            let lines = filter { $0.roles.contains(role) }
            guard !lines.isEmpty else { return nil }
            return ActivityTotal(
                role: role, accounts: lines.count, active: lines.filter { $0.visitDays > 0 || $0.entries > 0 }.count,
                visitDays: lines.reduce(0) { $0 + $1.visitDays }, entries: lines.reduce(0) { $0 + $1.entries })
        }
    }
}
