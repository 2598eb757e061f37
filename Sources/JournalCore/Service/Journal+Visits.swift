import Foundation
import GRDB

extension Journal {
    /// Lets in an account whose credentials were checked: builds its caller and notes its first
    /// login of the day in the school's zone (J-REP-2, J-REP-3) in one read, and writes only when
    /// there is something to write — the visit, or `reset` (a clean login after failures) — in
    /// one transaction, so that a read-only command leaves the file as it was.
    func admit(accountId: Int64, reset: ((Database) throws -> Void)? = nil) throws -> Caller {
        let now = clock.now
        let (caller, unvisited) = try read { db -> (Caller, LocalDate?) in
            let caller = try self.caller(db, accountId: accountId)
            let day = try today(db, organizationId: caller.organizationId)
            return (caller, try JournalVisit.exists(db, key: ["accountId": accountId, "day": day]) ? nil : day)
        }
        guard unvisited != nil || reset != nil else { return caller }
        try write { db in
            try reset?(db)
            guard let day = unvisited else { return }
            try db.execute(
                sql: "INSERT OR IGNORE INTO journalVisit (accountId, day, firstAt) VALUES (?, ?, ?)", arguments: [accountId, day, now])
        }
        return caller
    }
}
