import Foundation
import GRDB

/// What a breach report did to the journal (H-CRED-3, J-ACL-5).
public struct BreachEffect: Sendable, Equatable {
    public var accountId: Int64
    public var organizationId: Int64
    public var login: String
    /// Audit entries made with the account since the report, now marked invalid.
    public var invalidatedEntries: Int
    /// Marks among them, now left out of the journal's views.
    public var voidedMarks: Int
}

extension Journal {
    /// Anyone may report that an account's credentials leaked (seed 004 §5.3). The account is locked
    /// at once and its sessions end; every operation made with it from `reportedAt` on is marked
    /// invalid in the audit log and left out of the journal (seed 004 §5.4; `BreachRollback`).
    /// `within` runs in the same transaction, for what the help desk records with it.
    public func reportBreach(
        _ caller: Caller, organizationId: Int64, login: String, reportedAt: Date,
        within: (Database, BreachEffect) throws -> Void = { _, _ in }
    ) throws -> BreachEffect {
        if reportedAt > clock.now { throw JournalError.invalid(.date, .inFuture) }
        return try write { db in
            try Access.checkCaller(caller, db)
            guard var account = try Account.filter(Account.Columns.organizationId == organizationId)
                .filter(Account.Columns.login.collating(.nocase) == login.trimmingCharacters(in: .whitespaces)).fetchOne(db)
            else { throw JournalError.invalid(.login, .unknown(login)) }
            account.state = .locked
            account.sessionEpoch += 1
            account.blockedUntil = nil
            try account.update(db)
            let since = Int64((reportedAt.timeIntervalSince1970 * 1000).rounded())
            let entries = try AuditEntry.filter(AuditEntry.Columns.accountId == account.id! && Column("at") >= since).fetchAll(db)
            let reason = "breach of \(account.login) reported at \(ISO8601DateFormatter().string(from: reportedAt))"
            for entry in entries {
                try db.execute(sql: "INSERT OR IGNORE INTO auditInvalidation (auditEntryId, reason, at) VALUES (?, ?, ?)",
                               arguments: [entry.id, reason, clock.now])
            }
            let voided = try BreachRollback.undo(db, entries, at: clock.now)
            let effect = BreachEffect(accountId: account.id!, organizationId: organizationId, login: account.login,
                                      invalidatedEntries: entries.count, voidedMarks: voided)
            try within(db, effect)
            return effect
        }
    }

    /// The audit entries a breach made invalid, among those of the caller's organization.
    public func invalidAuditEntries(_ caller: Caller) throws -> Set<Int64> {
        try read { db in
            try Access.check(.viewAudit, caller: caller, organizationId: caller.organizationId, db)
            return try Int64.fetchSet(db, sql: """
                SELECT auditEntryId FROM auditInvalidation JOIN auditEntry ON auditEntry.id = auditEntryId WHERE auditEntry.organizationId = ?
                """, arguments: [caller.organizationId])
        }
    }

    /// Whether `date` is a working day of the organization's production calendar: a weekday that is
    /// not a holiday, or a weekend day made a working day.
    public func isWorkingDay(_ db: Database, organizationId: Int64, _ date: LocalDate) throws -> Bool {
        let kind = try String.fetchOne(db, sql: "SELECT kind FROM calendarDay WHERE organizationId = ? AND date = ?",
                                       arguments: [organizationId, date])
        switch kind.flatMap(CalendarDayKind.init(rawValue:)) {
        case .holiday?: return false
        case .workday?: return true
        case nil: return date.weekday <= 5
        }
    }
}
