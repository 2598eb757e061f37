import Foundation

/// One line of the teaching load (тарификация): a teacher teaches a subject in a class, or in
/// one of its subgroups.
public struct AssignmentLine: Sendable, Equatable {
    public var sheet: String?
    public var line: Int
    public var className: String
    public var subject: String
    public var teacher: String
    public var subgroup: String?
}

enum AssignmentColumn: ImportColumn {
    case schoolClass, subject, teacher, subgroup

    static let required: [[AssignmentColumn]] = [[.schoolClass], [.subject], [.teacher]]

    var title: String {
        switch self {
        case .schoolClass: "Класс"
        case .subject: "Предмет"
        case .teacher: "Учитель"
        case .subgroup: "Подгруппа"
        }
    }

    static func recognize(_ key: String, found: Set<AssignmentColumn>) -> AssignmentColumn? {
        switch key {
        case "класс", "классы", "class": .schoolClass
        case "предмет", "учебный предмет", "дисциплина", "предмет (курс)", "subject": .subject
        case "учитель", "фио учителя", "педагог", "фио педагога", "преподаватель", "teacher": .teacher
        case "подгруппа", "группа", "subgroup": .subgroup
        default: nil
        }
    }
}

enum AssignmentListFile {
    struct Parsed {
        var lines: [AssignmentLine]
        var problems: [ImportProblem]
        /// The file's names of its columns, for problems found later.
        var titles: [AssignmentColumn: String] = [:]
    }

    static func parse(_ data: Data) throws -> Parsed {
        guard let table = ImportTable<AssignmentColumn>.find(in: try SheetFile.readings(data)) else {
            return Parsed(lines: [], problems: [ImportProblem(line: 1, column: "Предмет", field: .subject, reason: .missing)])
        }
        var parsed = Parsed(lines: [], problems: [], titles: table.blocks[0].titles)
        for block in table.blocks {
            for row in block.rows {
                var problems: [ImportProblem] = []
                var values: [AssignmentColumn: String] = [:]
                for column in [AssignmentColumn.schoolClass, .subject, .teacher] {
                    let text = block.cell(row, column)
                    if text.isEmpty { problems.append(block.problem(row, column, field(column), .missing)) }
                    if text.count > 100 { problems.append(block.problem(row, column, field(column), .tooLong(max: 100))) }
                    values[column] = text
                }
                parsed.problems += problems
                guard problems.isEmpty else { continue }
                let subgroup = block.cell(row, .subgroup)
                parsed.lines.append(
                    AssignmentLine(
                        sheet: row.sheet, line: row.line, className: values[.schoolClass]!, subject: values[.subject]!,
                        teacher: values[.teacher]!, subgroup: subgroup.isEmpty ? nil : subgroup))
            }
        }
        if parsed.lines.isEmpty && parsed.problems.isEmpty {
            parsed.problems.append(ImportProblem(line: table.blocks[0].headerLine + 1, column: "", field: .document, reason: .noRows))
        }
        return parsed
    }

    static func field(_ column: AssignmentColumn) -> Field {
        switch column {
        case .schoolClass: .schoolClass
        case .subject: .subject
        case .teacher: .teacher
        case .subgroup: .subgroup
        }
    }
}
