import Foundation

/// A member of staff as the school's staff list gives them.
public struct StaffLine: Sendable, Equatable {
    public var sheet: String?
    public var line: Int
    public var fullName: String
    public var birthDate: LocalDate?
    public var roles: Set<Role>
    public var email: String?
    public var phone: String?
    /// The class they lead as class teacher, as written (`5А`).
    public var leadsClass: String?
}

enum StaffColumn: ImportColumn {
    case fullName, surname, givenName, patronymic, birthDate, position, email, phone, leadsClass

    static let required: [[StaffColumn]] = [[.fullName, .surname], [.position]]

    init(_ name: NameColumn) {
        self =
            switch name {
            case .fullName: .fullName
            case .surname: .surname
            case .givenName: .givenName
            case .patronymic: .patronymic
            case .birthDate: .birthDate
            }
    }

    var title: String {
        switch self {
        case .fullName: "ФИО"
        case .surname: "Фамилия"
        case .givenName: "Имя"
        case .patronymic: "Отчество"
        case .birthDate: "Дата рождения"
        case .position: "Должность"
        case .email: "E-mail"
        case .phone: "Телефон"
        case .leadsClass: "Классное руководство"
        }
    }

    static func recognize(_ key: String, found: Set<StaffColumn>) -> StaffColumn? {
        if key.contains("классн") && (key.contains("руковод") || key.contains("класс")) { return .leadsClass }
        if let contact = ImportValue.contactKind(key) { return contact ? .email : .phone }
        if let name = NameColumn.recognize(key) { return StaffColumn(name) }
        switch key {
        case "должность", "должности", "роль", "роли", "должность (роль)", "position", "role", "roles": return .position
        default: return nil
        }
    }
}

/// Job titles as staff lists write them («учитель математики», «заместитель директора по УВР»),
/// one or several per cell, as the journal's roles.
enum StaffPosition {
    /// What a refused title is offered instead.
    static let examples = ["учитель", "классный руководитель", "заместитель директора по УВР", "администратор ЭЖ"]

    static func roles(_ text: String) -> Set<Role>? {
        let parts = text.split(whereSeparator: { ";,/+".contains($0) }).map { SheetFile.key(String($0)) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        var roles: Set<Role> = []
        for part in parts {
            guard let role = role(part) else { return nil }
            roles.insert(role)
        }
        return roles
    }

    private static func role(_ part: String) -> Role? {
        let deputy = part.contains("заместител") || part.hasPrefix("зам") || part.contains("завуч")
        if deputy {
            if part.contains("воспитательн") && !part.contains("учебно") || part.hasSuffix(" вр") { return .deputyUpbringing }
            return .deputyAcademic
        }
        let words: [(String, Role)] = [
            ("директор", .director), ("администратор", .journalAdmin), ("классный руководитель", .classTeacher),
            ("замен", .substituteTeacher), ("методист", .methodologist), ("координатор", .coordinator),
            ("оператор", .operator), ("модератор", .forumModerator), ("инженер", .itEngineer), ("программист", .itEngineer),
            ("поддержк", .supportSpecialist), ("учител", .subjectTeacher), ("преподавател", .subjectTeacher),
            ("педагог", .subjectTeacher), ("teacher", .subjectTeacher), ("director", .director),
        ]
        return words.first { part.contains($0.0) }?.1
    }
}

enum StaffListFile {
    static func parse(_ data: Data) throws -> ImportFile<StaffColumn, StaffLine> {
        try ImportFile.read(data, missing: ImportProblem(line: 1, column: "Должность", field: .roles, reason: .missing)) {
            row, block, problems in
            let name = ImportName.read(row, block, full: .fullName, parts: [.surname, .givenName, .patronymic], &problems)
            let birthText = block.cell(row, .birthDate)
            let birthDate = birthText.isEmpty ? nil : ImportValue.date(birthText)
            if !birthText.isEmpty && birthDate == nil { problems.append(block.problem(row, .birthDate, .birthDate, .badFormat)) }
            let positionText = block.cell(row, .position)
            let roles = StaffPosition.roles(positionText)
            if roles == nil {
                problems.append(
                    block.problem(
                        row, .position, .roles, positionText.isEmpty ? .missing : .notFound(positionText, closest: StaffPosition.examples)))
            }
            let email = ImportName.contact(row, block, .email, &problems, Validate.email)
            let phone = ImportName.contact(row, block, .phone, &problems, Validate.phone)
            let leads = block.cell(row, .leadsClass)
            // A line whose title is not understood is still read, so that its class is checked too.
            return StaffLine(
                sheet: row.sheet, line: row.line, fullName: name, birthDate: birthDate,
                roles: (roles ?? []).union(leads.isEmpty ? [] : [.classTeacher]), email: email, phone: phone,
                leadsClass: leads.isEmpty ? nil : leads)
        }
    }
}

/// Names and contacts as every list gives them.
enum ImportName {
    /// The full name from its one column, or from surname, given name and patronymic.
    static func read<Column>(
        _ row: SheetRow, _ block: ImportTable<Column>.Block, full: Column, parts: [Column], _ problems: inout [ImportProblem]
    ) -> String {
        let column = block.positions[full] != nil ? full : parts[0]
        let text =
            column == full
            ? block.cell(row, full) : parts.map { block.cell(row, $0) }.filter { !$0.isEmpty }.joined(separator: " ")
        do { return try Validate.fullName(text) } catch JournalError.invalid(_, let reason) {
            problems.append(block.problem(row, column, .fullName, reason))
        } catch {}
        return ""
    }

    /// An e-mail or telephone cell checked by `validate`; empty is none.
    static func contact<Column>(
        _ row: SheetRow, _ block: ImportTable<Column>.Block, _ column: Column, _ problems: inout [ImportProblem],
        _ validate: (String?) throws -> String?
    ) -> String? {
        let text = block.cell(row, column)
        guard !text.isEmpty else { return nil }
        do { return try validate(text) } catch JournalError.invalid(let field, let reason) {
            problems.append(block.problem(row, column, field, reason))
        } catch {}
        return nil
    }
}
