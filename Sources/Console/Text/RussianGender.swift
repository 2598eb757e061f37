/// The grammatical gender of a label's Russian word, so that what is said of it agrees:
/// «Класс: «5Я» не найден», «Отметка: «6» не найдена», «Занятие: … не найдено».
enum RussianGender {
    case masculine, feminine, neuter, plural

    init(_ label: Label?) {
        guard let label else {
            self = .neuter
            return
        }
        switch label {
        case .birthDate, .role, .date, .gradeLevel, .letter, .subgroup, .account, .organization, .topic, .mark, .reason, .markScale,
            .booking, .quarter, .ticket, .priority, .queue, .week, .article:
            self = .feminine
        case .name, .note, .state, .movement, .homework, .status, .time, .action, .training, .description, .job, .attachment, .title,
            .message,
            .periodKind:
            self = .neuter
        case .roles, .vacation, .children, .days, .topics, .gradeBand, .audience, .bells, .marks, .copies:
            self = .plural
        default:
            self = .masculine
        }
    }

    /// «не найден», «не найдена», «не найдено», «не найдены».
    var notFound: String {
        switch self {
        case .masculine: "не найден"
        case .feminine: "не найдена"
        case .neuter: "не найдено"
        case .plural: "не найдены"
        }
    }
}
