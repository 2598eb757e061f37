import Foundation
internal import GRDB
import Synchronization

/// How many SQL statements, read transactions and write transactions (each a commit to the disk)
/// one process ran, told on standard error when it ends: set `HELPDESK_COUNT_STATEMENTS=1`
/// (issue 25, part 6: the cost of one command, measured by `helpdesk-bench statements`); `=sql`
/// writes each statement too. Off, it costs nothing.
public enum StatementCount {
    static let setting = ProcessInfo.processInfo.environment["HELPDESK_COUNT_STATEMENTS"]
    static let enabled = setting != nil

    struct Counts {
        var statements = 0
        var reads = 0
        var writes = 0
    }

    private static let counts = Mutex(Counts())

    /// Counts every statement the connection runs from now on, when counting is on.
    static func watch(_ db: Database) {
        guard enabled else { return }
        db.trace(options: .statement) { event in
            guard case .statement(let statement) = event else { return }
            let sql = statement.sql
            if setting == "sql" { FileHandle.standardError.write(Data((statement.expandedSQL + "\n").utf8)) }
            counts.withLock { counts in
                counts.statements += 1
                // GRDB opens a read with BEGIN DEFERRED and a write with BEGIN IMMEDIATE.
                if sql.hasPrefix("BEGIN DEFERRED") { counts.reads += 1 }
                if sql.hasPrefix("BEGIN IMMEDIATE") || sql.hasPrefix("BEGIN EXCLUSIVE") { counts.writes += 1 }
            }
        }
        reportAtExit
    }

    /// Registered once: the counts, written to standard error as the process ends.
    private static let reportAtExit: Void = {
        atexit {
            let counts = StatementCount.counts.withLock { $0 }
            FileHandle.standardError.write(
                Data("statements: \(counts.statements), reads: \(counts.reads), writes: \(counts.writes)\n".utf8))
        }
    }()
}
