import JournalCore

/// The school year's bulk work in English.
extension EnglishCatalogue {
    func schoolYear(_ sentence: SchoolYearSentence) -> String {
        switch sentence {
        case .importReport(let applied, let counts, let unchanged):
            (applied ? "Imported" : "File checked (nothing written)") + ": "
                + counts.map {
                    "\(schoolYear(.importKind($0.kind))) — \($0.added) \(applied ? "added" : "to add"), "
                        + "\($0.changed) \(applied ? "changed" : "to change")"
                }
                .joined(separator: "; ") + "; \(unchanged) unchanged."
        case .importProblem(let sheet, let line, let column, let text):
            "  " + (sheet.map { "sheet “\($0)”, " } ?? "") + "line \(line)" + (column.isEmpty ? "" : ", column “\(column)”")
                + ": \(text)"
        case .importToComplete(let count): "Loaded, but to be completed (\(count)) — by the class teacher in the first week of September:"
        case .importChange(let applied, let name, let fields): "  \(applied ? "changed" : "will change"): \(name) — \(fields)"
        case .importWouldMove(let applied, let count):
            applied ? "Moved to another class (\(count)):" : "The file moves pupils to another class (\(count)):"
        case .importMove(let student, let from, let to): "  \(student): \(from) → \(to)"
        case .importMovesNotConfirmed(let count):
            "The file moves pupils to other classes (\(count)): nothing was loaded. Check the file or confirm the moves (--yes)."
        case .importWouldReplace(let applied, let count):
            applied ? "Given to other teachers (\(count)):" : "The file gives classes and subjects to other teachers (\(count)):"
        case .importReplacement(let replacement):
            switch replacement.post {
            case .classTeacher(let schoolClass): "  class teacher of \(schoolClass): \(replacement.from) → \(replacement.to)"
            case .teacher(let schoolClass, let subject, let subgroup):
                "  \(schoolClass), \(subject)\(subgroup.map { " (group “\($0)”)" } ?? ""): \(replacement.from) → \(replacement.to)"
            }
        case .importReplacementsNotConfirmed(let count):
            "The file replaces teachers (\(count)): nothing was loaded. Check the file or confirm the replacements (--yes)."
        case .promotionNote(let outcome, let order, let date):
            switch outcome {
            case .promoted: "promoted to the next grade, order No. \(order) of \(date)"
            case .graduated: "graduated, order No. \(order) of \(date)"
            case .retained: "retained in grade, order No. \(order) of \(date)"
            case .leaving: "left the school, order No. \(order) of \(date)"
            }
        case .outcome(let outcome):
            switch outcome {
            case .promoted: "promoted"
            case .graduated: "graduates"
            case .retained: "retained"
            case .leaving: "leaves"
            }
        case .closingPlan(let year, let next, let counts):
            "Closing \(year): \(counts[.promoted] ?? 0) promoted into \(next), \(counts[.graduated] ?? 0) graduate, "
                + "\(counts[.retained] ?? 0) retained, \(counts[.leaving] ?? 0) leave. The year's journal is read-only afterwards."
        case .closingNeedsYes: "Closing a year cannot be undone: confirm with --yes (see the plan with --dry-run)."
        case .closingQuestion(let year): "Close \(year) and promote the pupils?"
        case .closingCancelled: "The year was not closed."
        case .yearClosed(let year, let order, let head):
            "The school year \(year) was closed by order No. \(order). Its journal is read-only. Audit head: \(head)."
        case .archiveNeedsClosedYear(let year):
            "The school year \(year) is not closed yet: the archive is written after closing (year close)."
        case .archiveWritten(let count, let folder): "The classes' journals for the archive were written to \(folder): \(count) files."
        case .archiveTitle(let school, let schoolClass, let year): "\(school). Class journal \(schoolClass), school year \(year)"
        case .archiveCertificate(let order, let date, let head): "Closed by order No. \(order) of \(date). Audit head: \(head)."
        case .archiveSummary: "Summary sheet of period marks"
        case .noFinalMarksYet: "No final marks yet: the diary shows them from 2 days before the period ends."
        case .yearMark: "year"
        case .fileWritten(let path): "Written: \(path)."
        case .averageMark: "Average"
        case .qualityPercent: "Quality, %"
        case .successPercent: "Success, %"
        case .summaryTitle(let school, let schoolClass, let period, let date):
            "\(school). Summary sheet \(schoolClass), " + (period.map { "period \($0)" } ?? "year") + ", as of \(date)"
        case .schoolSheet: "School"
        case .schoolSummaryTitle(let school, let period, let date):
            "\(school). School summary sheet, " + (period.map { "period \($0)" } ?? "year") + ", as of \(date)"
        case .summarySignatures: "Class teacher ____________ /____________/    Deputy director ____________ /____________/"
        case .auditHeadLine(let head): "Audit head when this was written: \(head)."
        case .templateHint:
            "Periods, holidays and bells come from the template; the federal curriculum's subjects were added. Adjust with period set, vacation new, year regime."
        case .everyoneSigned: "Everyone issued credentials has signed for them."
        case .notSigned(let count): "Not yet signed for their credentials (\(count)):"
        case .slipsSigned(let count): "Signed hand-overs recorded: \(count)."
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
