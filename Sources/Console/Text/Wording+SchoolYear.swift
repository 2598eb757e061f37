import JournalCore

// The school year's bulk work.
extension SchoolYearSentence {
    /// The sentence in both languages.
    var wording: Wording {
        switch self {
        case .importReport(let applied, let counts, let unchanged):
            Wording(
                ru: (applied ? "Загружено" : "Проверка файла (ничего не записано)") + ": "
                    + counts.map {
                        "\(SchoolYearSentence.importKind($0.kind).wording.ru) — \(applied ? "добавлено" : "будет добавлено") \($0.added), "
                            + "\(applied ? "изменено" : "будет изменено") \($0.changed)"
                    }
                    .joined(separator: "; ") + "; без изменений \(unchanged).",
                en: (applied ? "Imported" : "File checked (nothing written)") + ": "
                    + counts.map {
                        "\(SchoolYearSentence.importKind($0.kind).wording.en) — \($0.added) \(applied ? "added" : "to add"), "
                            + "\($0.changed) \(applied ? "changed" : "to change")"
                    }
                    .joined(separator: "; ") + "; \(unchanged) unchanged.")
        case .importProblem(let sheet, let line, let column, let text):
            Wording(
                ru: "  " + (sheet.map { "лист «\($0)», " } ?? "") + "строка \(line)" + (column.isEmpty ? "" : ", столбец «\(column)»")
                    + ": \(text)",
                en: "  " + (sheet.map { "sheet “\($0)”, " } ?? "") + "line \(line)" + (column.isEmpty ? "" : ", column “\(column)”")
                    + ": \(text)")
        case .importToComplete(let count):
            Wording(
                ru: "Загружены, но нужно дополнить (\(count)) — классный руководитель вносит это в первую неделю сентября:",
                en: "Loaded, but to be completed (\(count)) — by the class teacher in the first week of September:")
        case .importChange(let applied, let name, let fields):
            Wording(
                ru: "  \(applied ? "изменено" : "изменится"): \(name) — \(fields)",
                en: "  \(applied ? "changed" : "will change"): \(name) — \(fields)")
        case .importWouldMove(let applied, let count):
            Wording(
                ru: applied ? "Переведены в другой класс (\(count)):" : "Файл переводит учеников в другой класс (\(count)):",
                en: applied ? "Moved to another class (\(count)):" : "The file moves pupils to another class (\(count)):")
        case .importMove(let student, let from, let to): Wording(ru: "  \(student): \(from) → \(to)", en: "  \(student): \(from) → \(to)")
        case .importMovesNotConfirmed(let count):
            Wording(
                ru:
                    "Файл переводит учеников в другие классы (\(count)) — ничего не загружено. Проверьте файл или подтвердите перевод (--yes).",
                en: "The file moves pupils to other classes (\(count)): nothing was loaded. Check the file or confirm the moves (--yes).")
        case .importWouldReplace(let applied, let count):
            Wording(
                ru: applied ? "Переданы другим учителям (\(count)):" : "Файл передаёт классы и предметы другим учителям (\(count)):",
                en: applied ? "Given to other teachers (\(count)):" : "The file gives classes and subjects to other teachers (\(count)):")
        case .importReplacement(let replacement):
            switch replacement.post {
            case .classTeacher(let schoolClass):
                Wording(
                    ru: "  классный руководитель \(schoolClass): \(replacement.from) → \(replacement.to)",
                    en: "  class teacher of \(schoolClass): \(replacement.from) → \(replacement.to)")
            case .teacher(let schoolClass, let subject, let subgroup):
                Wording(
                    ru:
                        "  \(schoolClass), \(subject)\(subgroup.map { " (группа «\($0)»)" } ?? ""): \(replacement.from) → \(replacement.to)",
                    en: "  \(schoolClass), \(subject)\(subgroup.map { " (group “\($0)”)" } ?? ""): \(replacement.from) → \(replacement.to)")
            }
        case .importReplacementsNotConfirmed(let count):
            Wording(
                ru: "Файл меняет учителей (\(count)) — ничего не загружено. Проверьте файл или подтвердите замену (--yes).",
                en: "The file replaces teachers (\(count)): nothing was loaded. Check the file or confirm the replacements (--yes).")
        case .promotionNote(let outcome, let order, let date):
            switch outcome {
            case .promoted:
                Wording(
                    ru: "перевод в следующий класс, приказ № \(order) от \(date)",
                    en: "promoted to the next grade, order No. \(order) of \(date)")
            case .graduated: Wording(ru: "выпуск, приказ № \(order) от \(date)", en: "graduated, order No. \(order) of \(date)")
            case .retained:
                Wording(
                    ru: "оставлен на повторное обучение, приказ № \(order) от \(date)",
                    en: "retained in grade, order No. \(order) of \(date)")
            case .leaving: Wording(ru: "выбытие, приказ № \(order) от \(date)", en: "left the school, order No. \(order) of \(date)")
            }
        case .outcome(let outcome):
            switch outcome {
            case .promoted: Wording(ru: "переведён", en: "promoted")
            case .graduated: Wording(ru: "выпуск", en: "graduates")
            case .retained: Wording(ru: "повторное обучение", en: "retained")
            case .leaving: Wording(ru: "выбывает", en: "leaves")
            }
        case .closingPlan(let year, let next, let counts):
            Wording(
                ru: "Закрытие \(year): переводятся в \(next) — \(counts[.promoted] ?? 0), выпуск — \(counts[.graduated] ?? 0), "
                    + "на повторное обучение — \(counts[.retained] ?? 0), выбывают — \(counts[.leaving] ?? 0). После закрытия журнал года только для чтения.",
                en: "Closing \(year): \(counts[.promoted] ?? 0) promoted into \(next), \(counts[.graduated] ?? 0) graduate, "
                    + "\(counts[.retained] ?? 0) retained, \(counts[.leaving] ?? 0) leave. The year's journal is read-only afterwards.")
        case .closingNeedsYes:
            Wording(
                ru: "Закрытие года необратимо: подтвердите его флагом --yes (посмотреть план — --dry-run).",
                en: "Closing a year cannot be undone: confirm with --yes (see the plan with --dry-run).")
        case .closingQuestion(let year): Wording(ru: "Закрыть \(year) и перевести учеников?", en: "Close \(year) and promote the pupils?")
        case .closingCancelled: Wording(ru: "Год не закрыт.", en: "The year was not closed.")
        case .yearClosed(let year, let order, let head):
            Wording(
                ru: "Учебный год \(year) закрыт приказом № \(order). Журнал года только для чтения. Вершина журнала изменений: \(head).",
                en: "The school year \(year) was closed by order No. \(order). Its journal is read-only. Audit head: \(head).")
        case .archiveNeedsClosedYear(let year):
            Wording(
                ru: "Учебный год \(year) ещё не закрыт: архив пишется после закрытия (year close).",
                en: "The school year \(year) is not closed yet: the archive is written after closing (year close).")
        case .archiveWritten(let count, let folder):
            Wording(
                ru: "Журналы классов для архива записаны в \(folder): файлов — \(count).",
                en: "The classes' journals for the archive were written to \(folder): \(count) files.")
        case .archiveTitle(let school, let schoolClass, let year):
            Wording(
                ru: "\(school). Классный журнал \(schoolClass), \(year) учебный год",
                en: "\(school). Class journal \(schoolClass), school year \(year)")
        case .archiveCertificate(let order, let date, let head):
            Wording(
                ru: "Год закрыт приказом № \(order) от \(date). Вершина журнала изменений (audit head): \(head).",
                en: "Closed by order No. \(order) of \(date). Audit head: \(head).")
        case .archiveSummary: Wording(ru: "Сводная ведомость отметок за периоды", en: "Summary sheet of period marks")
        case .noFinalMarksYet:
            Wording(
                ru: "Итоговых отметок пока нет: они видны в дневнике за 2 дня до конца периода.",
                en: "No final marks yet: the diary shows them from 2 days before the period ends.")
        case .yearMark: Wording(ru: "год", en: "year")
        case .fileWritten(let path): Wording(ru: "Записан файл \(path).", en: "Written: \(path).")
        case .averageMark: Wording(ru: "Средний балл", en: "Average")
        case .qualityPercent: Wording(ru: "Качество, %", en: "Quality, %")
        case .successPercent: Wording(ru: "Успеваемость, %", en: "Success, %")
        case .summaryTitle(let school, let schoolClass, let period, let date):
            Wording(
                ru: "\(school). Сводная ведомость \(schoolClass), " + (period.map { "\($0)-й период" } ?? "год") + ", на \(date)",
                en: "\(school). Summary sheet \(schoolClass), " + (period.map { "period \($0)" } ?? "year") + ", as of \(date)")
        case .schoolSheet: Wording(ru: "Школа", en: "School")
        case .schoolSummaryTitle(let school, let period, let date):
            Wording(
                ru: "\(school). Сводная ведомость по школе, " + (period.map { "\($0)-й период" } ?? "год") + ", на \(date)",
                en: "\(school). School summary sheet, " + (period.map { "period \($0)" } ?? "year") + ", as of \(date)")
        case .summarySignatures:
            Wording(
                ru: "Классный руководитель ____________ /____________/    Заместитель директора по УВР ____________ /____________/",
                en: "Class teacher ____________ /____________/    Deputy director ____________ /____________/")
        case .auditHeadLine(let head):
            Wording(
                ru: "Вершина журнала изменений (audit head) на момент выгрузки: \(head).", en: "Audit head when this was written: \(head).")
        case .templateHint:
            Wording(
                ru:
                    "Периоды, каникулы и звонки заданы по шаблону; предметы федерального учебного плана добавлены. Поправьте: period set, vacation new, year regime.",
                en:
                    "Periods, holidays and bells come from the template; the federal curriculum's subjects were added. Adjust with period set, vacation new, year regime."
            )
        case .everyoneSigned:
            Wording(ru: "Все, кому выданы реквизиты, расписались в получении.", en: "Everyone issued credentials has signed for them.")
        case .notSigned(let count):
            Wording(ru: "Не расписались в получении реквизитов (\(count)):", en: "Not yet signed for their credentials (\(count)):")
        case .slipsSigned(let count):
            Wording(ru: "Записано получение реквизитов под подпись: \(count).", en: "Signed hand-overs recorded: \(count).")
        case .importKind(let kind):
            switch kind {
            case .student: Wording(ru: "ученики", en: "pupils")
            case .guardian: Wording(ru: "родители", en: "guardians")
            case .staff: Wording(ru: "сотрудники", en: "staff")
            case .subject: Wording(ru: "предметы", en: "subjects")
            case .assignment: Wording(ru: "нагрузка", en: "teaching load")
            }
        }
    }
}
