import Foundation
import GRDB

/// Failed logins in a row: after 5 the account waits 30 seconds, twice as long after each further
/// failure (at most an hour); after 20 it is locked until its credentials are reset.
enum LoginThrottle {
    static let freeAttempts = 5
    static let lockAfter = 20

    static func wait(after failures: Int) -> TimeInterval? {
        guard failures >= freeAttempts else { return nil }
        return min(3600, 30 * pow(2, Double(failures - freeAttempts)))
    }
}

extension LoginThrottle {
    /// Whether failures are counted for this login key.
    static func has(_ db: Database, digest: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM loginThrottle WHERE loginDigest = ?)", arguments: [digest]) ?? false
    }
}
