import Foundation
internal import GRDB

/// What a breach report did to the journal (H-CRED-3, J-ACL-5).
public struct BreachEffect: Sendable, Equatable {
    public var breachId: Int64
    public var accountId: Int64
    public var organizationId: Int64
    public var login: String
    /// Audit entries made with the account since `voidFrom`, now marked invalid.
    public var invalidatedEntries: Int
    /// Marks among them, now left out of the journal's views.
    public var voidedMarks: Int
}

/// The state of a breach report.
public enum BreachState: String, Codable, Sendable {
    /// The account is locked and what was done with it is void.
    case open
    /// New credentials were issued.
    case confirmed
    /// A false report: what was voided is back, the account unlocked.
    case withdrawn
}

/// Who reports a breach in the name of whom.
public enum BreachReporter: Sendable {
    /// Someone of the school itself: the owner, the director, the deputies, the journal administrator.
    case school
    /// Desk staff who serve the school (its own, or a support organization's it linked), as the
    /// help desk has checked.
    case servingDesk
}

extension Journal {
    /// Roles of the school who may report any of its accounts leaked (seed 004 §5.3).
    static let breachReporters: Set<Role> = [.director, .deputyAcademic, .deputyUpbringing, .journalAdmin, .supportSpecialist]

    /// Reports that an account's credentials leaked (seed 004 §5.3–5.4). The report is entered
    /// now; operations with the account are void from `voidFrom` (when the head or support got
    /// the information), which may be up to one working day before now and never earlier. The
    /// account is locked at once and its sessions end; every operation made with it since is
    /// marked invalid in the audit log and left out of the journal (`BreachRollback`).
    public func reportBreach(
        _ caller: Caller, organizationId: Int64, login: String, voidFrom: Date? = nil, reporter: BreachReporter = .school
    ) throws -> BreachEffect {
        try reportBreach(caller, organizationId: organizationId, login: login, voidFrom: voidFrom, reporter: reporter) { _, _ in }.effect
    }

    /// Reports a breach as `reportBreach(_:organizationId:login:voidFrom:reporter:)` does, and runs
    /// `within` in the same transaction, for what the help desk records with it: returns what it
    /// recorded too.
    public func reportBreach<Recorded>(
        _ caller: Caller, organizationId: Int64, login: String, voidFrom: Date? = nil, reporter: BreachReporter = .school,
        within: (StoreTransaction, BreachEffect) throws -> Recorded
    ) throws -> (effect: BreachEffect, recorded: Recorded) {
        let now = clock.now
        let voidFrom = voidFrom ?? now
        if voidFrom > now { throw JournalError.invalid(.date, .inFuture) }
        return try write { db in
            try Access.checkCaller(caller, db)
            guard
                var account = try db.record(
                    Account.self, "SELECT * FROM account WHERE organizationId = ? AND login = ? COLLATE NOCASE LIMIT 1",
                    [organizationId, login.trimmingCharacters(in: .whitespaces)])
            else { throw JournalError.invalid(.login, .unknown(login)) }
            try checkBreachReporter(caller, account: account, reporter: reporter)
            // Credentials never issued cannot have leaked (the lock broke the account's own check).
            if account.state == .notIssued { throw JournalError.credentialsNotIssued }
            let earliest = try workingDay(from: now, by: -1, db, organizationId: organizationId)
            if voidFrom < earliest { throw JournalError.invalid(.date, .earlierThan(earliest)) }
            account.state = .locked
            account.lockReason = .breach
            account.sessionEpoch += 1
            account.blockedUntil = nil
            try db.update(account)
            guard
                let breachId = try db.value(
                    Int64.self,
                    """
                    INSERT INTO breach (organizationId, accountId, reportedBy, enteredAt, voidFrom) VALUES (?, ?, ?, ?, ?)
                    RETURNING id
                    """, [organizationId, account.id, caller.accountId, now, voidFrom])
            else { throw UnsavedRecord(table: "breach") }
            let since = Int64((voidFrom.timeIntervalSince1970 * 1000).rounded())
            let entries = try db.records(
                AuditEntry.self, "SELECT * FROM auditEntry WHERE accountId = ? AND at >= ? AND action <> ? ORDER BY id",
                [account.savedId, since, AuditAction.sealed])
            let reason = "breach \(breachId) of \(account.login), void from \(ISO8601DateFormatter().string(from: voidFrom))"
            for entry in entries {
                try db.execute(
                    "INSERT INTO auditInvalidation (auditEntryId, reason, at, breachId) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [entry.id, reason, now, breachId])
            }
            let voided = try BreachRollback.undo(db, entries, breachId: breachId, at: now)
            _ = try BreachRollback.lockIssued(db, by: account.savedId, since: voidFrom, breachId: breachId)
            try AuditLog.append(
                db, organizationId: organizationId, at: now, accountId: caller.accountId, action: .breachReported,
                entity: .account, entityId: account.savedId,
                after: AuditText.of(["voidFrom": ISO8601DateFormatter().string(from: voidFrom), "breach": String(breachId)]))
            let effect = try BreachEffect(
                breachId: breachId, accountId: account.savedId, organizationId: organizationId, login: account.login,
                invalidatedEntries: entries.count, voidedMarks: voided)
            return (effect, try within(db, effect))
        }
    }

    /// The owner, or the school's head, deputies, journal administrator and support; or desk staff
    /// of the organization that serves the school. Never a pupil or parent for someone else,
    /// never across schools.
    private func checkBreachReporter(_ caller: Caller, account: Account, reporter: BreachReporter) throws {
        switch reporter {
        case .school:
            guard caller.organizationId == account.organizationId,
                caller.accountId == account.id || !caller.roles.isDisjoint(with: Self.breachReporters)
            else { throw JournalError.breachReportForbidden }
        case .servingDesk:
            guard caller.isStaff else { throw JournalError.breachReportForbidden }
        }
    }

    /// The journal administrator withdraws a false report: every operation it voided counts again,
    /// the account is unlocked with its password (its sessions stay ended), and the audit says so.
    /// `within` runs in the same transaction, for what the help desk records with it: its result
    /// is returned.
    @discardableResult
    public func withdrawBreach<Recorded>(
        _ caller: Caller, breachId: Int64, reason: String, within: (StoreTransaction) throws -> Recorded = { _ in }
    ) throws -> Recorded {
        let reason = try Validate.text(reason, .reason, max: 500)
        return try write { db in
            let breach = try openBreach(db, caller, breachId)
            let entries = try db.records(
                AuditEntry.self,
                """
                SELECT e.* FROM auditEntry e JOIN auditInvalidation i ON i.auditEntryId = e.id
                WHERE i.breachId = ? AND i.withdrawnAt IS NULL ORDER BY e.id
                """, [breachId])
            try BreachRollback.redo(db, entries, breachId: breachId)
            try db.execute("UPDATE auditInvalidation SET withdrawnAt = ? WHERE breachId = ?", [clock.now, breachId])
            try close(db, breachId, .withdrawn, by: caller.accountId)
            if try db.value(Int.self, "SELECT COUNT(*) FROM breach WHERE accountId = ? AND state = 'open'", [breach.accountId]) == 0 {
                try db.execute(
                    "UPDATE account SET state = 'active', lockReason = NULL WHERE id = ? AND lockReason = 'breach'", [breach.accountId])
            }
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .breachWithdrawn,
                entity: .account, entityId: breach.accountId, after: AuditText.of(["breach": String(breachId)]), reason: reason)
            return try within(db)
        }
    }

