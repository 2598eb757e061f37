import Foundation

/// A region's database on PostgreSQL (issue 25, part 2), as one process of the product uses it:
/// one connection, one transaction at a time, each whole or not at all.
final class PostgresDatabase: @unchecked Sendable {
    /// Guards the connection and `depth`: one transaction at a time, whatever the thread.
    private let lock = NSRecursiveLock()
    private let connection: PostgresConnection
    private var depth = 0

    init(_ connectionString: String) throws {
        connection = try PostgresConnection(connectionString)
    }

    /// Runs `body` in one read-only transaction that sees one moment of the database throughout.
    func read<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// Runs `body` in one write transaction: committed when it returns, rolled back when it throws.
    func write<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try transaction("BEGIN", body)
    }

    private func transaction<T>(_ begin: String, _ body: (PostgresConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        // A transaction begun inside another would commit the outer one with it.
        guard depth == 0 else { throw PostgresError(sqlState: nil, message: "a transaction inside a transaction") }
        depth += 1
        defer { depth -= 1 }
        try connection.reconnectIfLost()
        do {
            _ = try connection.execute(begin)
        } catch let error as PostgresError where error.sqlState == PostgresConnection.connectionLost {
            // Lost since the last transaction (the server restarted): nothing was sent yet, so the
            // transaction begins again on a new connection.
            try connection.reconnectIfLost()
            _ = try connection.execute(begin)
        }
        do {
            let result = try body(connection)
            _ = try connection.execute("COMMIT")
            return result
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
    }
}
