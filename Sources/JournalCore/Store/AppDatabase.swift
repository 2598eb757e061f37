import Foundation
internal import GRDB

/// The store of an installation — a school's SQLite file, or a region's PostgreSQL database —:
/// opens it, migrates it, and hands out the transactions the journal's methods use.
public struct AppDatabase: Sendable {
    /// The engine: private to JournalCore, so that every write goes through `write(at:)` and is
    /// sealed in the audit chain.
    let engine: StoreEngine
    /// The file's connection, for the parts of the store that are SQLite's own (its backup, its
    /// pragmas); on another engine they are not there to run.
    var writer: any DatabaseWriter {
        get throws(StoreEngineMismatch) {
            guard case .sqlite(let writer) = engine else { throw StoreEngineMismatch() }
            return writer
        }
    }
    /// Opened read-only (`openReadOnly`): nothing can change the file.
    public let isReadOnly: Bool
    /// The tables whose rows the chain seals: the journal's, and another module's once added.
    let sealed = SealedSet()
    /// The schema the modules above added, and the tables a school moves with.
    let extensions = StoreExtensions()
    /// What was found at opening: the migrations applied and the seals made, which only grow,
    /// so that another module's `migrate` finding its own there reads and writes nothing (nil
    /// when opening itself had to seal or migrate).
    let openedState: (migrations: Set<String>, seals: SealState)?

    /// Wraps an open connection and brings its schema up to date: one read when it is.
    init(_ writer: any DatabaseWriter) throws {
        engine = .sqlite(writer)
        isReadOnly = false
        var state = try writer.read(Self.openingState)
        var migrated = false
        if !Set(Migrations.migrator.migrations).isSubset(of: state.migrations) {
            try Migrations.migrator.migrate(writer)
            state = try writer.read(Self.openingState)
            migrated = true
        }
        let tables = sealed.all
        let pending = !state.seals.unsealed(tables).isEmpty || state.calendarPending
        openedState = migrated || pending ? nil : (state.migrations, state.seals)
        if pending {
            try writeDatabase(at: Date()) { db in
                try RowSeal.baseline(db.store, at: Date(), tables)
                try ProductionCalendar.refresh(db.store)
            }
        }
    }

    /// The migrations applied, and when the journal's are all there, the seals made and whether
    /// the production calendar is to be refreshed.
    private static func openingState(_ db: Database) throws -> (migrations: Set<String>, seals: SealState, calendarPending: Bool) {
        let migrations = try appliedMigrations(db)
        guard Set(Migrations.migrator.migrations).isSubset(of: migrations) else { return (migrations, .unknown, false) }
        return (migrations, try SealState.read(db.store), try ProductionCalendar.revisionPending(db.store))
    }

