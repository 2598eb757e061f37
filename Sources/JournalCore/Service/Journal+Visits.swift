import Foundation
import GRDB

extension Journal {
    /// Notes the account's first login of the day in the school's zone (J-REP-2, J-REP-3);
    /// later logins that day write nothing, so a read-only command leaves the file as it was.
    func recordVisit(accountId: Int64) throws {
        let now = clock.now
        let day = try read { db -> LocalDate? in
            guard let account = try Account.fetchOne(db, key: accountId) else { return nil }
            let day = try today(db, organizationId: account.organizationId)
            return try JournalVisit.exists(db, key: ["accountId": accountId, "day": day]) ? nil : day
        }
        guard let day else { return }
        try write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO journalVisit (accountId, day, firstAt) VALUES (?, ?, ?)", arguments: [accountId, day, now])
        }
    }
}
