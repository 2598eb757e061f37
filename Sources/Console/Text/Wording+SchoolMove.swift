import JournalCore

extension SchoolMoveProblem {
    /// Why `helpdesk migrate` moved nothing, and what to do.
    var wording: Wording {
        switch self {
        case .noSchool:
            Wording(
                ru: "Назовите школу: --org КОД (можно несколько раз). Ничего не перенесено.",
                en: "Name the school: --org CODE (may be given more than once). Nothing was moved.")
        case .unknownSchool(let code):
            Wording(
                ru: "В источнике нет школы с кодом «\(code)»: ничего не перенесено. Проверьте код.",
                en: "The source has no school with the code “\(code)”: nothing was moved. Check the code.")
        case .alreadyThere(let code):
            Wording(
                ru: "Школа \(code) уже есть там, куда вы переносите: ничего не перенесено. Школа переносится один раз.",
                en: "School \(code) is already in the target: nothing was moved. A school is moved once.")
        case .auditProblems(let code, let problems):
            Wording(
                ru:
                    "Журнал изменений школы \(code) в источнике не сходится с данными (нарушений: \(problems)): такой журнал не переносится, ничего не перенесено. Разберитесь по audit verify.",
                en:
                    "The audit log of school \(code) disagrees with its data in the source (\(problems) problems): it is not moved, nothing was moved. Look into it with audit verify."
            )
        case .taken(let table):
            Wording(
                ru:
                    "Строки таблицы \(table) заняли бы номера или логины, которые там, куда вы переносите, уже у другой школы: ничего не перенесено. Переносите школу в новую базу или в ту, куда её соседи пришли из того же файла.",
                en:
                    "Rows of the table \(table) would take ids or logins another school already holds in the target: nothing was moved. Move the school into a new database, or into one its neighbours came to from the same file."
            )
        case .outsideReference(let table):
            Wording(
                ru:
                    "Строки таблицы \(table) ссылаются на организацию, которую вы не переносите (например, на региональную службу поддержки школы): назовите и её (--org КОД) или перенесите её раньше. Ничего не перенесено.",
                en:
                    "Rows of the table \(table) refer to an organization you are not moving (the school's regional support desk, say): name it too (--org CODE) or move it first. Nothing was moved."
            )
        case .differs(let code):
            Wording(
                ru: "После переноса журнал изменений школы \(code) не совпал с источником: перенос отменён, ничего не записано.",
                en: "After the move, the audit log of school \(code) did not match the source: the move was undone, nothing was written.")
        }
    }
}
