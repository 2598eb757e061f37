import Foundation
internal import GRDB

/// A row of a journal table kept whole, to be put back as it was (a withdrawn breach report).
struct RowSnapshot: Codable, Equatable {
    /// One stored value with its SQLite type.
    enum Value: Codable, Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob(Data)

        init(_ value: StoreValue) {
            switch value {
            case .null: self = .null
            case .integer(let number): self = .integer(number)
            case .real(let number): self = .real(number)
            case .text(let text): self = .text(text)
            case .blob(let data): self = .blob(data)
            }
        }

        var storeValue: StoreValue {
            switch self {
            case .null: .null
            case .integer(let number): .integer(number)
            case .real(let number): .real(number)
            case .text(let text): .text(text)
            case .blob(let data): .blob(data)
            }
        }
    }

    let columns: [String]
    let values: [Value]

    init(_ row: StoreRow) {
        columns = row.columns
        values = row.columns.map { Value(row.value($0)) }
    }

    /// The rows of `table` that `condition` selects, kept whole, then deleted.
    static func take(_ db: StoreTransaction, _ table: UndoTable, where condition: String, _ arguments: StoreArguments) throws
        -> [RowSnapshot]
    {
        let rows = try db.rows("SELECT * FROM \(table.rawValue) WHERE \(condition)", arguments)
        try db.execute("DELETE FROM \(table.rawValue) WHERE \(condition)", arguments)
        return rows.map(RowSnapshot.init)
    }

    /// Puts the row back unless another took its place since; a consent replaces the one the
    /// report restored.
    func restore(_ db: StoreTransaction, into table: UndoTable) throws {
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let marks = columns.map { _ in "?" }.joined(separator: ", ")
        let conflict = table == .familyConsent ? "REPLACE" : "IGNORE"
        try db.execute("INSERT OR \(conflict) INTO \(table.rawValue) (\(names)) VALUES (\(marks))", values.map(\.storeValue))
    }
}

/// The tables a breach report takes rows out of; their names are the SQL tables'.
enum UndoTable: String, CaseIterable {
    case periodMark, explanatoryNote, accountKey, riskWatch, familyConsent, message, messageRecipient, finalAcknowledgement
}
