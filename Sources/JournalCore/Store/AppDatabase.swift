import Foundation
import GRDB

/// The one SQLite file of an installation: opens it, migrates it, and hands out the
/// connection the journal's write methods use.
public struct AppDatabase: Sendable {
    public let writer: any DatabaseWriter

    /// Wraps an open connection and brings its schema up to date.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        try Migrations.migrator.migrate(writer)
        try writer.write { db in try RowSeal.baseline(db, at: Date()) }
    }

    /// Runs `body` in one write transaction of the product: it happens whole or not at all, and
    /// every journal row it changed is sealed in the audit chain before it commits (J-ARCH-2).
    public func write<T>(at now: Date, _ body: (Database) throws -> T) throws -> T {
        try writer.write { db in
            try RowSeal.prepare(db)
            let result = try body(db)
            try RowSeal.flush(db, at: now)
            return result
        }
    }

    /// Opens (creating if needed, mode 0600) the database file at `path`, in WAL mode with
    /// `synchronous=FULL`, foreign keys on, and a busy timeout so that several consoles
    /// can share it.
    public static func open(path: String) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        if !FileManager.default.fileExists(atPath: path) {
            FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let pool = try DatabasePool(path: path, configuration: configuration())
        // GRDB's WAL set-up lowers `synchronous` to NORMAL after prepareDatabase; raise it
        // on the single writer connection once the pool is open.
        try pool.barrierWriteWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return try AppDatabase(pool)
    }

    /// A private in-memory database, for tests.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration()))
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        // GRDB 7 opens write transactions with BEGIN IMMEDIATE, so two consoles never
        // deadlock upgrading a read lock; the busy timeout makes the second one wait.
        return config
    }

    /// The value of `PRAGMA synchronous` on the writer connection (2 is FULL).
    public func synchronousLevel() throws -> Int {
        try writer.barrierWriteWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
        }
    }
}
