import JournalCore

// The school's reports.
extension ReportSentence {
    /// The sentence in both languages.
    var wording: Wording {
        switch self {
        case .attendanceTitle(let school, let schoolClass, let from, let to):
            Wording(
                ru: "\(school). Сводная ведомость посещаемости \(schoolClass) с \(from) по \(to)",
                en: "\(school). Attendance summary of \(schoolClass), \(from) to \(to)")
        case .monitoringTitle(let school, let from, let to):
            Wording(ru: "\(school). Мониторинг ведения ЭЖ с \(from) по \(to)", en: "\(school). Journal monitoring, \(from) to \(to)")
        case .activityTitle(let school, let from, let to):
            Wording(ru: "\(school). Активность пользователей ЭЖ с \(from) по \(to)", en: "\(school). User activity, \(from) to \(to)")
        case .deskTitle(let from, let to):
            Wording(ru: "Работа службы поддержки с \(from) по \(to)", en: "The support desk, \(from) to \(to)")
        case .total: Wording(ru: "Итого", en: "Total")
        case .byTeacher: Wording(ru: "По учителям", en: "By teacher")
        case .byClass: Wording(ru: "По классам", en: "By class")
        case .byRole: Wording(ru: "По ролям", en: "By role")
        case .byPerson: Wording(ru: "По пользователям", en: "By user")
        case .bySchool: Wording(ru: "По школам", en: "By school")
        case .byTopic: Wording(ru: "По темам", en: "By topic")
        case .bySpecialist: Wording(ru: "По специалистам", en: "By specialist")
        case .progress: Wording(ru: "Успеваемость и качество", en: "Progress and quality")
        case .trainings: Wording(ru: "Обучение по четвертям", en: "Trainings by quarter")
        case .teachersWorking(let visited, let of):
            Wording(
                ru: "Работали в журнале: \(visited) из \(of) учителей, у которых были уроки.",
                en: "Worked in the journal: \(visited) of \(of) teachers who had lessons.")
        case .chartTopics: Wording(ru: "Уроки с записанной темой, % — по учителям", en: "Lessons with a topic, % — by teacher")
        case .chartMarksOnTime: Wording(ru: "Отметки, выставленные в срок, % — по учителям", en: "Marks entered on time, % — by teacher")
        case .chartGuardians: Wording(ru: "Родители, входившие в журнал, % — по классам", en: "Guardians who logged in, % — by class")
        case .riskTitle(let schoolClass, let date):
            Wording(ru: "Группа риска \(schoolClass) на \(date)", en: "Risk group of \(schoolClass) on \(date)")
        case .journalTitle(let schoolClass, let subject, let period, let kind, let from, let to):
            Wording(
                ru: "\(schoolClass), \(subject)\(period.map { ", " + Self.periodName($0, kind) } ?? ""): с \(from) по \(to)",
                en: "\(schoolClass), \(subject)\(period.map { ", \(kind.englishName) \($0)" } ?? ""): \(from) to \(to)")
        case .periodColumn(let number, .quarter): Wording(ru: "\(number) четв.", en: "Q\(number)")
        case .periodColumn(let number, .trimester): Wording(ru: "\(number) трим.", en: "T\(number)")
        case .periodColumn(let number, .halfYear): Wording(ru: "\(number) полуг.", en: "H\(number)")
        case .riskEmpty(let schoolClass):
            Wording(ru: "В \(schoolClass) сейчас нет учеников в группе риска.", en: "No pupil of \(schoolClass) is in the risk group now.")
        case .noLessonsToday(let day):
            Wording(
                ru: "Сегодня, \(day), у вас уроков нет. Другой день: lesson list --date ДАТА.",
                en: "Today, \(day), you have no lessons. Another day: lesson list --date DATE.")
        case .noLessonsOn(let day, let schoolClass):
            Wording(
                ru: "Уроков \(schoolClass.map { "у \($0)" } ?? "у вас") нет: \(day). Другой день: lesson list --date ДАТА.",
                en: "No lessons \(schoolClass.map { "of \($0)" } ?? "of yours") on \(day). Another day: lesson list --date DATE.")
        case .diaryTitle(let student, let from, let to):
            Wording(ru: "Дневник: \(student) — неделя с \(from) по \(to)", en: "Diary: \(student) — the week \(from) to \(to)")
        case .noDiaryLessonsToday(let day):
            Wording(
                ru: "Сегодня, \(day), уроков нет. Другой день: diary --date ДАТА (неделя с этим днём).",
                en: "Today, \(day), there are no lessons. Another day: diary --date DATE (the week of that day).")
        case .riskToday(let schoolClass, let count):
            Wording(
                ru: "Группа риска \(schoolClass): учеников — \(count). Подробно: report risk \(schoolClass).",
                en: "Risk group of \(schoolClass): \(count) pupils. In detail: report risk \(schoolClass).")
        case .markedAtRisk(let reason):
            Wording(ru: "отмечен классным руководителем: \(reason)", en: "marked by the class teacher: \(reason)")
        case .lowAverage(let average): Wording(ru: "средний балл \(average)", en: "average \(average)")
        case .manyAbsences(let count):
            Wording(ru: "без уважительной причины пропущено уроков: \(count)", en: "unexcused lessons missed: \(count)")
        case .riskAdded(let name):
            Wording(ru: "\(name) — в группе риска. Список — report risk.", en: "\(name) is in the risk group. The list: report risk.")
        case .riskRemoved(let name, let sex):
            Wording(
                ru: "\(name) \(sex.agreeing("снят", "снята")) с группы риска; запись об этом сохранена.",
                en: "\(name) was taken off the risk group; the record is kept.")
        case .forecastTitle(let schoolClass, let period, let end, let daysLeft) where daysLeft < 0:
            Wording(
                ru: "Прогноз отметок \(schoolClass) за \(period)-й период (до \(end), период закончился)",
                en: "Forecast of \(schoolClass)'s marks for period \(period) (to \(end), the period has ended)")
        case .forecastTitle(let schoolClass, let period, let end, let daysLeft):
            Wording(
                ru: "Прогноз отметок \(schoolClass) за \(period)-й период (до \(end), осталось дней: \(daysLeft))",
                en: "Forecast of \(schoolClass)'s marks for period \(period) (to \(end), \(daysLeft) days left)")
        case .forecastLate(let daysLeft) where daysLeft < 0:
            Wording(
                ru: "Период закончился \(-daysLeft) дн. назад: прогноз сообщают семьям не позднее чем за 2 недели до его конца.",
                en: "The period ended \(-daysLeft) days ago: families are told the forecast at least 2 weeks before its end.")
        case .forecastLate(let daysLeft):
            Wording(
                ru: "До конца периода \(daysLeft) дн.: прогноз сообщают семьям не позднее чем за 2 недели.",
                en: "\(daysLeft) days to the end of the period: families are told the forecast at least 2 weeks before.")
        case .forecastSent(let families, let deputies):
            Wording(
                ru: "Прогноз отправлен семьям: \(families); предварительный отчёт — заместителю директора (\(deputies)).",
                en: "Forecast sent to families: \(families); the preliminary report to the deputy director (\(deputies)).")
        case .forecastFamilySubject(let period):
            Wording(ru: "Прогноз отметок за \(period)-й период", en: "Forecast of marks for period \(period)")
        case .forecastFamilyText(let student, let period, let end, let lines):
            Wording(
                ru: "Прогноз отметок за \(period)-й период (заканчивается \(end)) — \(student):\n"
                    + lines.joined(separator: "\n")
                    + "\n\nПрогноз рассчитан по средневзвешенной отметке на сегодня; итоговую отметку ставит учитель.",
                en: "Forecast of marks for period \(period) (ends \(end)) — \(student):\n" + lines.joined(separator: "\n")
                    + "\n\nThe forecast is today's weighted average; the teacher sets the final mark.")
        case .forecastLine(let subject, let mark, let average, let counted):
            Wording(
                ru: "\(subject): «\(mark)» (средневзвешенная \(average), отметок: \(counted))",
                en: "\(subject): \(mark) (weighted average \(average), \(counted) marks)")
        case .forecastNoMarks(let subject): Wording(ru: "\(subject): отметок пока нет", en: "\(subject): no marks yet")
        case .preliminarySubject(let schoolClass, let period):
            Wording(
                ru: "Предварительный отчёт \(schoolClass), \(period)-й период", en: "Preliminary report of \(schoolClass), period \(period)"
            )
        case .preliminaryText(let schoolClass, let period, let pupils, let atRisk, let missed, let unexcused):
            Wording(
                ru: "Предварительные итоги \(schoolClass) за \(period)-й период: учеников \(pupils).\n"
                    + (atRisk.isEmpty
                        ? "Прогноз «2» или без отметок — нет.\n" : "Прогноз «2» или без отметок:\n" + atRisk.joined(separator: "\n") + "\n")
                    + "Пропущено уроков: \(missed), из них без уважительной причины: \(unexcused).",
                en: "Preliminary results of \(schoolClass) for period \(period): \(pupils) pupils.\n"
                    + (atRisk.isEmpty
                        ? "Forecast 2 or no marks: none.\n" : "Forecast 2 or no marks:\n" + atRisk.joined(separator: "\n") + "\n")
                    + "Lessons missed: \(missed), unexcused: \(unexcused).")
        case .acknowledgementSubject(let period, let student):
            Wording(
                ru: "Ознакомлен(а) с итоговыми отметками за \(period)-й период: \(student)",
                en: "Final marks of period \(period) acknowledged: \(student)")
        case .acknowledged(let period):
            Wording(
                ru: "Записано: вы ознакомились с итоговыми отметками за \(period)-й период; сообщение классному руководителю отправлено.",
                en: "Recorded: you acknowledged the final marks of period \(period); the class teacher has your message.")
        case .acknowledgementsTitle(let schoolClass, let period):
            Wording(
                ru: "Ознакомление родителей с итоговыми отметками \(schoolClass), \(period)-й период",
                en: "Guardians' acknowledgement of final marks, \(schoolClass), period \(period)")
        case .acknowledgedCount(let done, let of):
            Wording(ru: "Ознакомились родители \(done) учеников из \(of).", en: "Guardians of \(done) of \(of) pupils acknowledged.")
        case .bookings(let held, let cancelled):
            Wording(
                ru: "Консультаций проведено: \(held), отменено: \(cancelled).", en: "Consultations held: \(held), cancelled: \(cancelled).")
        case .unassigned: Wording(ru: "не назначен", en: "unassigned")
        }
    }
}

extension ReportSentence {
    /// «2-я четверть», «1-й триместр», «2-е полугодие».
    static func periodName(_ number: Int, _ kind: PeriodKind) -> String {
        switch kind {
        case .quarter: "\(number)-я четверть"
        case .trimester: "\(number)-й триместр"
        case .halfYear: "\(number)-е полугодие"
        }
    }
}

extension PeriodKind {
    var englishName: String {
        switch self {
        case .quarter: "quarter"
        case .trimester: "trimester"
        case .halfYear: "half-year"
        }
    }
}
