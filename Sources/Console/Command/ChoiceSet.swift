import HelpDesk
import JournalCore

/// The closed sets a field can take a word of, with the words the journal's users type.
enum ChoiceSet: Sendable {
    case workKind, attendance, absence, lessonKind, yesNo
    case helpKind, audience, gradeBand, trainingFormat, rolloutState, priority, queue, ticketState, ticketKind, identityMethod
    case language, digest, messageAudience, access, readers

    /// Every value of the set (its raw value) with the words that name it in both languages.
    var options: [(value: String, words: [String])] {
        let ru = Texts(.ru)
        let en = Texts(.en)
        switch self {
        case .workKind:
            return WorkKind.allCases.map {
                ($0.rawValue, [$0.rawValue, ru.workKind($0), en.workKind($0)] + Self.workAliases[$0, default: []])
            }
        case .attendance:
            return AttendanceStatus.allCases.map {
                ($0.rawValue, [$0.rawValue, ru.attendance($0), en.attendance($0)] + Self.attendanceAliases[$0, default: []])
            }
        case .absence:
            return AbsenceReason.allCases.map {
                ($0.rawValue, [$0.rawValue, ru.absence($0), en.absence($0), $0 == .excused ? "уп" : "нп"])
            }
        case .lessonKind:
            return LessonKind.allCases.map { ($0.rawValue, [$0.rawValue, ru.lessonKind($0), en.lessonKind($0)]) }
        case .yesNo:
            return [("yes", ["yes", "да", "y", "д"]), ("no", ["no", "нет", "n", "н"])]
        case .helpKind:
            return HelpKind.allCases.map {
                ($0.rawValue, [$0.rawValue, ru.helpKind($0), en.helpKind($0)] + Self.helpKindAliases[$0, default: []])
            }
        case .audience:
            return TrainingAudience.allCases.map {
                ($0.rawValue, [$0.rawValue, ru.audience($0), en.audience($0)] + Self.audienceAliases[$0, default: []])
            }
        case .readers:
            let aliases: [ArticleAudience: [String]] = [
                .all: ["все", "all"], .staff: ["сотрудники", "учителя", "педагоги", "teachers"], .guardians: ["родители", "parents"],
                .students: ["ученики", "pupils"],
            ]
            return ArticleAudience.allCases.map { ($0.rawValue, [$0.rawValue, ru.readers($0), en.readers($0)] + aliases[$0, default: []]) }
        case .gradeBand:
            return GradeBand.allCases.map {
                ($0.rawValue, [$0.rawValue, $0.rawValue, $0.rawValue, $0.rawValue.replacingOccurrences(of: "-", with: "–")])
            }
        case .trainingFormat:
            return TrainingFormat.allCases.map { ($0.rawValue, [$0.rawValue, ru.format($0), en.format($0)]) }
        case .priority:
            return TicketPriority.allCases.map { ($0.rawValue, [$0.rawValue, ru.priority($0), en.priority($0)]) }
        case .queue:
            return TicketQueue.allCases.map { ($0.rawValue, [$0.rawValue, ru.queue($0), en.queue($0)]) }
        case .ticketState:
            return TicketState.allCases.map { ($0.rawValue, [$0.rawValue, ru.ticketState($0), en.ticketState($0)]) }
        case .ticketKind:
            return TicketKind.allCases.map { ($0.rawValue, [$0.rawValue, ru.ticketKind($0), en.ticketKind($0)]) }
        case .identityMethod:
            return IdentityMethod.allCases.map {
                ($0.rawValue, [$0.rawValue, ru.identityMethod($0), en.identityMethod($0)] + Self.identityAliases[$0, default: []])
            }
        case .language:
            return [("ru", ["ru", "русский", "russian", "рус"]), ("en", ["en", "английский", "english", "англ"])]
        case .access:
            return [
                ("applied", ["applied", "подал", "заявление", "да"]),
                ("declined", ["declined", "отказ", "отказался", "отказалась", "нет"]),
            ]
        case .messageAudience:
            return [
                ("guardians", ["guardians", "родители", "родителям"]), ("students", ["students", "ученики", "ученикам"]),
                ("all", ["all", "все", "всем"]),
            ]
        case .digest:
            return DigestDelivery.allCases.map {
                ($0.rawValue, [$0.rawValue, ru(.digestWords($0)), en(.digestWords($0))] + Self.digestAliases[$0, default: []])
            }
        case .rolloutState:
            return RolloutState.allCases.map {
                ($0.rawValue, [$0.rawValue, ru.rolloutState($0), en.rolloutState($0)] + Self.rolloutAliases[$0, default: []])
            }
        }
    }

    static let digestAliases: [DigestDelivery: [String]] = [
        .none: ["нет", "дневник", "off"], .email: ["почта", "письмо", "e-mail", "mail"], .paper: ["бумага", "распечатка", "print"],
    ]

    static let workAliases: [WorkKind: [String]] = [
        .answer: ["ответ", "устно"], .test: ["контрольная", "кр"], .lab: ["лабораторная", "лр"], .practical: ["практическая", "пр"],
        .quiz: ["самостоятельная", "ср"], .essay: ["сочинение"], .dictation: ["диктант"], .homework: ["дз", "домашняя"],
    ]
    static let attendanceAliases: [AttendanceStatus: [String]] = [
        .present: ["п", "был", "+"], .absent: ["н", "нет", "-"], .late: ["о", "опоздание", "опоздала"],
    ]

    static let helpKindAliases: [HelpKind: [String]] = [
        .technical: ["техническая", "тех"], .methodological: ["методическая", "метод"], .any: ["любая", "любые"],
    ]
    static let audienceAliases: [TrainingAudience: [String]] = [
        .teachers: ["учителя", "педагоги"], .guardians: ["родители"], .students: ["ученики", "обучающиеся"],
    ]
    static let identityAliases: [IdentityMethod: [String]] = [
        .inPerson: ["лично", "документ", "паспорт"], .callBack: ["звонок", "перезвонить"], .knownPersonally: ["знаю", "знакомы"],
    ]
    static let rolloutAliases: [RolloutState: [String]] = [.done: ["готово", "сделано"], .inProgress: ["в работе"]]

    /// The raw value a word names exactly, or nil: for reading codes out of a line of names.
    func exact(_ word: String) -> String? {
        let key = word.lowercased()
        return options.first { $0.words.contains { $0.lowercased() == key } }?.value
    }

    /// The raw value `input` names: an exact word, else the one word it is the start of.
    func pick(_ input: String, field: Label) throws -> String {
        let key = input.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { throw InputError(field, .missing) }
        if let exact = exact(key) { return exact }
        let prefixed = options.filter { $0.words.contains { $0.lowercased().hasPrefix(key) } }
        if prefixed.count == 1 { return prefixed[0].value }
        if prefixed.count > 1 { throw InputError(field, .ambiguous(prefixed.map { $0.words[1] })) }
        throw InputError(field, .unknown(input))
    }

    /// The choices to show with the question, in the session's language.
    /// The word of the session's language for a raw value of the set.
    func word(_ raw: String, _ texts: Texts) -> String {
        options.first { $0.value == raw }.map { $0.words[texts.language == .ru ? 1 : 2] } ?? raw
    }

    func hint(_ texts: Texts) -> String {
        options.map { $0.words[texts.language == .ru ? 1 : 2] }.joined(separator: "/")
    }
}
