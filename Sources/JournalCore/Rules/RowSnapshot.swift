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
        // The names as the engine gave them, quoted: a column PostgreSQL reserves stays a name.
        let names = columns.map { "\"\($0)\"" }
        let marks = columns.map { _ in "?" }.joined(separator: ", ")
        // A pupil has one consent (keyed by the pupil): the one restored replaces it.
        let replaced = names.filter { $0.lowercased() != "\"studentid\"" }.map { "\($0) = excluded.\($0)" }
        let conflict =
            table == .familyConsent ? "ON CONFLICT (studentId) DO UPDATE SET \(replaced.joined(separator: ", "))" : "ON CONFLICT DO NOTHING"
        try db.execute(
            "INSERT INTO \(table.rawValue) (\(names.joined(separator: ", "))) VALUES (\(marks)) \(conflict)", values.map(\.storeValue))
    }
}

/// The tables a breach report takes rows out of; their names are the SQL tables'.
enum UndoTable: String, CaseIterable {
    case periodMark, explanatoryNote, accountKey, riskWatch, familyConsent, message, messageRecipient, finalAcknowledgement
}
