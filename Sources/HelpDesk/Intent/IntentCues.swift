/// The words each intent listens for, in Russian and English, with their weights. A cue is a
/// word form as people type it (after spelling correction); `stems` cues match every form of
/// the word by its Snowball stem.
struct IntentCues: Sendable {
    struct Group: Sendable {
        var forms: Set<String> = []
        var stems: Set<String> = []
        /// The words the stems were taken from, for the vocabulary.
        var stemWords: [String] = []
        var weight: Int

        init(_ forms: [String], stems: [String] = [], weight: Int) {
            self.forms = Set(forms)
            self.stems = Set(stems.map(WordStems.stem))
            stemWords = stems
            self.weight = weight
        }

        func matches(_ word: Utterance.Word) -> Bool { forms.contains(word.lower) || stems.contains(word.stem) }
    }

    let intent: Intent
    let groups: [Group]
    /// The groups that must have a word in the sentence; nil: any one of them.
    var required: Set<Int>? = [0]
    /// Words that say the sentence is about something else («перенести урок» is the journal's).
    var excluded: Group? = nil

    static let consultation = Group(
        [
            "консультацю", "консультаця", "запись", "записи", "записей", "записью", "meeting", "записан", "записана", "прием", "приема",
            "приеме", "приемом",
        ],
        stems: ["консультация", "consultation", "appointment", "booking"], weight: 2)
    static let lesson = Group([], stems: ["урок", "уроки", "занятие", "lesson"], weight: 0)
    static let mine = Group(["мои", "мой", "моя", "мою", "моей", "моих", "my", "mine", "записан", "записана"], weight: 1)

    static let all: [IntentCues] = [
        IntentCues(
            intent: .breach,
            groups: [
                Group(
                    [
                        "украли", "украден", "украдены", "украл", "взломали", "взломан", "взлом", "утечка", "утек", "утекли", "чужой",
                        "чужие",
                        "посторонний", "stolen", "stole", "hacked", "hack", "leaked", "leak", "breach", "compromised", "someone",
                        "somebody",
                        "кто-то",
                    ], weight: 10),
                Group(
                    ["узнал", "узнали", "подсмотрел", "зашел", "зашли", "вошел", "вошли", "поставил", "got", "knows", "logged"], weight: 1),
            ]),
        IntentCues(
            intent: .lostCredentials,
            groups: [
                Group(
                    [
                        "забыл", "забыла", "забыли", "потерял", "потеряла", "потеряли", "помню", "вспомнить", "зайти", "войти", "вход",
                        "входа",
                        "заходит", "пускает", "неверный", "неправильный", "сбросить", "сбросьте", "восстановить", "восстановите", "forgot",
                        "forget", "lost", "reset", "locked", "wrong", "sign", "log", "login",
                    ],
                    stems: ["пароль", "логин", "реквизиты", "password", "credentials", "авторизация", "авторизоваться"], weight: 2)
            ]),
        IntentCues(
            intent: .changePassword,
            groups: [
                Group(
                    [
                        "поменять", "поменяйте", "сменить", "смените", "изменить", "измените", "заменить", "новый", "change", "new",
                        "update",
                    ],
                    weight: 2),
                Group([], stems: ["пароль", "password"], weight: 2),
            ], required: [0, 1]),
        IntentCues(
            intent: .cancelBooking,
            groups: [
                Group(
                    ["отменить", "отмените", "отмена", "отменяю", "отменю", "отмени", "отменяется", "отменим", "cancel", "cancelled"],
                    weight: 4),
                consultation,
            ], excluded: lesson),
        IntentCues(
            intent: .moveBooking,
            groups: [
                Group(
                    [
                        "перенести", "перенесите", "перенос", "переносите", "перенесу", "перенеси", "перенесем", "передвинуть", "сдвинуть",
                        "move", "reschedule", "postpone",
                    ], weight: 4),
                consultation,
            ], excluded: lesson),
        IntentCues(
            intent: .bookConsultation,
            groups: [
                Group(
                    [
                        "записаться", "запишите", "записать", "запишусь", "запиши", "записывайте", "записываюсь", "записаца", "записатся",
                        "забронировать", "book",
                        "schedule", "reserve", "попасть",
                    ], weight: 3),
                consultation,
            ], required: nil),
        IntentCues(intent: .myBookings, groups: [mine, consultation], required: [0, 1]),
        IntentCues(
            intent: .myTickets,
            groups: [
                Group(["мои", "моя", "мою", "моей", "моих", "моим", "статус", "где", "status", "my", "mine", "where"], weight: 1),
                Group([], stems: ["заявка", "обращение", "ticket", "request"], weight: 1),
            ], required: [0, 1]),
        IntentCues(
            intent: .whoHelps,
            groups: [
                Group(["кто", "кому", "who", "whom"], weight: 1),
                Group(
                    [
                        "поможет", "помочь", "помогает", "подскажет", "отвечает", "занимается", "консультирует", "обратиться", "help",
                        "helps",
                        "answers", "handles", "ask",
                    ], weight: 2),
            ], required: [0, 1]),
        IntentCues(
            intent: .trainings,
            groups: [
                Group(
                    [
                        "обучение", "обучения", "обучении", "семинар", "семинары", "семинара", "тренинг", "тренинги", "курсы", "вебинар",
                        "training", "trainings", "seminar", "seminars", "workshop", "webinar", "courses",
                    ], weight: 3)
            ]),
        IntentCues(
            intent: .problem,
            groups: [
                Group(
                    [
                        "ошибка", "ошибку", "ошибки", "ошибкой", "проблема", "проблемы", "проблему", "работает", "открывается",
                        "загружается",
                        "загрузить", "загрузка", "видно", "видны", "вижу", "видит", "видим", "отображается", "отображаются", "сохраняется",
                        "сохраняются", "пропали", "пропала", "исчезли", "исчезла", "появляется", "приходят", "приходит", "как", "почему",
                        "зачем", "помогите", "error", "broken", "working", "works", "open", "opens", "load", "loads", "upload", "see",
                        "how",
                        "why", "problem", "issue", "bug", "missing", "disappeared", "help", "выставляются", "выставляется", "грузится",
                    ], weight: 1),
                // What the journal is made of: a sentence about it with no other cue is a question.
                Group(
                    [],
                    stems: [
                        "оценка", "отметка", "дневник", "журнал", "задание", "расписание", "урок", "ктп", "страница", "marks", "diary",
                    ],
                    weight: 1),
            ], required: nil),
    ]

