import JournalCore

/// The school year's bulk work in Russian.
extension RussianCatalogue {
    func schoolYear(_ sentence: SchoolYearSentence) -> String {
        switch sentence {
        case .importReport(let applied, let counts, let unchanged):
            (applied ? "Загружено" : "Проверка файла (ничего не записано)") + ": "
                + counts.map {
                    "\(schoolYear(.importKind($0.kind))) — \(applied ? "добавлено" : "будет добавлено") \($0.added), "
                        + "\(applied ? "изменено" : "будет изменено") \($0.changed)"
                }
                .joined(separator: "; ") + "; без изменений \(unchanged)."
        case .importProblem(let sheet, let line, let column, let text):
            "  " + (sheet.map { "лист «\($0)», " } ?? "") + "строка \(line)" + (column.isEmpty ? "" : ", столбец «\(column)»")
                + ": \(text)"
        case .importToComplete(let count):
            "Загружены, но нужно дополнить (\(count)) — классный руководитель вносит это в первую неделю сентября:"
        case .importChange(let applied, let name, let fields): "  \(applied ? "изменено" : "изменится"): \(name) — \(fields)"
        case .importWouldMove(let applied, let count):
            applied ? "Переведены в другой класс (\(count)):" : "Файл переводит учеников в другой класс (\(count)):"
        case .importMove(let student, let from, let to): "  \(student): \(from) → \(to)"
        case .importMovesNotConfirmed(let count):
            "Файл переводит учеников в другие классы (\(count)) — ничего не загружено. Проверьте файл или подтвердите перевод (--yes)."
        case .importWouldReplace(let applied, let count):
            applied ? "Переданы другим учителям (\(count)):" : "Файл передаёт классы и предметы другим учителям (\(count)):"
        case .importReplacement(let replacement):
            switch replacement.post {
            case .classTeacher(let schoolClass): "  классный руководитель \(schoolClass): \(replacement.from) → \(replacement.to)"
            case .teacher(let schoolClass, let subject, let subgroup):
                "  \(schoolClass), \(subject)\(subgroup.map { " (группа «\($0)»)" } ?? ""): \(replacement.from) → \(replacement.to)"
            }
        case .importReplacementsNotConfirmed(let count):
            "Файл меняет учителей (\(count)) — ничего не загружено. Проверьте файл или подтвердите замену (--yes)."
        case .promotionNote(let outcome, let order, let date):
            switch outcome {
            case .promoted: "перевод в следующий класс, приказ № \(order) от \(date)"
            case .graduated: "выпуск, приказ № \(order) от \(date)"
            case .retained: "оставлен на повторное обучение, приказ № \(order) от \(date)"
            case .leaving: "выбытие, приказ № \(order) от \(date)"
            }
        case .outcome(let outcome):
            switch outcome {
            case .promoted: "переведён"
            case .graduated: "выпуск"
            case .retained: "повторное обучение"
            case .leaving: "выбывает"
            }
        case .closingPlan(let year, let next, let counts):
            "Закрытие \(year): переводятся в \(next) — \(counts[.promoted] ?? 0), выпуск — \(counts[.graduated] ?? 0), "
                + "на повторное обучение — \(counts[.retained] ?? 0), выбывают — \(counts[.leaving] ?? 0). После закрытия журнал года только для чтения."
        case .closingNeedsYes: "Закрытие года необратимо: подтвердите его флагом --yes (посмотреть план — --dry-run)."
        case .closingQuestion(let year): "Закрыть \(year) и перевести учеников?"
        case .closingCancelled: "Год не закрыт."
        case .yearClosed(let year, let order, let head):
            "Учебный год \(year) закрыт приказом № \(order). Журнал года только для чтения. Вершина журнала изменений: \(head)."
        case .archiveNeedsClosedYear(let year): "Учебный год \(year) ещё не закрыт: архив пишется после закрытия (year close)."
        case .archiveWritten(let count, let folder): "Журналы классов для архива записаны в \(folder): файлов — \(count)."
        case .archiveTitle(let school, let schoolClass, let year): "\(school). Классный журнал \(schoolClass), \(year) учебный год"
        case .archiveCertificate(let order, let date, let head):
            "Год закрыт приказом № \(order) от \(date). Вершина журнала изменений (audit head): \(head)."
        case .archiveSummary: "Сводная ведомость отметок за периоды"
        case .noFinalMarksYet: "Итоговых отметок пока нет: они видны в дневнике за 2 дня до конца периода."
        case .yearMark: "год"
        case .fileWritten(let path): "Записан файл \(path)."
        case .averageMark: "Средний балл"
        case .qualityPercent: "Качество, %"
        case .successPercent: "Успеваемость, %"
        case .summaryTitle(let school, let schoolClass, let period, let date):
            "\(school). Сводная ведомость \(schoolClass), " + (period.map { "\($0)-й период" } ?? "год") + ", на \(date)"
        case .schoolSheet: "Школа"
        case .schoolSummaryTitle(let school, let period, let date):
            "\(school). Сводная ведомость по школе, " + (period.map { "\($0)-й период" } ?? "год") + ", на \(date)"
        case .summarySignatures:
            "Классный руководитель ____________ /____________/    Заместитель директора по УВР ____________ /____________/"
        case .auditHeadLine(let head): "Вершина журнала изменений (audit head) на момент выгрузки: \(head)."
        case .templateHint:
            "Периоды, каникулы и звонки заданы по шаблону; предметы федерального учебного плана добавлены. Поправьте: period set, vacation new, year regime."
        case .everyoneSigned: "Все, кому выданы реквизиты, расписались в получении."
        case .notSigned(let count): "Не расписались в получении реквизитов (\(count)):"
        case .slipsSigned(let count): "Записано получение реквизитов под подпись: \(count)."
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
