import Foundation
import JournalCore

/// The help desk's entry point, beside the journal in the same database: support timetables,
/// consultation bookings, trainings and the rollout plan. Every write is one transaction that
/// checks the caller's rights and the rules first.
public struct SupportDesk: Sendable {
    public let journal: Journal
    /// The folder of the organizations' timetable files (`schedules/`).
    public let schedulesFolder: URL
    /// Off while the demo school is built: its history writes to nobody.
    var sendsMail = true

    /// The timetables shipped with the program (the repository's `schedules/`): found wherever it is installed.
    public static var shippedSchedules: URL {
        Bundle.module.resourceURL?.appendingPathComponent("Schedules") ?? URL(fileURLWithPath: "schedules")
    }

    /// Wraps the journal, brings the help desk's tables up to date and has their rows sealed.
    public init(journal: Journal, schedulesFolder: URL = SupportDesk.shippedSchedules) throws {
        self.journal = journal
        self.schedulesFolder = schedulesFolder
        try journal.database.migrate(DeskMigrations.migrations, sealing: DeskSeals.tables, moving: DeskSchoolTables.all)
    }

    var clock: any JournalCore.Clock { journal.clock }

    /// One write transaction of the store, sealed and committed whole at the desk's clock.
    func write<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try journal.database.write(at: clock.now, body)
    }

    /// One read transaction of the store: a consistent view.
    func read<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try journal.database.read(body)
    }

    func organization(_ store: StoreTransaction, id: Int64) throws -> Organization {
        guard let organization = try Directory.organization(store, id: id) else {
            throw DeskError.unknownOrganization(String(id), closest: [])
        }
        return organization
    }
}
