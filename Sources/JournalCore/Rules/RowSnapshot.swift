import Foundation
import GRDB

/// A row of a journal table kept whole, to be put back as it was (a withdrawn breach report).
struct RowSnapshot: Codable, Equatable {
    /// One stored value with its SQLite type.
    enum Value: Codable, Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob(Data)

        init(_ value: DatabaseValue) {
            switch value.storage {
            case .null: self = .null
            case .int64(let number): self = .integer(number)
            case .double(let number): self = .real(number)
            case .string(let text): self = .text(text)
            case .blob(let data): self = .blob(data)
            }
        }

        var databaseValue: DatabaseValue {
            switch self {
            case .null: .null
            case .integer(let number): number.databaseValue
            case .real(let number): number.databaseValue
            case .text(let text): text.databaseValue
            case .blob(let data): data.databaseValue
            }
        }
    }

    let columns: [String]
    let values: [Value]

    init(_ row: Row) {
        columns = Array(row.columnNames)
        values = row.databaseValues.map(Value.init)
    }

    /// The rows of `table` that `condition` selects, kept whole, then deleted.
    static func take(_ db: Database, _ table: UndoTable, where condition: String, _ arguments: StatementArguments) throws
        -> [RowSnapshot]
    {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.rawValue) WHERE \(condition)", arguments: arguments)
        try db.execute(sql: "DELETE FROM \(table.rawValue) WHERE \(condition)", arguments: arguments)
        return rows.map(RowSnapshot.init)
    }

    /// Puts the row back unless another took its place since; a consent replaces the one the
    /// report restored.
    func restore(_ db: Database, into table: UndoTable) throws {
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let marks = columns.map { _ in "?" }.joined(separator: ", ")
        let conflict = table == .familyConsent ? "REPLACE" : "IGNORE"
        try db.execute(
            sql: "INSERT OR \(conflict) INTO \(table.rawValue) (\(names)) VALUES (\(marks))",
            arguments: StatementArguments(values.map(\.databaseValue)))
    }
}

/// The tables a breach report takes rows out of; their names are the SQL tables'.
enum UndoTable: String, CaseIterable {
    case periodMark, explanatoryNote, accountKey, riskWatch, familyConsent, message, messageRecipient, finalAcknowledgement
}
