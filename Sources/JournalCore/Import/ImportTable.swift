import Foundation

/// A problem in an imported file, at a line (row) and column of it, in a sheet of a workbook.
public struct ImportProblem: Equatable, Sendable {
    public var sheet: String?
    public var line: Int
    /// The column as the file names it, with its letter: `Дата рождения (C)`.
    public var column: String
    public var field: Field
    public var reason: Reason

    public init(sheet: String? = nil, line: Int, column: String, field: Field, reason: Reason) {
        self.sheet = sheet
        self.line = line
        self.column = column
        self.field = field
        self.reason = reason
    }
}

/// A column an import knows by the names Russian journals and spreadsheets give it.
protocol ImportColumn: Hashable, CaseIterable, Sendable {
    /// The column a header cell names (lower case, `ё` as `е`), given the columns found to its
    /// left: a second «ФИО родителя» is the second guardian's.
    static func recognize(_ key: String, found: Set<Self>) -> Self?
    /// The columns without which no row can be read.
    static var required: [[Self]] { get }
    /// The name a problem gives the column where the file has none.
    var title: String { get }
}

/// A header row found in a file, and the data rows under it.
struct ImportTable<Column: ImportColumn> {
    struct Block {
        var sheet: String?
        var headerLine: Int
        var positions: [Column: Int]
        var titles: [Column: String]
        var rows: [SheetRow]
    }

    var blocks: [Block]

    /// The reading (delimiter) and, per sheet, the header row that names the most known columns
    /// among the first 30 rows; nil when no sheet has a header with the required columns.
    static func find(in readings: [[SheetRow]]) -> ImportTable? {
        var best: ImportTable?
        var bestScore = 0
        for reading in readings {
            var sheets: [String?] = []
            for row in reading where !sheets.contains(row.sheet) { sheets.append(row.sheet) }
            let blocks = sheets.compactMap { sheet in block(reading.filter { $0.sheet == sheet }) }
            let score = blocks.reduce(0) { $0 + $1.positions.count }
            if !blocks.isEmpty && score > bestScore { (best, bestScore) = (ImportTable(blocks: blocks), score) }
        }
        return best
    }

    private static func block(_ rows: [SheetRow]) -> Block? {
        for (index, row) in rows.prefix(30).enumerated() {
            var positions: [Column: Int] = [:]
            var titles: [Column: String] = [:]
            for (position, cell) in row.cells.enumerated() {
                let key = SheetFile.key(cell)
                guard !key.isEmpty, let column = Column.recognize(key, found: Set(positions.keys)), positions[column] == nil
                else { continue }
                positions[column] = position
                titles[column] =
                    cell.trimmingCharacters(in: .whitespacesAndNewlines) + " (" + SheetFile.columnLetters(position) + ")"
            }
            let complete = Column.required.allSatisfy { alternatives in alternatives.contains { positions[$0] != nil } }
            if complete {
                return Block(
                    sheet: row.sheet, headerLine: row.line, positions: positions, titles: titles,
                    rows: Array(rows[(index + 1)...]).filter { !$0.cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } })
            }
        }
        return nil
    }
}

extension ImportTable.Block {
    /// A cell of a row, trimmed; empty where the row is shorter or the column absent.
    func cell(_ row: SheetRow, _ column: Column) -> String {
        guard let position = positions[column], position < row.cells.count else { return "" }
        return row.cells[position].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func problem(_ row: SheetRow, _ column: Column, _ field: Field, _ reason: Reason) -> ImportProblem {
        ImportProblem(sheet: sheet, line: row.line, column: titles[column] ?? column.title, field: field, reason: reason)
    }
}

/// Values as spreadsheets hold them.
enum ImportValue {
    /// `01.09.2015`, `2015-09-01`, `01.09.15`, `1.9.2015`, `01/09/2015`.
    static func date(_ text: String) -> LocalDate? {
        if let date = LocalDate(parsing: text) { return date }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" }).compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let year = parts[2] < 100 ? (parts[2] > 30 ? 1900 : 2000) + parts[2] : parts[2]
        return LocalDate(year: year, month: parts[1], day: parts[0])
    }

    static func sex(_ text: String) -> Sex? {
        switch SheetFile.key(text) {
        case "м", "м.", "муж", "муж.", "мужской", "мальчик", "m", "male": .male
        case "ж", "ж.", "жен", "жен.", "женский", "девочка", "f", "female": .female
        default: nil
        }
    }

    /// Yes/application or no/refusal, as the access column says it.
    static func access(_ text: String) -> AccessChoice? {
        let key = SheetFile.key(text)
        if ["да", "+", "есть", "заявление", "подано", "подал", "подала", "согласен", "согласна", "yes", "applied"].contains(key) {
            return .applied
        }
        if ["нет", "-", "отказ", "отказался", "отказалась", "no", "declined"].contains(key) { return .declined }
        return nil
    }
}