    /// New credentials confirm the account's open reports (`setTemporaryPassword`).
    func confirmBreaches(_ db: StoreTransaction, accountId: Int64, by closer: Int64) throws {
        let open = try db.values(Int64.self, "SELECT id FROM breach WHERE accountId = ? AND state = 'open'", [accountId])
        for id in open { try close(db, id, .confirmed, by: closer) }
    }

    private func openBreach(_ db: StoreTransaction, _ caller: Caller, _ breachId: Int64) throws -> (accountId: Int64, organizationId: Int64)
    {
        guard let row = try db.row("SELECT accountId, organizationId FROM breach WHERE id = ? AND state = 'open'", [breachId]) else {
            throw JournalError.noOpenBreach(breachId)
        }
        let accountId: Int64 = try row["accountId"]
        let organizationId: Int64 = try row["organizationId"]
        try Access.check(.manageAccounts, caller: caller, organizationId: organizationId, db)
        return (accountId, organizationId)
    }

    private func close(_ db: StoreTransaction, _ breachId: Int64, _ state: BreachState, by closer: Int64) throws {
        try db.execute("UPDATE breach SET state = ?, closedBy = ?, closedAt = ? WHERE id = ?", [state, closer, clock.now, breachId])
    }

    /// The audit entries an open or confirmed breach made invalid, among those of the caller's organization.
    public func invalidAuditEntries(_ caller: Caller) throws -> Set<Int64> {
        try read { db in
            try Access.check(.viewAudit, caller: caller, organizationId: caller.organizationId, db)
            return Set(
                try db.values(
                    Int64.self,
                    """
                    SELECT auditEntryId FROM auditInvalidation JOIN auditEntry ON auditEntry.id = auditEntryId
                    WHERE auditEntry.organizationId = ? AND auditInvalidation.withdrawnAt IS NULL
                    """, [caller.organizationId]))
        }
    }

    /// Whether `date` is a working day of the organization's production calendar: a weekday that is
    /// not a holiday, or a weekend day made a working day.
    public func isWorkingDay(_ store: StoreTransaction, organizationId: Int64, _ date: LocalDate) throws -> Bool {
        let kind = try store.value(
            String.self, "SELECT kind FROM calendarDay WHERE organizationId = ? AND date = ?", [organizationId, date])
        switch kind.flatMap(CalendarDayKind.init(rawValue:)) {
        case .holiday?: return false
        case .workday?: return true
        case nil: return date.weekday <= 5
        }
    }

    /// The same local time `days` working days after `instant` (before it, when negative), by the
    /// organization's production calendar.
    public func workingDay(from instant: Date, by days: Int, _ store: StoreTransaction, organizationId: Int64) throws -> Date {
        let zone = try store.record(Organization.self, id: organizationId)?.zone ?? .current
        let step = days < 0 ? -1 : 1
        var day = LocalDate(instant, in: zone)
        var left = abs(days)
        while left > 0 {
            day = day.adding(days: step)
            if try isWorkingDay(store, organizationId: organizationId, day) { left -= 1 }
        }
        let midnight = ClockTime.midnight
        let sinceMidnight = instant.timeIntervalSince(midnight.instant(on: LocalDate(instant, in: zone), in: zone))
        return midnight.instant(on: day, in: zone).addingTimeInterval(sinceMidnight)
    }
}
