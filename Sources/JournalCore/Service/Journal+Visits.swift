import Foundation
internal import GRDB

extension Journal {
    /// Lets in an account whose credentials were checked: builds its caller and notes its first
    /// login of the day in the school's zone (J-REP-2, J-REP-3) in one read, and writes only when
    /// there is something to write — the visit, or `reset` (a clean login after failures) — in
    /// one transaction, so that a read-only command leaves the file as it was.
    func admit(accountId: Int64, reset: ((StoreTransaction) throws -> Void)? = nil) throws -> Caller {
        let now = clock.now
        let (caller, unvisited) = try read { db -> (Caller, LocalDate?) in
            let caller = try self.caller(db, accountId: accountId)
            let day = try today(db, organizationId: caller.organizationId)
            let visited = try db.exists("SELECT 1 FROM journalVisit WHERE accountId = ? AND day = ?", [accountId, day])
            return (caller, visited ? nil : day)
        }
        guard unvisited != nil || reset != nil else { return caller }
        // On a file opened read-only the day's first visit cannot be noted: the caller is let in
        // there, to `enter` the file opened for writing without the password checked again.
        if reset == nil && database.isReadOnly { throw LoginNeedsWrite(caller: caller) }
        func noteVisit(_ db: StoreTransaction) throws {
            guard let day = unvisited else { return }
            try db.execute(
                "INSERT INTO journalVisit (accountId, day, firstAt) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [accountId, day, now])
        }
        if let reset {
            try write { db in
                try reset(db)
                try noteVisit(db)
            }
        } else {
            try database.writeUnsealed(noteVisit)
        }
        return caller
    }
}

/// A login on a file opened read-only that has to note the day's first visit: its credentials
/// were checked and `caller` is let in; `Journal.enter` notes the visit on the file opened for
/// writing.
public struct LoginNeedsWrite: Error, Sendable {
    public let caller: Caller
}

extension Journal {
    /// Lets in again, on the file opened for writing, a caller let in on it opened read-only
    /// (`LoginNeedsWrite`): the session must still stand, and the day's first visit is noted.
    public func enter(_ caller: Caller) throws -> Caller {
        try checkSession(caller)
        return try admit(accountId: caller.accountId)
    }
}
