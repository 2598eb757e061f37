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

    /// A load list names no person of its own: a teacher's name is the teacher column.
    init(_ name: NameColumn) { self = .teacher }

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
    static func parse(_ data: Data) throws -> ImportFile<AssignmentColumn, AssignmentLine> {
        try ImportFile.read(data, missing: ImportProblem(line: 1, column: "Предмет", field: .subject, reason: .missing)) {
            row, block, problems in
            var values: [AssignmentColumn: String] = [:]
            for column in [AssignmentColumn.schoolClass, .subject, .teacher] {
                let text = block.cell(row, column)
                if text.isEmpty { problems.append(block.problem(row, column, field(column), .missing)) }
                if text.count > 100 { problems.append(block.problem(row, column, field(column), .tooLong(max: 100))) }
                values[column] = text
            }
            let subgroup = block.cell(row, .subgroup)
            return AssignmentLine(
                sheet: row.sheet, line: row.line, className: values[.schoolClass] ?? "", subject: values[.subject] ?? "",
                teacher: values[.teacher] ?? "", subgroup: subgroup.isEmpty ? nil : subgroup)
        }
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