    /// Runs `body` in one read transaction of the store: a consistent view of the school.
    public func read<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        switch engine {
        case .sqlite(let writer): try writer.read { db in try body(StoreTransaction(db)) }
        case .postgres(let server): try server.read { connection in try body(StoreTransaction(connection, snapshot: true)) }
        }
    }

    /// Runs `body` in one write transaction of the store: it happens whole or not at all, and
    /// every sealed row it changed is sealed in the audit chain before it commits (J-ARCH-2).
    public func write<T>(at now: Date, _ body: (StoreTransaction) throws -> T) throws -> T {
        switch engine {
        case .sqlite: try writeDatabase(at: now) { db in try body(StoreTransaction(db)) }
        case .postgres(let server): try write(on: server, at: now, body)
        }
    }

    /// Runs `body` in one read transaction: a consistent view of the file.
    func readDatabase<T>(_ body: (Database) throws -> T) throws -> T {
        try (try writer).read(body)
    }

    /// Brings a part of the product's own tables (the help desk's) up to date and seals the rows
    /// of `sealing` from then on (J-ARCH-2), the rows already there once; a read-only file must be
    /// up to date already.
    /// `moving`: the module's tables as a school moves with them (`SchoolMove`, a copy of a
    /// region's school), after the journal's.
    public func migrate(_ migrations: StoreMigrations, sealing: [SealedRows] = [], moving: [SchoolTable] = []) throws {
        extensions.add(migrations, sealing: sealing, moving: moving)
        switch engine {
        case .sqlite: try migrate(migrations.migrator, sealing: sealing)
        case .postgres(let server): try migrate(on: server, migrations.postgresql, sealing: sealing)
        }
    }

    /// The same for the engine's own migrator.
    func migrate(_ migrator: DatabaseMigrator, sealing: [SealedRows] = []) throws {
        sealed.add(sealing)
        if let (migrations, seals) = openedState, Set(migrator.migrations).isSubset(of: migrations), seals.unsealed(sealed.all).isEmpty {
            return
        }
        guard isReadOnly else {
            let writer = try writer
            try migrator.migrate(writer)
            let tables = sealed.all
            if try writer.read({ db in try RowSeal.baselinePending(db.store, tables) }) {
                try writeDatabase(at: Date()) { db in try RowSeal.baseline(db.store, at: Date(), tables) }
            }
            return
        }
        throw StorageProblem.needsWrite
    }

    private init(readOnly queue: DatabaseQueue, migrations: Set<String>, seals: SealState) {
        engine = .sqlite(queue)
        isReadOnly = true
        openedState = (migrations, seals)
    }

    /// The migrations applied to the file.
    private static func appliedMigrations(_ db: Database) throws -> Set<String> {
        try db.tableExists("grdb_migrations") ? Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) : []
    }

    /// Opens the file for reading only, so that a command that only reads changes nothing in it
    /// (not its schema version, not its time): nil when it cannot be so opened — missing, empty,
    /// not a helpdesk file, or with migrations or maintenance pending, which need a write.
    public static func openReadOnly(path: String) throws -> AppDatabase? {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return nil }
        var config = configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return nil }
        let state = try? queue.read(openingState)
        guard let (migrations, seals, calendarPending) = state, Set(Migrations.migrator.migrations).isSubset(of: migrations),
            seals.unsealed(SealedTable.allCases.map(\.rows)).isEmpty, !calendarPending
        else {
            try? queue.close()
            return nil
        }
        // Reading a WAL file may create its -wal and -shm files: the owner's only, as the file is.
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + suffix)
        }
        return AppDatabase(readOnly: queue, migrations: migrations, seals: seals)
    }

    /// Runs `body` in one write transaction of the product: it happens whole or not at all, and
    /// every journal row it changed is sealed in the audit chain before it commits (J-ARCH-2).
    func writeDatabase<T>(at now: Date, _ body: (Database) throws -> T) throws -> T {
        let writer = try writer
        try installSeals()
        if Rehearsal.isOn {
            // A rehearsal: every rule is checked as in the real write, nothing is kept, and the
            // work stops at its first write (what follows would read what was not kept).
            try writer.writeWithoutTransaction { db in
                try db.inTransaction {
                    ChainHeads.begin(db.store)
                    defer { ChainHeads.discard(db.store) }
                    try RowSeal.prepare(db)
                    _ = try body(db)
                    try RowSeal.flush(db.store, at: now, sealed)
                    return .rollback
                }
            }
            throw Rehearsal.finished
        }
        return try writer.write { db in
            ChainHeads.begin(db.store)
            defer { ChainHeads.discard(db.store) }
            try RowSeal.prepare(db)
            let result = try body(db)
            try RowSeal.flush(db.store, at: now, sealed)
            try ChainHeads.end(db.store)
            return result
        }
    }

    /// Runs `body` in one write transaction without the seal triggers, for the rows the chain does
    /// not seal (a login's `journalVisit`, the `backupLog`): a process that only reads need not
    /// set up the connection's seals for them.
    func writeUnsealed<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        switch engine {
        case .sqlite(let writer): try writer.write { db in try body(db.store) }
        case .postgres(let server): try server.write { connection in try body(StoreTransaction(connection)) }
        }
    }

    /// Brings the planner's statistics up to date, for a file that just grew (the demo school).
    func analyze() throws {
        switch engine {
        case .sqlite(let writer): try writer.writeWithoutTransaction { db in try db.execute(sql: "ANALYZE") }
        case .postgres(let server): try server.write { connection in _ = try connection.execute("ANALYZE") }
        }
    }

    /// The writer connection's seal triggers, for tables added since it last got them: once per
    /// set of tables, not a look at the temporary schema per write.
    private func installSeals() throws {
        guard let generation = sealed.uninstalled else { return }
        try (try writer).writeWithoutTransaction { db in try RowSeal.install(db, sealed.all) }
        sealed.installed(generation)
    }

    /// Opens the database file at `path`, in WAL mode with `synchronous=FULL`, foreign keys on,
    /// and a busy timeout so that several consoles can share it. A missing file is created (mode
    /// 0600, its folder 0700) only when `create` is set; a file that is not a helpdesk database
    /// is refused. The WAL and shared-memory files are kept at 0600 too.
    public static func open(path: String, create: Bool = true) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path)
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists {
            guard create else { throw StorageProblem.missing(path) }
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        } else {
            try checkIsHelpdesk(path)
        }
        let pool = try DatabasePool(path: path, configuration: configuration())
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + suffix)
        }
        // GRDB's WAL set-up lowers `synchronous` to NORMAL after prepareDatabase; raise it
        // on the single writer connection once the pool is open.
        try pool.barrierWriteWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return try AppDatabase(pool)
    }

    /// An existing file must be empty (a database not yet set up) or a helpdesk database.
    private static func checkIsHelpdesk(_ path: String, attempt: Int = 1) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return }
        var configuration = Configuration()
        configuration.readonly = true
        // Fifty consoles opening at once: a busy file waits as the writers do.
        configuration.busyMode = .timeout(30)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            let known = try queue.read { db in
                try db.tableExists("grdb_migrations")
                    && (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")).contains("v1 school structure")
            }
            if !known { throw StorageProblem.notHelpdesk(path) }
        } catch let problem as StorageProblem {
            throw problem
        } catch let error as DatabaseError where error.resultCode != .SQLITE_NOTADB && attempt < 5 {
            // Not a verdict on the file: a read-only opening can lose a race with the last
            // console closing the write-ahead log. Looked at again, briefly later.
            Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            try checkIsHelpdesk(path, attempt: attempt + 1)
        } catch {
            throw StorageProblem.notHelpdesk(path)
        }
    }

    /// Who else may read or write the database and its folder: each is a warning to give.
    public static func exposure(of path: String) -> [StorageProblem] {
        let url = URL(fileURLWithPath: path)
        return [(url.path, false), (url.deletingLastPathComponent().path, true)].compactMap { item, isFolder in
            guard let mode = (try? FileManager.default.attributesOfItem(atPath: item)[.posixPermissions]) as? Int else { return nil }
            return mode & 0o077 != 0 ? .exposed(path: item, mode: mode, folder: isFolder) : nil
        }
    }

    /// A private in-memory database, for tests.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration()))
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Long enough for a queue of fifty consoles writing at once (issue 9: measured in EndToEndTests).
        config.busyMode = .timeout(30)
        // A page cache of up to 32 MB (SQLite's default is 2 MB): a school's import in one
        // transaction spilled past the default and grew faster than its file (issue 25, part 6).
        config.prepareDatabase { db in
            StatementCount.watch(db)
            try db.execute(sql: "PRAGMA cache_size = -32000")
        }
        // GRDB 7 opens write transactions with BEGIN IMMEDIATE, so two consoles never
        // deadlock upgrading a read lock; the busy timeout makes the second one wait.
        return config
    }

    /// The value of `PRAGMA synchronous` on the writer connection (2 is FULL).
    public func synchronousLevel() throws -> Int {
        try (try writer).barrierWriteWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
        }
    }
}

/// The engine an `AppDatabase` runs on.
enum StoreEngine: Sendable {
    /// A school's SQLite file, through GRDB.
    case sqlite(any DatabaseWriter)
    /// A region's PostgreSQL database, through libpq.
    case postgres(PostgresDatabase)
}

/// Why a database file cannot be used, or should be looked at.
public enum StorageProblem: Error, Equatable, Sendable {
    /// No file there, and none is to be created.
    case missing(String)
    /// The file is something else than a helpdesk database.
    case notHelpdesk(String)
    /// The file was opened read-only and this needs a write.
    case needsWrite
    /// A region's schema is older than the program, and the role connected may not change it:
    /// the tables' owner opens it first (issue 25).
    case ownerMustUpgrade
    /// Others than the owner may read or write it (`mode`, octal).
    case exposed(path: String, mode: Int, folder: Bool)
}
