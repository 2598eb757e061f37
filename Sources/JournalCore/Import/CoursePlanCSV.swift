import CSV
import Foundation

/// Course plans (КТП) as the CSV files teachers keep (J-PLAN-1): UTF-8 with or without BOM or
/// Windows-1251; `;`, `,` or tab; quoted fields with line breaks; title rows above the header;
/// the header's usual names; section rows (a topic without hours) taken as headings.
public enum CoursePlanCSV {
    enum Column: CaseIterable {
        case number, section, topic, hours, plannedDate, factDate, homework

        /// The header names teachers use, lower case, `ё` as `е`.
        var names: [String] {
            switch self {
            case .number: ["№", "№ п/п", "номер", "n"]
            case .section: ["раздел", "название раздела", "модуль"]
            case .topic:
                [
                    "тема урока", "тема", "раздел, тема", "раздел, тема урока", "раздел/тема", "раздел/тема урока", "содержание",
                    "тема занятия", "наименование темы", "наименование раздела, темы", "topic",
                ]
            case .hours: ["кол-во часов", "количество часов", "кол. часов", "часы", "часов", "hours"]
            case .plannedDate: ["дата план", "дата по плану", "план", "дата (план)", "планируемая дата", "дата", "planned"]
            case .factDate: ["дата факт", "дата по факту", "факт", "дата (факт)", "фактическая дата", "fact"]
            case .homework: ["домашнее задание", "д/з", "дз", "homework"]
            }
        }

        /// The name written on export.
        var exportName: String {
            switch self {
            case .number: "№"
            case .section: "Раздел"
            case .topic: "Тема урока"
            case .hours: "Кол-во часов"
            case .plannedDate: "Дата план"
            case .factDate: "Дата факт"
            case .homework: "Домашнее задание"
            }
        }
    }

    /// What a file says: its items in order, and the problems found, each by line and column.
    public struct Parsed: Sendable {
        public var items: [PlanItem]
        public var problems: [PlanImportProblem]
    }

    /// The most topics a course plan can have: five lessons a week for a whole year, twice over.
    static let maxItems = 400
    /// The longest topic: as a lesson's topic may be (J-LESSON-1).
    static let maxTopicLength = 500

    /// Reads a plan file; `assignmentId` is put on every item. A file that is no CSV text is
    /// refused with what it is (`PlanFileProblem`); a file with no data rows, an unclosed quote,
    /// too many rows or over-long topics has problems, so that nothing of it is loaded.
    public static func parse(_ data: Data, assignmentId: Int64) throws -> Parsed {
        try PlanFileCheck.check(data)
        let text = try decode(data)
        var best: (rows: [[String]], header: Int, columns: [Column: Int], delimiter: Character)?
        var unclosed: [Character: Int] = [:]
        for delimiter in [";", "\t", ","] as [UnicodeScalar] {
            unclosed[Character(delimiter)] = PlanFileCheck.unclosedQuote(text, delimiter: Character(delimiter))
            guard let rows = try? readRows(text, delimiter: delimiter), let (header, columns) = findHeader(rows), columns[.topic] != nil
            else { continue }
            if let found = best, found.columns.count >= columns.count { continue }
            best = (rows, header, columns, Character(delimiter))
        }
        let unclosedLine = best.map { unclosed[$0.delimiter] } ?? unclosed[";"] ?? unclosed["\t"] ?? unclosed[","]
        if let line = unclosedLine {
            return Parsed(items: [], problems: [PlanImportProblem(line: line, column: "\"", field: .document, reason: .unclosedQuote)])
        }
        guard let (rows, header, columns, _) = best else {
            return Parsed(
                items: [], problems: [PlanImportProblem(line: 1, column: Column.topic.exportName, field: .topic, reason: .missing)])
        }
        var parsed = items(rows: rows, header: header, columns: columns, assignmentId: assignmentId)
        if parsed.items.isEmpty && parsed.problems.isEmpty {
            parsed.problems.append(PlanImportProblem(line: header + 2, column: Column.topic.exportName, field: .document, reason: .noRows))
        }
        if parsed.items.count > maxItems {
            parsed.problems.append(
                PlanImportProblem(
                    line: rows.count, column: Column.topic.exportName, field: .document,
                    reason: .tooMany(max: maxItems)))
        }
        return parsed
    }

    /// Writes a plan as UTF-8 with a BOM, `;`-separated, CRLF line ends (RFC 4180), as
    /// spreadsheet programs in Russian settings open it.
    public static func export(_ items: [PlanItem]) throws -> Data {
        let columns = Column.allCases
        var rows: [[String]] = []
        var section: String?
        for item in items.sorted(by: { $0.position < $1.position }) {
            if let itemSection = item.section, itemSection != section { rows.append(columns.map { $0 == .topic ? itemSection : "" }) }
            section = item.section
            rows.append(
                columns.map { column in
                    switch column {
                    case .number: String(item.position)
                    case .section: ""
                    case .topic: item.topic
                    case .hours: String(item.hours)
                    case .plannedDate: item.plannedDate?.dotted ?? ""
                    case .factDate: item.factDate?.dotted ?? ""
                    case .homework: item.homework ?? ""
                    }
                })
        }
        // A topic a spreadsheet would run is written as text; the import takes the mark off again.
        return try SpreadsheetCSV.data(header: columns.map(\.exportName), rows: rows)
    }

