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
    /// The column of a person's name or date of birth, which every list of people has.
    init(_ name: NameColumn)
    /// The column a header cell names (lower case, `ё` as `е`), given the columns found to its
    /// left: a second «ФИО родителя» is the second guardian's.
    static func recognize(_ key: String, found: Set<Self>) -> Self?
    /// The columns without which no row can be read.
    static var required: [[Self]] { get }
    /// The name a problem gives the column where the file has none.
    var title: String { get }
}

/// The columns of a person's name and date of birth, as every list of people names them.
enum NameColumn {
    case fullName, surname, givenName, patronymic, birthDate

    static func recognize(_ key: String) -> NameColumn? {
        switch key {
        case "фио", "ф.и.о.", "ф. и. о.", "фамилия имя отчество", "фамилия, имя, отчество", "full name", "name",
            "фио ученика", "фио обучающегося", "ученик", "обучающийся", "учащийся", "фамилия, имя, отчество ученика",
            "фио сотрудника", "фио педагога", "сотрудник", "педагог":
            .fullName
        case "фамилия", "surname", "last name": .surname
        case "имя", "given name", "first name": .givenName
        case "отчество", "patronymic", "middle name": .patronymic
        case "дата рождения", "д.р.", "д/р", "дата рожд.", "дата рождения ученика", "birth date", "date of birth": .birthDate
        default: nil
        }
    }
}

/// What a file gave: its lines, the problems found in it, and its own names of the columns (for
/// problems found later, against the school).
struct ImportFile<Column: ImportColumn, Line> {
    var lines: [Line] = []
    var problems: [ImportProblem] = []
    /// Lines read despite problems of their own, so that the checks against the school still run
    /// on them and a line's every problem is said at once; never loaded.
    var linesWithProblems: [Line] = []
    var titles: [Column: String] = [:]

    /// Reads `data` as a table of `Column`s and each data row by `row`, which adds the row's
    /// problems and gives its line when it has none. A file with no header that names the
    /// required columns has the problem `missing`; one with nothing in it, `noRows`.
    static func read(
        _ data: Data, missing: ImportProblem, row: (SheetRow, ImportTable<Column>.Block, inout [ImportProblem]) -> Line?
    ) throws -> ImportFile {
        let readings = try SheetFile.readings(data)
        guard let table = ImportTable<Column>.find(in: readings) else {
            // A header that names some columns but not all that are needed: each missing one named.
            guard let partial = ImportTable<Column>.partialHeader(in: readings) else { return ImportFile(problems: [missing]) }
            return ImportFile(
                problems: partial.missing.map { column in
                    ImportProblem(sheet: partial.sheet, line: partial.line, column: column.title, field: .file, reason: .missing)
                })
        }
        var file = ImportFile(titles: table.blocks[0].titles)
        for block in table.blocks {
            for sheetRow in block.rows {
                var problems: [ImportProblem] = []
                let line = row(sheetRow, block, &problems)
                file.problems += problems
                if let line {
                    if problems.isEmpty { file.lines.append(line) } else { file.linesWithProblems.append(line) }
                }
            }
        }
        if file.lines.isEmpty && file.problems.isEmpty {
            let block = table.blocks[0]
            file.problems.append(
                ImportProblem(sheet: block.sheet, line: block.headerLine + 1, column: "", field: .document, reason: .noRows))
        }
        return file
    }

    /// The file's name of a column, or the usual one.
    func title(_ column: Column) -> String { titles[column] ?? column.title }
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

    /// The row of the first 30 that names the most known columns when none names all that are
    /// needed, and the needed columns it lacks (the first name of each).
    static func partialHeader(in readings: [[SheetRow]]) -> (sheet: String?, line: Int, missing: [Column])? {
        var best: (sheet: String?, line: Int, missing: [Column], found: Int)?
        for reading in readings {
            for row in reading.prefix(30) {
                var found = Set<Column>()
                for cell in row.cells {
                    let key = SheetFile.key(cell)
                    if !key.isEmpty, let column = Column.recognize(key, found: found) { found.insert(column) }
                }
                let missing = Column.required.filter { !$0.contains(where: found.contains) }.compactMap(\.first)
                if !found.isEmpty, !missing.isEmpty, found.count > best?.found ?? 0 {
                    best = (row.sheet, row.line, missing, found.count)
                }
            }
        }
        return best.map { ($0.sheet, $0.line, $0.missing) }
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
    /// True for a header naming an e-mail column, false for a telephone one, nil for neither.
    static func contactKind(_ key: String) -> Bool? {
        if key.contains("mail") || key.contains("почт") { return true }
        if key.contains("телефон") || key.hasPrefix("тел") || key.contains(" тел") || key.contains("phone") { return false }
        return nil
    }

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
