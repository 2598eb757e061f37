internal import GRDB

/// Which tables a file's rows were sealed for, as its maintenance row says, read once.
enum SealState: Sendable {
    /// No maintenance row: nothing is to be sealed.
    case unknown
    /// A database from before the seals: every table is still to be sealed once.
    case pending
    /// The tables sealed so far; nil in a file from before tables were named (the original set).
    case sealed(Set<String>?)

    static func read(_ db: StoreTransaction) throws -> SealState {
        guard let row = try db.row("SELECT sealsPending, sealedTables FROM maintenance WHERE id = 1") else { return .unknown }
        let pending: Bool = try row["sealsPending"]
        if pending { return .pending }
        let sealedTables: String? = try row["sealedTables"]
        return .sealed(sealedTables.map { Set($0.split(separator: ",").map(String.init)) })
    }

    /// Of `tables`, the ones whose rows are still to be sealed once.
    func unsealed(_ tables: [SealedRows]) -> [SealedRows] {
        switch self {
        case .unknown: []
        case .pending: tables
        case .sealed(let names):
            tables.filter { !(names ?? Set(SealedTable.original.map(\.rawValue))).contains($0.name) }
        }
    }
}
