import Synchronization

/// What the modules above the core added to a store (the desk's schema, the seals of its tables,
/// the tables a school moves with), kept so that a store made from this one — a school's copy,
/// a move's new file — gets the same. Shared by every copy of the `AppDatabase` that holds it.
final class StoreExtensions: Sendable {
    private struct Added {
        var schemas: [(migrations: StoreMigrations, sealing: [SealedRows])] = []
        var tables: [SchoolTable] = []
    }

    private let added = Mutex(Added())

    /// The tables a school moves with besides the journal's, in the order they were added.
    var schoolTables: [SchoolTable] { added.withLock { $0.tables } }

    func add(_ migrations: StoreMigrations, sealing: [SealedRows], moving tables: [SchoolTable]) {
        added.withLock { added in
            added.schemas.append((migrations, sealing))
            added.tables += tables.filter { table in !added.tables.contains { $0.name == table.name } }
        }
    }

    /// Brings `store` to the schema and seals this one has.
    func apply(to store: AppDatabase) throws {
        for (migrations, sealing) in added.withLock({ $0.schemas }) {
            try store.migrate(migrations, sealing: sealing)
        }
    }
}
