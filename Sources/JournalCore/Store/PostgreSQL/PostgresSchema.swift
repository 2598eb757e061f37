import Foundation

/// One step of a module's schema on PostgreSQL (issue 25, part 2): a script of statements, and the
/// rows the step ships, each bound. Frozen once landed, like the SQLite step beside it.
public struct PostgresStep: Sendable {
    let name: String
    let script: URL?
    let rows: [StoreStatement]

    /// `script` is the step's file among the module's resources; nil when it was not found, which
    /// the step reports when it is to run rather than at start-up.
    public init(_ name: String, script: URL?, rows: [StoreStatement] = []) {
        self.name = name
        self.script = script
        self.rows = rows
    }
}

/// Brings a database on PostgreSQL up to a module's schema: the steps not applied yet, all in one
/// transaction, one process at a time (two consoles started at once on a new database do not
/// both create it), each noted by name in `schemamigration`.
enum PostgresSchema {
    /// The journal's own steps.
    static let journal = [
        PostgresStep(
            "postgresql v1 the journal as of its SQLite steps v1 to v14",
            script: Bundle.module.url(forResource: "journal", withExtension: "sql", subdirectory: "PostgreSQL"))
    ]

    /// Applies the steps not applied yet, in a transaction of its own.
    static func migrate(_ connection: PostgresConnection, _ steps: [PostgresStep]) throws {
        _ = try connection.execute("BEGIN")
        do {
            try apply(connection, steps)
            _ = try connection.execute("COMMIT")
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// Applies the steps not applied yet and gives the sealed tables their seal triggers (again
    /// only when their description changed), inside the transaction under way.
    static func apply(_ connection: PostgresConnection, _ steps: [PostgresStep], sealing tables: [SealedRows] = []) throws {
        let seals = tables.isEmpty ? nil : "seals " + AuditLog.digest(tables.map(\.notes.postgresql).joined(separator: "\n"))
        let needed = Set(steps.map(\.name) + (seals.map { [$0] } ?? []))
        // Up to date, as a database mostly is: one read, no lock, no schema statement.
        guard !needed.isSubset(of: try appliedSteps(connection)) else { return }
        do {
            // The lock of this schema's migration, whatever other schemas the database holds.
            _ = try connection.execute("SELECT pg_advisory_xact_lock(hashtext('helpdesk schema ' || current_schema()))")
            _ = try connection.execute("CREATE TABLE IF NOT EXISTS schemamigration (identifier text PRIMARY KEY NOT NULL)")
            let applied = try appliedSteps(connection)
            for step in steps where !applied.contains(step.name) { try run(step, on: connection) }
            guard let seals, !applied.contains(seals) else { return }
            try PostgresSeals.install(connection, tables)
            _ = try connection.execute("INSERT INTO schemamigration (identifier) VALUES (?)", [.text(seals)])
        } catch let error as PostgresError where error.sqlState == "42501" {
            // The application's role may not change the schema (scripts/region-roles.sql).
            throw StorageProblem.ownerMustUpgrade
        }
    }

    /// The steps applied to the database, by name; none in a database not set up yet.
    static func appliedSteps(_ connection: PostgresConnection) throws -> Set<String> {
        guard try connection.execute("SELECT to_regclass('schemamigration') IS NOT NULL").rows == [[.integer(1)]] else { return [] }
        return Set(
            try connection.execute("SELECT identifier FROM schemamigration").rows.compactMap { row -> String? in
                guard case .text(let name) = row.first else { return nil }
                return name
            })
    }

    private static func run(_ step: PostgresStep, on connection: PostgresConnection) throws {
        guard let url = step.script, let script = try? String(contentsOf: url, encoding: .utf8) else {
            throw PostgresError(sqlState: nil, message: "the schema step «\(step.name)» is missing from the installation")
        }
        try connection.run(script: script)
        for row in step.rows { _ = try connection.execute(row.sql, row.arguments.map(\.storeValue)) }
        _ = try connection.execute("INSERT INTO schemamigration (identifier) VALUES (?)", [.text(step.name)])
    }
}
