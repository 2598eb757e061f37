internal import GRDB

/// A query's rows one at a time, in bounded memory, on either engine: SQLite's statement stepped
/// row by row, PostgreSQL's server-side cursor a batch at a time. Valid inside the transaction
/// that opened it.
final class StoreCursor {
    private enum Source {
        case sqlite(RowCursor)
        case postgres(PostgresCursor)
    }

    private let source: Source

    init(_ db: StoreTransaction, _ sql: String, _ arguments: StoreArguments) throws {
        switch db.connection {
        case .sqlite(let sqlite):
            source = .sqlite(try Row.fetchCursor(sqlite, sql: sql, arguments: arguments.statementArguments))
        case .postgres(let postgres):
            source = .postgres(try PostgresCursor(postgres, sql, arguments.storeValues))
        }
    }

    /// The next row, nil after the last.
    func next() throws -> StoreRow? {
        switch source {
        case .sqlite(let rows): try rows.next().map(StoreRow.init)
        case .postgres(let cursor): try cursor.next().map { StoreRow(columns: cursor.columns, values: $0) }
        }
    }
}
