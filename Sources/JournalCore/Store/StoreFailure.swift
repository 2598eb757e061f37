internal import GRDB

/// What went wrong in the store, by kind, for a module above the core to word (the engine's own
/// error never leaves JournalCore: issue 25, part 1).
public enum StoreFailure: Sendable, Equatable {
    /// A write tried on a file opened read-only: nothing changed.
    case readOnly
    /// Another writer held the file past the wait: nothing changed, try again.
    case busy
    /// Any other failure of the store (a constraint, a full disk): nothing changed.
    case failed
    /// What only a school's file has (its copies), asked of a region's database: nothing done.
    case fileOnly
    /// The region's database server could not be reached, or the connection was lost: nothing
    /// written; the next command connects again.
    case unreachable

    /// The kind of a store's error; nil for an error that is not the store's.
    public init?(_ error: any Error) {
        if error is StoreEngineMismatch {
            self = .fileOnly
            return
        }
        if let error = error as? PostgresError {
            self.init(error)
            return
        }
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode.primaryResultCode {
        case .SQLITE_READONLY: self = .readOnly
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        default: self = .failed
        }
    }
}

extension StoreFailure {
    /// On PostgreSQL, by the server's SQLSTATE: a read-only transaction or standby (25006), a
    /// lock waited for too long, a deadlock or a serialization failure (55P03, 40P01, 40001), a
    /// connection failed or lost (class 08, and what libpq reports without a code: no server).
    init(_ error: PostgresError) {
        switch error.sqlState {
        case "25006": self = .readOnly
        case "55P03", "40P01", "40001": self = .busy
        case let state? where state.hasPrefix("08"): self = .unreachable
        default: self = .failed
        }
    }
}
