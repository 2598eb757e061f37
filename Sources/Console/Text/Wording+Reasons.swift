import HelpDesk
import JournalCore

extension Reason {
    /// Why a value was refused; `label`: what was refused, so that the Russian words agree with it.
    func wording(of label: Label?) -> Wording {
        switch self {
        case .missing: Wording(ru: "не указано", en: "not given")
        case .tooLong(let max): Wording(ru: "слишком длинно (не больше \(max) знаков)", en: "too long (at most \(max) characters)")
        case .tooShort(let min): Wording(ru: "слишком коротко (не меньше \(min) знаков)", en: "too short (at least \(min) characters)")
        case .badFormat: Wording(ru: "неверный формат", en: "not in the right format")
        case .notInRiskGroup: Wording(ru: "не в группе риска (список — report risk)", en: "not in the risk group (the list: report risk)")
        case .noSuchDate(let typed):
            Wording(ru: "такого дня нет в календаре: \(typed)", en: "there is no such day in the calendar: \(typed)")
        case .notADate:
            Wording(
                ru: "это не дата: напишите ДД.ММ.ГГГГ (03.12.2026) или словами — «сегодня», «завтра», «в пятницу», «3 декабря»",
                en: "this is not a date: write DD.MM.YYYY (03.12.2026) or in words — “today”, “tomorrow”, “on Friday”, “3 December”")
        case .notALogin:
            Wording(
                ru:
                    "это не логин: логин — одно слово латиницей, например ivanova.mp. Если логин не помните, его восстановит классный руководитель (ученикам и родителям) или администратор журнала",
                en:
                    "this is not a login: a login is one word in Latin letters, such as ivanova.mp. If you do not remember it, the class teacher (students and guardians) or the journal administrator restores it"
            )
        case .outOfRange(let min, let max): Wording(ru: "должно быть от \(min) до \(max)", en: "must be from \(min) to \(max)")
        case .unknown(let value): Wording(ru: "«\(value)» \(RussianGender(label).notFound)", en: "“\(value)” not found")
        case .ambiguous(let options):
            Wording(
                ru: "подходит несколько: \(options.joined(separator: "; ")) — уточните",
                en: "several match: \(options.joined(separator: "; ")) — be more precise")
        case .endBeforeStart: Wording(ru: "конец раньше начала", en: "the end is before the start")
        case .outsideYear: Wording(ru: "дата вне учебного года", en: "the date is outside the academic year")
        case .overlaps(let other): Wording(ru: "пересекается с «\(other)»", en: "overlaps “\(other)”")
        case .alreadyExists(let value): Wording(ru: "«\(value)» уже есть", en: "“\(value)” exists already")
        case .notStaff: Wording(ru: "не сотрудник этой организации", en: "not staff of this organization")
        case .notStudent: Wording(ru: "не ученик", en: "not a student")
        case .notTeacher: Wording(ru: "не учитель", en: "not a teacher")
        case .otherOrganization: Wording(ru: "из другой организации", en: "belongs to another organization")
        case .inUse: Wording(ru: "используется", en: "in use")
        case .earlierThan(let instant):
            Wording(
                ru: "раньше допустимого: не ранее \(Moment.text(instant, in: .current, language: .ru))",
                en: "earlier than allowed: not before \(Moment.text(instant, in: .current, language: .en))")
        case .notASchoolDay(let date):
            Wording(
                ru: "\(date.dotted) — не учебный день (праздник, каникулы или выходной)",
                en: "\(date.dotted) is not a school day (a holiday, vacation or day off)")
        case .doesNotMatch(let expected):
            Wording(
                ru: "не совпадает с отметкой, которую меняет (должно быть: \(expected))",
                en: "does not match the mark it changes (should be: \(expected))")
        case .noRows: Wording(ru: "под заголовком нет ни одной строки — файл пуст", en: "no rows under the header: the file is empty")
        case .tooMany(let max): Wording(ru: "слишком много строк (не больше \(max))", en: "too many rows (at most \(max))")
        case .unclosedQuote:
            Wording(
                ru: "кавычка открыта и не закрыта — строки слились бы", en: "a quote opens here and never closes: rows would run together")
        case .sameAsLogin: Wording(ru: "совпадает с логином", en: "the same as the login")
        case .repeatedCharacter: Wording(ru: "один и тот же знак", en: "one character repeated")
        case .commonPassword:
            Wording(
                ru: "слишком распространён: он есть в списке паролей, которые подбирают первыми",
                en: "too common: it is in the list of passwords tried first")
        case .sameAsCurrent: Wording(ru: "совпадает с текущим значением", en: "the same as now")
        case .notInClass: Wording(ru: "не из этого класса", en: "not of this class")
        case .inFuture: Wording(ru: "дата ещё не наступила", en: "the date has not come yet")
        case .lastAdministrator:
            Wording(ru: "это последний администратор журнала в организации", en: "this is the organization's last journal administrator")
        case .notAllowedRole: Wording(ru: "эта роль здесь не подходит", en: "this role does not fit here")
        case .markOneNotAllowed: Wording(ru: "отметка «1» в этой школе не используется", en: "this school does not use the mark 1")
        case .roleNotHeld:
            Wording(
                ru: "у этой учётной записи нет такой роли — уточните роль у заявителя",
                en: "the account does not hold this role — check the role with the requester")
        case .passFailNotUsed:
            Wording(
                ru: "предмет оценивается отметками 2–5; «зачёт» и «незачёт» — только в безотметочных предметах",
                en: "the subject is graded 2–5; pass and fail are only for subjects taught without marks")
        case .passFailOnly:
            Wording(
                ru: "предмет безотметочный: «зачёт» или «незачёт» (либо н/а, ОСВ)",
                en: "the subject is taught without marks: pass or fail (or н/а, ОСВ)")
        case .notAbsent: Wording(ru: "ученик не отмечен отсутствующим или опоздавшим", en: "the student is not marked absent or late")
        case .overlapsLesson(let other):
            Wording(ru: "в это время уже есть урок: \(other)", en: "there is already a lesson at that time: \(other)")
        case .weight: Wording(ru: "вес должен быть больше 0 и не больше 10", en: "the weight must be above 0 and at most 10")
        case .holiday(let name): Wording(ru: "это праздничный день (\(name))", en: "that day is a public holiday (\(name))")
        case .notFound(let value, let closest):
            Wording(
                ru: "«\(value)» \(RussianGender(label).notFound)"
                    + (closest.isEmpty ? "" : "; возможно: \(closest.joined(separator: ", "))"),
                en: "“\(value)” not found" + (closest.isEmpty ? "" : "; perhaps: \(closest.joined(separator: ", "))"))
        }
    }
}
