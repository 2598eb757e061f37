/// A query narrowed by the conditions whose values are given: each adds `AND condition` with its
/// value bound, a nil adds nothing (a list filtered by class, teacher or pupil when named).
public struct StoreQuery {
    public private(set) var sql: String
    public private(set) var arguments: StoreArguments

    public init(_ sql: String, _ arguments: StoreArguments = []) {
        self.sql = sql
        self.arguments = arguments
    }

    /// Adds `AND condition` (with one `?`) and its value, when there is one.
    public mutating func and<T: StoreValueConvertible>(_ condition: String, _ value: T?) {
        guard let value else { return }
        sql += " AND " + condition
        arguments.append(value)
    }

    /// The statement with `tail` after its conditions (an `ORDER BY`).
    public func then(_ tail: String) -> String { sql + " " + tail }
}