    static func decode(_ data: Data) throws -> String { try SheetFile.decode(data) }

    private static func readRows(_ text: String, delimiter: UnicodeScalar) throws -> [[String]] {
        try SheetFile.csvRows(text, delimiter: delimiter).map(\.cells)
    }

    static func key(_ text: String) -> String { SheetFile.key(text) }

    /// The first row that names the topic column; title rows above it are skipped.
    private static func findHeader(_ rows: [[String]]) -> (Int, [Column: Int])? {
        for (index, row) in rows.prefix(30).enumerated() {
            var columns: [Column: Int] = [:]
            for (position, cell) in row.enumerated() {
                let name = key(cell)
                // An exact name wins over "Дата" taken as the planned date.
                if let column = Column.allCases.first(where: { $0.names.contains(name) }), columns[column] == nil {
                    columns[column] = position
                }
            }
            if columns[.topic] != nil { return withSubHeader(rows, index, columns) }
        }
        return nil
    }

    /// A two-row header: «Дата» above «план» and «факт».
    private static func withSubHeader(_ rows: [[String]], _ index: Int, _ columns: [Column: Int]) -> (Int, [Column: Int]) {
        guard index + 1 < rows.count else { return (index, columns) }
        var columns = columns
        var found = false
        for (position, cell) in rows[index + 1].enumerated() {
            switch key(cell) {
            case "план", "по плану", "plan":
                columns[.plannedDate] = position
                found = true
            case "факт", "по факту", "fact":
                columns[.factDate] = position
                found = true
            default: break
            }
        }
        return found ? (index + 1, columns) : (index, columns)
    }

    private static func items(rows: [[String]], header: Int, columns: [Column: Int], assignmentId: Int64) -> Parsed {
        var items: [PlanItem] = []
        var problems: [PlanImportProblem] = []
        var section: String?
        // Physical line of each row: 1 + the line breaks inside the rows before it.
        var line = 1
        for (index, row) in rows.enumerated() {
            defer { line += 1 + row.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count } }
            guard index > header else { continue }
            func cell(_ column: Column) -> String {
                guard let position = columns[column], position < row.count else { return "" }
                return SpreadsheetCSV.restored(row[position].trimmingCharacters(in: .whitespacesAndNewlines))
            }
            let topic = cell(.topic)
            let hoursText = cell(.hours)
            let sectionText = cell(.section)
            if topic.isEmpty && hoursText.isEmpty {
                if !sectionText.isEmpty { section = sectionText }
                continue
            }
            if hoursText.isEmpty && columns[.hours] != nil {
                section = topic
                continue
            }
            if !sectionText.isEmpty { section = sectionText }
            var hours = 1
            if columns[.hours] != nil {
                guard let value = Double(hoursText.replacingOccurrences(of: ",", with: ".")), value >= 1, value <= 100,
                    value == value.rounded()
                else {
                    problems.append(PlanImportProblem(line: line, column: Column.hours.exportName, field: .hours, reason: .badFormat))
                    continue
                }
                hours = Int(value)
            }
            if topic.isEmpty || topic.count > maxTopicLength {
                problems.append(
                    PlanImportProblem(
                        line: line, column: Column.topic.exportName, field: .topic,
                        reason: topic.isEmpty ? .missing : .tooLong(max: maxTopicLength)))
                continue
            }
            var dates: [LocalDate?] = []
            for column in [Column.plannedDate, .factDate] {
                let text = cell(column)
                if text.isEmpty {
                    dates.append(nil)
                    continue
                }
                guard let date = LocalDate(parsing: text) ?? shortDate(text) else {
                    problems.append(PlanImportProblem(line: line, column: column.exportName, field: .date, reason: .badFormat))
                    dates.append(nil)
                    continue
                }
                dates.append(date)
            }
            let homework = cell(.homework)
            items.append(
                PlanItem(
                    assignmentId: assignmentId, position: items.count + 1, section: section, topic: topic, hours: hours,
                    plannedDate: dates[0], factDate: dates[1], homework: homework.isEmpty ? nil : homework))
        }
        return Parsed(items: items, problems: problems)
    }

    /// `01.09.26` as 1 September 2026.
    private static func shortDate(_ text: String) -> LocalDate? {
        let parts = text.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 3, parts[2] < 100 else { return nil }
        return LocalDate(year: 2000 + parts[2], month: parts[1], day: parts[0])
    }
}
