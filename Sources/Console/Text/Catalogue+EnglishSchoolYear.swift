import JournalCore

/// The school year's bulk work in English.
extension EnglishCatalogue {
    func schoolYear(_ sentence: SchoolYearSentence) -> String {
        switch sentence {
        case .importReport(let applied, let counts, let unchanged):
            (applied ? "Imported" : "File checked (nothing written)") + ": "
                + counts.map { "\(schoolYear(.importKind($0.kind))) — \($0.added) added, \($0.changed) changed" }
                .joined(separator: "; ") + "; \(unchanged) unchanged."
        case .importProblem(let sheet, let line, let column, let text):
            "  " + (sheet.map { "sheet “\($0)”, " } ?? "") + "line \(line)" + (column.isEmpty ? "" : ", column “\(column)”")
                + ": \(text)"
        case .importChange(let applied, let name, let fields): "  \(applied ? "changed" : "will change"): \(name) — \(fields)"
        case .importWouldMove(let count): "The file moves pupils to another class (\(count)):"
        case .importMove(let student, let from, let to): "  \(student): \(from) → \(to)"
        case .importMovesNotConfirmed(let count):
            "The file moves pupils to other classes (\(count)): nothing was loaded. Check the file or confirm the moves (--yes)."
        case .importKind(let kind):
            switch kind {
            case .student: "pupils"
            case .guardian: "guardians"
            case .staff: "staff"
            case .subject: "subjects"
            case .assignment: "teaching load"
            }
        }
    }
}
