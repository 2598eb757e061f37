import Foundation

/// The school holidays of the year's calendar, named as the school's calendar names them (the
/// names are the school's data, in Russian, as the subjects' are).
public enum VacationSeason: String, CaseIterable, Sendable {
    case autumn = "Осенние каникулы"
    case winter = "Зимние каникулы"
    case spring = "Весенние каникулы"
}

/// What a new year starts from (J-YEAR-1): its periods and vacations laid out as the Ministry's
/// recommended calendar does (9 days in late October, winter holidays to the Sunday after
/// 8 January, 9 days in late March, lessons to 26 May), the working week and bell times, and the
/// subjects of the federal curriculum that the school lacks. All to adjust afterwards with
/// `period set`, `vacation new` and `year regime`.
public struct YearTemplate: Sendable, Equatable {
    public var daysPerWeek: Int
    /// `08:30-09:15, 09:25-10:10, …`
    public var bells: String
    public var addsSubjects: Bool

    public init(daysPerWeek: Int = 5, bells: String = YearTemplate.defaultBells, addsSubjects: Bool = true) {
        self.daysPerWeek = daysPerWeek
        self.bells = bells
        self.addsSubjects = addsSubjects
    }

    /// Seven 45-minute lessons from 08:30 with breaks of 10 and 20 minutes (SanPiN 1.2.3685-21).
    public static let defaultBells = "08:30-09:15, 09:25-10:10, 10:30-11:15, 11:35-12:20, 12:30-13:15, 13:25-14:10, 14:20-15:05"

    /// The subjects of the federal curricula (ФОП НОО, ООО, СОО).
    public static let federalSubjects = [
        "Русский язык", "Литературное чтение", "Литература", "Родной язык", "Иностранный язык", "Математика", "Алгебра",
        "Геометрия", "Вероятность и статистика", "Информатика", "История", "Обществознание", "География", "Биология", "Физика",
        "Химия", "Окружающий мир", "Основы религиозных культур и светской этики", "Музыка", "Изобразительное искусство",
        "Труд (технология)", "Физическая культура", "Основы безопасности и защиты Родины", "Индивидуальный проект",
    ]

    /// The bells checked: each `HH:MM-HH:MM`, in order, not overlapping; one to ten lessons.
    static func checkBells(_ text: String) throws -> String {
        let regime = WorkingRegime(yearId: 0, daysPerWeek: 5, bells: text)
        let lessons = regime.lessons
        let parts = text.split(separator: ",")
        guard !parts.isEmpty, parts.count <= 10, lessons.count == parts.count else { throw JournalError.invalid(.time, .badFormat) }
        for (index, lesson) in lessons.enumerated() {
            guard lesson.start < lesson.end else { throw JournalError.invalid(.time, .endBeforeStart) }
            if index > 0 && lessons[index - 1].end > lesson.start { throw JournalError.invalid(.time, .overlaps(String(parts[index]))) }
        }
        return lessons.map { "\($0.start)-\($0.end)" }.joined(separator: ", ")
    }

    /// The periods of a year of `kind` starting on `start`, and its vacations.
    static func calendar(_ kind: PeriodKind, start: LocalDate, end: LocalDate) -> (
        periods: [(LocalDate, LocalDate)], vacations: [(VacationSeason, LocalDate, LocalDate)]
    ) {
        let autumn = saturday(near: LocalDate(start.year, 10, 26))
        let winter = LocalDate(start.year, 12, 29)
        let winterEnd = sunday(onOrAfter: LocalDate(start.year + 1, 1, 8))
        let spring = saturday(near: LocalDate(start.year + 1, 3, 21))
        let lastDay = min(LocalDate(start.year + 1, 5, 26), end)
        let vacations: [(VacationSeason, LocalDate, LocalDate)] = [
            (.autumn, autumn, autumn.adding(days: 8)), (.winter, winter, winterEnd), (.spring, spring, spring.adding(days: 8)),
        ]
        let periods: [(LocalDate, LocalDate)]
        switch kind {
        case .quarter:
            periods = [
                (start, autumn.adding(days: -1)), (autumn.adding(days: 9), winter.adding(days: -1)),
                (winterEnd.adding(days: 1), spring.adding(days: -1)), (spring.adding(days: 9), lastDay),
            ]
        case .trimester:
            let december = LocalDate(start.year, 11, 30)
            let march = LocalDate(start.year + 1, 2, 28)
            periods = [(start, december), (december.adding(days: 1), march), (march.adding(days: 1), lastDay)]
        case .halfYear:
            periods = [(start, winter.adding(days: -1)), (winterEnd.adding(days: 1), lastDay)]
        }
        return (periods, vacations)
    }

    private static func saturday(near day: LocalDate) -> LocalDate {
        let offset = 6 - day.weekday
        return day.adding(days: offset < -3 ? offset + 7 : offset > 3 ? offset - 7 : offset)
    }

    private static func sunday(onOrAfter day: LocalDate) -> LocalDate { day.adding(days: (7 - day.weekday) % 7) }
}
