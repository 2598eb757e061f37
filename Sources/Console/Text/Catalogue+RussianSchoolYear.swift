import JournalCore

/// The school year's bulk work in Russian.
extension RussianCatalogue {
    func schoolYear(_ sentence: SchoolYearSentence) -> String {
        switch sentence {
        case .importReport(let applied, let counts, let unchanged):
            (applied ? "Загружено" : "Проверка файла (ничего не записано)") + ": "
                + counts.map { "\(schoolYear(.importKind($0.kind))) — добавлено \($0.added), изменено \($0.changed)" }
                .joined(separator: "; ") + "; без изменений \(unchanged)."
        case .importProblem(let sheet, let line, let column, let text):
            "  " + (sheet.map { "лист «\($0)», " } ?? "") + "строка \(line)" + (column.isEmpty ? "" : ", столбец «\(column)»")
                + ": \(text)"
        case .importChange(let applied, let name, let fields): "  \(applied ? "изменено" : "изменится"): \(name) — \(fields)"
        case .importWouldMove(let count): "Файл переводит учеников в другой класс (\(count)):"
        case .importMove(let student, let from, let to): "  \(student): \(from) → \(to)"
        case .importMovesNotConfirmed(let count):
            "Файл переводит учеников в другие классы (\(count)) — ничего не загружено. Проверьте файл или подтвердите перевод (--yes)."
        case .importKind(let kind):
            switch kind {
            case .student: "ученики"
            case .guardian: "родители"
            case .staff: "сотрудники"
            case .subject: "предметы"
            case .assignment: "нагрузка"
            }
        }
    }
}
