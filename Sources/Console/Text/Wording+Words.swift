import JournalCore

/// The short words said outside a sentence: the formats a question hints at, the letters of the
/// journal page, the names of the weekdays.
enum Word: Equatable, Sendable {
    /// The hint of a date's question: «ДД.ММ.ГГГГ».
    case dateFormat
    /// The hint of a time's question: «ЧЧ:ММ».
    case timeFormat
    /// The hint of a date and time's question: «ДД.ММ.ГГГГ ЧЧ:ММ».
    case momentFormat
    /// The hint of a question that takes several values.
    case commaSeparated
    /// The hint of a class's question.
    case classExample
    /// The letter a sex is typed as: «м», «ж».
    case sexLetter(Sex)
    /// The letter of an absence on the journal page, as the paper journal writes it: «н».
    case absentLetter
    /// The letter of a late arrival on the journal page: «о».
    case lateLetter
    /// A school year, as an audit log entry names the period it is about.
    case year
    /// A weekday's short name, 1 for Monday through 7 for Sunday: «пн», "Mon".
    case weekday(Int)

    /// The word in both languages.
    var wording: Wording {
        switch self {
        case .dateFormat: Wording(ru: "ДД.ММ.ГГГГ", en: "YYYY-MM-DD")
        case .timeFormat: Wording(ru: "ЧЧ:ММ", en: "HH:MM")
        case .momentFormat: Wording(ru: "ДД.ММ.ГГГГ ЧЧ:ММ", en: "YYYY-MM-DD HH:MM")
        case .commaSeparated: Wording(ru: "через запятую", en: "comma-separated")
        case .classExample: Wording(ru: "например, 5А", en: "e.g. 5А")
        case .sexLetter(let sex):
            switch sex {
            case .male: Wording(ru: "м", en: "m")
            case .female: Wording(ru: "ж", en: "f")
            }
        case .absentLetter: Wording(ru: "н", en: "a")
        case .lateLetter: Wording(ru: "о", en: "l")
        case .year: Wording(ru: "год", en: "year")
        case .weekday(let weekday): Self.weekdays[max(0, min(6, weekday - 1))]
        }
    }

    private static let weekdays = [
        Wording(ru: "пн", en: "Mon"), Wording(ru: "вт", en: "Tue"), Wording(ru: "ср", en: "Wed"), Wording(ru: "чт", en: "Thu"),
        Wording(ru: "пт", en: "Fri"), Wording(ru: "сб", en: "Sat"), Wording(ru: "вс", en: "Sun"),
    ]
}