    /// Every word a cue listens for: the vocabulary misspellings are brought to.
    static let vocabularyWords: [String] =
        all.flatMap { cues in cues.groups.flatMap { Array($0.forms) + $0.stemWords } } + [
            "пароля", "паролем", "логина", "логином", "дневник", "журнал",
        ]

    /// Words that say nothing of the topic: courtesies, pronouns, prepositions.
    static let filler: Set<String> = [
        "на", "по", "с", "со", "о", "об", "про", "к", "ко", "в", "во", "у", "и", "а", "но", "или", "же", "ли", "бы", "меня", "мне", "мной",
        "я", "мы", "нам", "нас", "вы", "вас", "вам", "хочу", "хотел", "хотела", "хотим", "хотелось", "нужна", "нужно", "надо", "можно",
        "пожалуйста", "пжл", "плиз", "здравствуйте", "здравствуй", "привет", "добрый", "доброе", "день", "утро", "вечер", "спасибо",
        "тему", "тема", "вопросу", "вопрос", "вопросом", "этот", "эту", "это", "мою", "мой", "моя", "мои", "моей", "тот", "кто-нибудь",
        "please", "hello", "hi", "me", "a", "an", "the", "on", "about", "with", "for", "can", "could", "would", "i", "want", "to", "my",
        "of", "in", "at", "is", "am", "im", "i'm", "you", "it", "and", "or", "thanks", "thank", "there", "some", "someone",
        "за", "может", "можете", "могу", "подскажите", "скажите", "do", "does", "how",
    ]
    /// Courtesies dropped even from a problem's topic.
    static let courtesies: Set<String> = [
        "здравствуйте", "здравствуй", "привет", "добрый", "доброе", "день", "утро", "вечер", "пожалуйста", "спасибо", "hello", "hi",
        "please", "thanks",
    ]
}
