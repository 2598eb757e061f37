import JournalCore

/// The school's reports in Russian.
extension RussianCatalogue {
    func report(_ sentence: ReportSentence) -> String {
        switch sentence {
        case .attendanceTitle(let school, let schoolClass, let from, let to):
            "\(school). Сводная ведомость посещаемости \(schoolClass) с \(from) по \(to)"
        case .monitoringTitle(let school, let from, let to): "\(school). Мониторинг ведения ЭЖ с \(from) по \(to)"
        case .activityTitle(let school, let from, let to): "\(school). Активность пользователей ЭЖ с \(from) по \(to)"
        case .deskTitle(let from, let to): "Работа службы поддержки с \(from) по \(to)"
        case .total: "Итого"
        case .byTeacher: "По учителям"
        case .byClass: "По классам"
        case .byRole: "По ролям"
        case .byPerson: "По пользователям"
        case .bySchool: "По школам"
        case .byTopic: "По темам"
        case .bySpecialist: "По специалистам"
        case .progress: "Успеваемость и качество"
        case .trainings: "Обучение по четвертям"
        case .teachersWorking(let visited, let of):
            "Работали в журнале: \(visited) из \(of) учителей, у которых были уроки."
        case .chartTopics: "Уроки с записанной темой, % — по учителям"
        case .chartMarksOnTime: "Отметки, выставленные в срок, % — по учителям"
        case .chartGuardians: "Родители, входившие в журнал, % — по классам"
        case .riskTitle(let schoolClass, let date): "Группа риска \(schoolClass) на \(date)"
        case .riskEmpty(let schoolClass): "В \(schoolClass) сейчас нет учеников в группе риска."
        case .noLessonsToday(let day): "Сегодня, \(day), у вас уроков нет. Другой день: journal ДАТА или diary --date ДАТА."
        case .riskToday(let schoolClass, let count):
            "Группа риска \(schoolClass): учеников — \(count). Подробно: report risk \(schoolClass)."
        case .markedAtRisk(let reason): "отмечен классным руководителем: \(reason)"
        case .lowAverage(let average): "средний балл \(average)"
        case .manyAbsences(let count): "без уважительной причины пропущено уроков: \(count)"
        case .riskAdded(let name): "\(name) — в группе риска. Список — report risk."
        case .riskRemoved(let name): "\(name) снят(а) с группы риска; запись об этом сохранена."
        case .forecastTitle(let schoolClass, let period, let end, let daysLeft):
            "Прогноз отметок \(schoolClass) за \(period)-й период (до \(end), осталось дней: \(daysLeft))"
        case .forecastLate(let daysLeft):
            "До конца периода \(daysLeft) дн.: прогноз сообщают семьям не позднее чем за 2 недели."
        case .forecastSent(let families, let deputies):
            "Прогноз отправлен семьям: \(families); предварительный отчёт — заместителю директора (\(deputies))."
        case .forecastFamilySubject(let period): "Прогноз отметок за \(period)-й период"
        case .forecastFamilyText(let student, let period, let end, let lines):
            "Прогноз отметок за \(period)-й период (заканчивается \(end)) — \(student):\n"
                + lines.joined(separator: "\n")
                + "\n\nПрогноз рассчитан по средневзвешенной отметке на сегодня; итоговую отметку ставит учитель."
        case .forecastLine(let subject, let mark, let average, let counted):
            "\(subject): «\(mark)» (средневзвешенная \(average), отметок: \(counted))"
        case .forecastNoMarks(let subject): "\(subject): отметок пока нет"
        case .preliminarySubject(let schoolClass, let period): "Предварительный отчёт \(schoolClass), \(period)-й период"
        case .preliminaryText(let schoolClass, let period, let pupils, let atRisk, let missed, let unexcused):
            "Предварительные итоги \(schoolClass) за \(period)-й период: учеников \(pupils).\n"
                + (atRisk.isEmpty
                    ? "Прогноз «2» или без отметок — нет.\n" : "Прогноз «2» или без отметок:\n" + atRisk.joined(separator: "\n") + "\n")
                + "Пропущено уроков: \(missed), из них без уважительной причины: \(unexcused)."
        case .acknowledgementSubject(let period, let student): "Ознакомлен(а) с итоговыми отметками за \(period)-й период: \(student)"
        case .acknowledged(let period):
            "Записано: вы ознакомились с итоговыми отметками за \(period)-й период; сообщение классному руководителю отправлено."
        case .acknowledgementsTitle(let schoolClass, let period):
            "Ознакомление родителей с итоговыми отметками \(schoolClass), \(period)-й период"
        case .acknowledgedCount(let done, let of): "Ознакомились родители \(done) учеников из \(of)."
        case .bookings(let held, let cancelled): "Консультаций проведено: \(held), отменено: \(cancelled)."
        case .unassigned: "не назначен"
        }
    }
}
