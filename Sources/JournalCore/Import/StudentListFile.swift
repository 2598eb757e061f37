import Foundation

/// A pupil as a class list gives them (J-PEOPLE-1, J-PEOPLE-2, J-PD-1).
public struct StudentLine: Sendable, Equatable {
    public var sheet: String?
    public var line: Int
    public var fullName: String
    public var birthDate: LocalDate
    public var sex: Sex
    public var className: String
    public var guardians: [GuardianLine]
    /// The personal-data consent: signed on a date, or marked as signed with no date (taken as
    /// the import's day).
    public var consentOn: LocalDate?
    public var consentGiven: Bool
    public var access: AccessChoice?
}

/// A guardian of a pupil on the list, with their contacts.
public struct GuardianLine: Sendable, Equatable {
    public var fullName: String
    public var email: String?
    public var phone: String?
}

/// The columns of class lists as journals (СГО, ЭлЖур, Дневник.ру) and school spreadsheets
/// name them.
enum StudentColumn: ImportColumn {
    case fullName, surname, givenName, patronymic, birthDate, sex, schoolClass, consentOn, access
    case guardian1Name, guardian1Email, guardian1Phone, guardian2Name, guardian2Email, guardian2Phone

    static let required: [[StudentColumn]] = [[.fullName, .surname], [.birthDate]]

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
        case .sex: "Пол"
        case .schoolClass: "Класс"
        case .consentOn: "Согласие на обработку ПДн"
        case .access: "Доступ к ЭД"
        case .guardian1Name: "Родитель 1"
        case .guardian1Email: "E-mail родителя 1"
        case .guardian1Phone: "Телефон родителя 1"
        case .guardian2Name: "Родитель 2"
        case .guardian2Email: "E-mail родителя 2"
        case .guardian2Phone: "Телефон родителя 2"
        }
    }

    static func recognize(_ key: String, found: Set<StudentColumn>) -> StudentColumn? {
        let words = key.replacingOccurrences(of: "ё", with: "е")
        if words.contains("соглас") && (words.contains("пдн") || words.contains("персональн") || words.contains("обработк")) {
            return .consentOn
        }
        if words.contains("доступ") || words.contains("заявлени") || words.contains("электронный дневник") { return .access }
        let contact = ImportValue.contactKind(words)
        let aboutGuardian = ["родител", "представител", "мать", "отец", "опекун", "мама", "папа"].contains { words.contains($0) }
        if aboutGuardian || contact != nil {
            let named2 = words.contains("2") || words.contains("отец") || words.contains("папа") || words.contains("втор")
            let named1 = words.contains("1") || words.contains("мать") || words.contains("мама") || words.contains("перв")
            let (first, second): (StudentColumn, StudentColumn) =
                switch contact {
                case .some(true): (.guardian1Email, .guardian2Email)
                case .some(false): (.guardian1Phone, .guardian2Phone)
                case .none: (.guardian1Name, .guardian2Name)
                }
            if named2 { return second }
            if named1 { return first }
            return found.contains(first) ? second : first
        }
        if let name = NameColumn.recognize(words) { return StudentColumn(name) }
        switch words {
        case "пол", "sex", "gender": return .sex
        case "класс", "класс/группа", "class": return .schoolClass
        default: return nil
        }
    }

}

/// Reads class lists: one row a pupil, their guardians beside them; with no class column, each
/// sheet of a workbook is named after its class.
enum StudentListFile {
    /// The pupils a file gives, and the class every row names, read or not, so that an unknown
    /// class is reported with the row's other problems.
    struct Parsed {
        var file: ImportFile<StudentColumn, StudentLine>
        var classNames: [(sheet: String?, line: Int, name: String)]
        /// What the class teacher completes in the first week (a guardian's e-mail): the pupil is
        /// loaded all the same (J-PEOPLE-1).
        var toComplete: [ImportProblem] = []
    }

    /// The most pupils one file can bring: a very large school.
    static let maxRows = 5000

