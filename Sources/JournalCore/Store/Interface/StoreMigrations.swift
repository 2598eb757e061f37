internal import GRDB

/// The schema steps of a module above the core (the help desk's tables), each run once, in
/// order, by its name, in one transaction (issue 25, part 1). Frozen once landed: change a
/// schema by adding a step.
public struct StoreMigrations: Sendable {
    var migrator = DatabaseMigrator()
    /// The same schema's steps on PostgreSQL, written for that engine and held equal to these.
    var postgresql: [PostgresStep] = []

    public init() {}

    /// Adds the step `name`: `statements` run one after another on a file that has not had it.
    public mutating func add(_ name: String, _ statements: [StoreStatement]) {
        migrator.registerMigration(name) { db in
            for statement in statements { try db.execute(sql: statement.sql, arguments: statement.arguments.statementArguments) }
        }
    }

    /// Adds a step on PostgreSQL: what the steps on SQLite made so far, or a step beside one.
    public mutating func add(_ step: PostgresStep) {
        postgresql.append(step)
    }
}

/// One statement with its arguments, as a step of the schema runs it: a row a step ships is
/// bound, never written into the text.
public struct StoreStatement: Sendable, ExpressibleByStringLiteral {
    public let sql: String
    public let arguments: StoreArguments

    public init(_ sql: String, _ arguments: StoreArguments = []) {
        self.sql = sql
        self.arguments = arguments
    }

    public init(stringLiteral sql: String) {
        self.init(sql)
    }
}
