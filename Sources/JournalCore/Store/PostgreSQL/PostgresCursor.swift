import Synchronization

/// A query's rows read a batch at a time through a server-side cursor (issue 25, part 6): the
/// chain of a school or a table's rows walk through in bounded memory, where one result would
/// hold them all. Valid inside the transaction that opened it; several may be open at once.
final class PostgresCursor {
    private let connection: PostgresConnection
    private let name: String
    private let batch: Int
    private(set) var columns: [String] = []
    private var rows: [[StoreValue]] = []
    private var position = 0
    private var exhausted = false

    /// Cursors opened by this process, for names unique within any transaction.
    private static let opened = Atomic<Int>(0)

    init(_ connection: PostgresConnection, _ sql: String, _ arguments: [StoreValue], batch: Int = 2_000) throws {
        self.connection = connection
        self.name = "helpdesk_cursor_\(Self.opened.add(1, ordering: .relaxed).newValue)"
        self.batch = batch
        _ = try connection.execute("DECLARE \(name) NO SCROLL CURSOR FOR \(sql)", arguments)
    }

    /// The next row's values, nil after the last.
    func next() throws -> [StoreValue]? {
        if position == rows.count {
            guard !exhausted else { return nil }
            let result = try connection.execute("FETCH \(batch) FROM \(name)")
            columns = result.columns
            rows = result.rows
            position = 0
            if rows.count < batch {
                exhausted = true
                _ = try connection.execute("CLOSE \(name)")
            }
            guard !rows.isEmpty else { return nil }
        }
        defer { position += 1 }
        return rows[position]
    }
}
