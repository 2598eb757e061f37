/// A failure PostgreSQL reported, with its SQLSTATE when the server gave one (`23505` a unique
/// key, `HD001` the product's own closed-year refusal, `40001` a serialization failure).
struct PostgresError: Error, Equatable, Sendable, CustomStringConvertible {
    let sqlState: String?
    let message: String

    /// libpq's own words where no server answered (class 08: they name the host and what to
    /// check), the code before the server's otherwise.
    var description: String {
        guard let sqlState, !sqlState.hasPrefix("08") else { return message }
        return "\(sqlState): \(message)"
    }
}
