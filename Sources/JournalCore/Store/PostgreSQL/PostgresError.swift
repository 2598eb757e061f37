/// A failure PostgreSQL reported, with its SQLSTATE when the server gave one (`23505` a unique
/// key, `HD001` the product's own closed-year refusal, `40001` a serialization failure).
struct PostgresError: Error, Equatable, Sendable, CustomStringConvertible {
    let sqlState: String?
    let message: String

    var description: String { sqlState.map { "\($0): \(message)" } ?? message }
}