    static func parse(_ data: Data) throws -> Parsed {
        var classNames: [(sheet: String?, line: Int, name: String)] = []
        var toComplete: [ImportProblem] = []
        var file = try ImportFile<StudentColumn, StudentLine>.read(
            data, missing: ImportProblem(line: 1, column: "ФИО", field: .fullName, reason: .missing)
        ) { row, block, problems in
            read(row, block, &problems, &classNames, &toComplete)
        }
        if file.lines.count > maxRows {
            file.problems.append(ImportProblem(line: 1, column: "", field: .document, reason: .tooMany(max: maxRows)))
        }
        return Parsed(file: file, classNames: classNames, toComplete: toComplete)
    }

    private static func read(
        _ row: SheetRow, _ block: ImportTable<StudentColumn>.Block, _ problems: inout [ImportProblem],
        _ classNames: inout [(sheet: String?, line: Int, name: String)], _ toComplete: inout [ImportProblem]
    ) -> StudentLine? {
        func fail(_ column: StudentColumn, _ field: Field, _ reason: Reason) {
            problems.append(block.problem(row, column, field, reason))
        }
        let name = ImportName.read(row, block, full: .fullName, parts: [.surname, .givenName, .patronymic], &problems)
        let birthText = block.cell(row, .birthDate)
        let birthDate = ImportValue.date(birthText)
        if birthDate == nil { fail(.birthDate, .birthDate, birthText.isEmpty ? .missing : .badFormat) }
        let sexText = block.cell(row, .sex)
        let sex = ImportValue.sex(sexText)
        if sex == nil { fail(.sex, .sex, sexText.isEmpty ? .missing : .badFormat) }
        let className = block.positions[.schoolClass] != nil ? block.cell(row, .schoolClass) : (block.sheet ?? "")
        if className.isEmpty {
            fail(.schoolClass, .schoolClass, .missing)
        } else {
            classNames.append((row.sheet, row.line, className))
        }
        let consentText = block.cell(row, .consentOn)
        let consentOn = consentText.isEmpty ? nil : ImportValue.date(consentText)
        let consentGiven = consentOn != nil || ImportValue.access(consentText) == .applied
        if !consentText.isEmpty && !consentGiven && ImportValue.access(consentText) != .declined {
            fail(.consentOn, .date, .badFormat)
        }
        let accessText = block.cell(row, .access)
        let access = accessText.isEmpty ? nil : ImportValue.access(accessText)
        if !accessText.isEmpty && access == nil { fail(.access, .status, .badFormat) }
        var guardians: [GuardianLine] = []
        let groups: [(StudentColumn, StudentColumn, StudentColumn)] = [
            (.guardian1Name, .guardian1Email, .guardian1Phone), (.guardian2Name, .guardian2Email, .guardian2Phone),
        ]
        for (nameColumn, emailColumn, phoneColumn) in groups {
            let guardianName = block.cell(row, nameColumn)
            let emailText = block.cell(row, emailColumn)
            let phoneText = block.cell(row, phoneColumn)
            if guardianName.isEmpty {
                if !emailText.isEmpty || !phoneText.isEmpty { fail(nameColumn, .guardian, .missing) }
                continue
            }
            var guardian = GuardianLine(fullName: "", email: nil, phone: nil)
            do { guardian.fullName = try Validate.fullName(guardianName) } catch JournalError.invalid(_, let reason) {
                fail(nameColumn, .guardian, reason)
            } catch {}
            guardian.email = ImportName.contact(row, block, emailColumn, &problems, Validate.email)
            guardian.phone = ImportName.contact(row, block, phoneColumn, &problems, Validate.phone)
            // J-PEOPLE-1: a guardian's e-mail, unless the family declined electronic access (J-PD-1);
            // the class teacher completes it in the first week, so the pupil is loaded without it.
            if guardian.email == nil && emailText.isEmpty && access != .declined {
                toComplete.append(block.problem(row, emailColumn, .email, .missing))
            }
            guardians.append(guardian)
        }
        guard let birthDate, let sex else { return nil }
        return StudentLine(
            sheet: row.sheet, line: row.line, fullName: name, birthDate: birthDate, sex: sex, className: className,
            guardians: guardians, consentOn: consentOn, consentGiven: consentGiven, access: access)
    }
}
