import Foundation

/// A region's store on PostgreSQL (issue 25, part 2): the same opening, migrating and sealed
/// writes as a school's file, on the second engine.
extension AppDatabase {
    /// Opens the database a libpq connection string names (`postgresql://…`, or `host=/run/postgresql
    /// dbname=…` for a Unix socket with peer authentication) and brings the journal's schema up to date.
    /// A database with no schema of the product's yet is set up only when `create` is given
    /// (`init`, the demo, a move or a restore into it), so that a mistyped database or schema never
    /// opens an empty journal.
    public static func open(postgresql connectionString: String, create: Bool = true) throws -> AppDatabase {
        let server = try PostgresDatabase(connectionString)
        if !create, try server.read({ connection in try PostgresSchema.appliedSteps(connection).isEmpty }) {
            throw StorageProblem.missing(displayName(connectionString))
        }
        return try AppDatabase(postgres: server)
    }

    /// Whether a `--db` names a database on PostgreSQL rather than a file.
    public static func isPostgreSQL(_ location: String) -> Bool {
        ["postgresql://", "postgres://"].contains { location.hasPrefix($0) } || location.hasPrefix("host=")
            || location.hasPrefix("dbname=")
    }

    /// The store's location as a person may see it: a connection string without its password.
    public static func displayName(_ location: String) -> String {
        guard isPostgreSQL(location) else { return location }
        if var url = URLComponents(string: location), url.scheme != nil {
            if url.password != nil { url.password = "…" }
            return url.string ?? location
        }
        return location.replacingOccurrences(of: #"password\s*=\s*('[^']*'|\S+)"#, with: "password=…", options: .regularExpression)
    }

    init(postgres server: PostgresDatabase) throws {
        engine = .postgres(server)
        isReadOnly = false
        openedState = nil
        let tables = sealed.all
        try server.write { connection in try PostgresSchema.apply(connection, PostgresSchema.journal, sealing: tables) }
        let pending = try server.read { connection in
            let store = StoreTransaction(connection)
            return try RowSeal.baselinePending(store, tables) || ProductionCalendar.revisionPending(store)
        }
        if pending {
            try write(on: server, at: Date()) { store in
                try RowSeal.baseline(store, at: Date(), tables)
                try ProductionCalendar.refresh(store)
            }
        }
    }

    /// Brings another module's schema up to date on PostgreSQL and seals its tables' rows from
    /// then on, the rows already there once.
    func migrate(on server: PostgresDatabase, _ steps: [PostgresStep], sealing: [SealedRows]) throws {
        sealed.add(sealing)
        let tables = sealed.all
        try server.write { connection in try PostgresSchema.apply(connection, steps, sealing: tables) }
        if try server.read({ connection in try RowSeal.baselinePending(StoreTransaction(connection), tables) }) {
            try write(on: server, at: Date()) { store in try RowSeal.baseline(store, at: Date(), tables) }
        }
    }

    /// One write transaction of the product on PostgreSQL: marked as the product's, so that its
    /// changes to sealed rows are noted; the chain's heads kept until the commit; every changed
    /// row sealed before it commits (J-ARCH-2). A rehearsal checks all of it and keeps nothing.
    func write<T>(on server: PostgresDatabase, at now: Date, _ body: (StoreTransaction) throws -> T) throws -> T {
        try server.write { connection in
            let store = StoreTransaction(connection, productWrite: true)
            try PostgresSeals.begin(connection)
            ChainHeads.begin(store)
            defer { ChainHeads.discard(store) }
            let result = try body(store)
            try RowSeal.flush(store, at: now, sealed)
            try ChainHeads.end(store)
            if Rehearsal.isOn { throw Rehearsal.finished }
            return result
        }
    }
}
