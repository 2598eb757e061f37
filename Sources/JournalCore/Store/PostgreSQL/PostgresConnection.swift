internal import CLibPQ
import Foundation

/// One connection to a PostgreSQL server through libpq (issue 25, part 2): synchronous like the
/// core, one statement a round trip, arguments always bound (`$1 …`), never written into the text.
final class PostgresConnection {
    private let handle: OpaquePointer
    /// How many rows the last statement inserted, changed or deleted.
    private(set) var changedRows = 0
    /// Each table's primary key columns, read from the catalogue once per connection.
    private var primaryKeys: [String: [String]] = [:]

    /// Connects by a libpq connection string (`postgresql://role@host:port/database`, or
    /// `host=/run/postgresql dbname=…` for a Unix socket with peer authentication).
    init(_ connectionString: String) throws(PostgresError) {
        guard let handle = PQconnectdb(connectionString) else {
            throw PostgresError(sqlState: nil, message: "out of memory")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = Self.trimmed(PQerrorMessage(handle))
            PQfinish(handle)
            // No server there, or it refused the connection: SQLSTATE's own code for it.
            throw PostgresError(sqlState: "08001", message: message)
        }
        // The server's notices (what a DROP … CASCADE took with it) are not for the product's users.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        self.handle = handle
    }

    deinit { PQfinish(handle) }

    /// Runs one statement written with `?` placeholders, bound in order.
    func execute(_ sql: String, _ arguments: [StoreValue] = []) throws(PostgresError) -> PostgresResult {
        let text = PostgresPlaceholders.numbered(sql)
        let parameters = arguments.map(PostgresParameter.init)
        let result = Self.withParameters(parameters) { values, lengths, formats in
            PQexecParams(handle, text, Int32(parameters.count), nil, values, lengths, formats, 0)
        }
        return try finish(result)
    }

    /// Runs a text of several statements with no arguments (a step of the schema), in the one
    /// round trip of libpq's simple protocol; the first failing statement stops it.
    func run(script: String) throws(PostgresError) {
        _ = try finish(PQexec(handle, script))
    }

    /// Reads what a call returned, or throws what the server reported; a connection lost on the
    /// way (the server restarted, the network gone) as SQLSTATE 08006, whatever libpq said.
    private func finish(_ result: OpaquePointer?) throws(PostgresError) -> PostgresResult {
        guard let result else { throw failure(nil) }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK:
            let read = Self.read(result)
            changedRows = read.changedRows
            return read
        default:
            throw failure(result)
        }
    }

    private func failure(_ result: OpaquePointer?) -> PostgresError {
        if PQstatus(handle) != CONNECTION_OK {
            return PostgresError(sqlState: Self.connectionLost, message: Self.trimmed(PQerrorMessage(handle)))
        }
        guard let result else { return PostgresError(sqlState: nil, message: Self.trimmed(PQerrorMessage(handle))) }
        return PostgresError(
            sqlState: Self.field(result, "C"), message: Self.field(result, "M") ?? Self.trimmed(PQresultErrorMessage(result)))
    }

    /// SQLSTATE of a connection that failed (class 08).
    static let connectionLost = "08006"

    /// Connects again, with the same parameters, when the connection was lost: the next
    /// transaction runs on a new one instead of failing for as long as the process lives.
    func reconnectIfLost() throws(PostgresError) {
        guard PQstatus(handle) != CONNECTION_OK else { return }
        PQreset(handle)
        guard PQstatus(handle) == CONNECTION_OK else {
            throw PostgresError(sqlState: Self.connectionLost, message: Self.trimmed(PQerrorMessage(handle)))
        }
    }

    /// A table's primary key columns, as the server's catalogue names them (lower case).
    func primaryKey(_ table: String) throws(PostgresError) -> [String] {
        if let known = primaryKeys[table] { return known }
        let result = try execute(
            """
            SELECT a.attname FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
            WHERE i.indrelid = to_regclass(?) AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)
            """, [.text(table)])
        let key = result.rows.compactMap { row -> String? in
            guard case .text(let name) = row.first else { return nil }
            return name
        }
        primaryKeys[table] = key
        return key
    }

    private static func read(_ result: OpaquePointer) -> PostgresResult {
        let columnCount = PQnfields(result)
        let columns = (0..<columnCount).map { String(cString: PQfname(result, $0)) }
        let types = (0..<columnCount).map { PQftype(result, $0) }
        let rows = (0..<PQntuples(result)).map { row in
            (0..<columnCount).map { column -> StoreValue in
                guard PQgetisnull(result, row, column) == 0, let bytes = PQgetvalue(result, row, column) else { return .null }
                return PostgresColumnType(oid: types[Int(column)]).value(String(cString: bytes))
            }
        }
        let changed = Int(String(cString: PQcmdTuples(result))) ?? 0
        return PostgresResult(columns: columns, rows: rows, changedRows: changed)
    }

    /// One field of a failed result's report: `C` its SQLSTATE, `M` its primary message.
    private static func field(_ result: OpaquePointer, _ code: Unicode.Scalar) -> String? {
        PQresultErrorField(result, Int32(code.value)).map { String(cString: $0) }
    }

    private static func trimmed(_ message: UnsafePointer<CChar>?) -> String {
        message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
    }

    /// Hands libpq the parameters' bytes, valid for the call only.
    private static func withParameters<T>(
        _ parameters: [PostgresParameter],
        _ body: (UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?) -> T
    ) -> T {
        // Text goes NUL-terminated (libpq ignores the length of a text parameter); bytes by length.
        let buffers = parameters.map { parameter in
            parameter.bytes.map { bytes -> UnsafeMutablePointer<CChar> in
                let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
                for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
                buffer[bytes.count] = 0
                return buffer
            }
        }
        defer { for buffer in buffers { buffer?.deallocate() } }
        let values: [UnsafePointer<CChar>?] = buffers.map { $0.map { UnsafePointer($0) } }
        let lengths = parameters.map { Int32($0.bytes?.count ?? 0) }
        let formats = parameters.map { $0.isBinary ? Int32(1) : Int32(0) }
        return values.withUnsafeBufferPointer { values in
            lengths.withUnsafeBufferPointer { lengths in
                formats.withUnsafeBufferPointer { formats in body(values.baseAddress, lengths.baseAddress, formats.baseAddress) }
            }
        }
    }
}
