import Foundation
import HelpDesk
import JournalCore
import TestSupport

/// The whole demo — the school, the seed schools and the desk — in memory, on Monday
/// 23 November 2026, 10:00 in Moscow: the tests' one way to build it.
public enum DemoDesk {
    /// The moment its clock stands at.
    public static let moment = ISO8601DateFormatter().date(from: "2026-11-23T07:00:00Z") ?? Date(timeIntervalSince1970: 0)

    /// The demo as it stands at `moment` (Monday 23 November 2026, 10:00 unless said), in memory
    /// unless another store is given (a region's database on PostgreSQL).
    public static func make(at moment: Date = moment, database: AppDatabase? = nil) throws -> SupportDesk {
        let journal = Journal(database: try database ?? AppDatabase.inMemory(), clock: FixedClock(moment), hasher: .fastForTests)
        try journal.loadDemo()
        let desk = try SupportDesk(journal: journal, schedulesFolder: SchoolFile.schedules)
        try desk.loadDemo()
        return desk
    }
}
