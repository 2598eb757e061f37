/// The words each intent listens for, in Russian and English, with their weights. A cue is a
/// word form as people type it (after spelling correction); `stems` cues match every form of
/// the word by its Snowball stem; `pairs` are two words in a row («не смогу», «под моим»).
struct IntentCues: Sendable {
    struct Group: Sendable {
        var forms: Set<String> = []
        var stems: Set<String> = []
        /// The words the stems were taken from, for the vocabulary.
        var stemWords: [String] = []
        /// Two words in a row, as «не смогу»: the second word matches where the first precedes it.
        var pairs: Set<String> = []
        var weight: Int

        init(_ forms: [String], stems: [String] = [], pairs: [String] = [], weight: Int) {
            self.forms = Set(forms)
            self.stems = Set(stems.map(WordStems.stem))
            stemWords = stems
            self.pairs = Set(pairs)
            self.weight = weight
        }

        /// Whether the word at `index` is one of the group's.
        func matches(_ words: [Utterance.Word], at index: Int) -> Bool {
            let word = words[index]
            if forms.contains(word.lower) || stems.contains(word.stem) { return true }
            return index > 0 && pairs.contains(words[index - 1].lower + " " + word.lower)
        }
    }

    let intent: Intent
    let groups: [Group]
    /// The sets of groups of which one set must all have a word in the sentence; empty: any group.
    var required: [Set<Int>] = [[0]]
    /// Words that say the sentence is about something else («перенести урок» is the journal's),
    /// unless it has a word of the group `excludedUnless` too («урок, так что на консультацию не приду»).
    var excluded: Group? = nil
    var excludedUnless: Int? = 1

    static let consultation = Group(
        [
            "консультацю", "консультаця", "запись", "записи", "записей", "записью", "meeting", "записан", "записана", "прием", "приема",
            "приеме", "приемом", "бронь", "брони", "броню", "встреча", "встречу", "встречи", "встрече", "session",
        ],
        stems: ["консультация", "consultation", "appointment", "booking"], weight: 2)
    /// What the journal holds: a lesson, a mark, a pupil. «удалите оценку» and «перенесите урок»
    /// are the journal's, never a consultation cancelled or moved.
    static let lesson = Group(
        [], stems: ["урок", "уроки", "занятие", "lesson", "оценка", "отметка", "ученик", "ученица", "mark", "grade", "pupil"], weight: 0)
    static let mine = Group(["мои", "мой", "моя", "мою", "моей", "моих", "my", "mine", "записан", "записана"], weight: 1)

    static let all: [IntentCues] = [
        IntentCues(
            intent: .breach,
            groups: [
                Group(
                    [
                        "украли", "украден", "украдены", "украл", "взломали", "взломан", "взлом", "утечка", "утек", "утекли", "чужой",
                        "чужие", "чужого", "чужом", "чужая", "посторонний", "посторонние", "stolen", "stole", "hacked", "hack", "leaked",
                        "leak", "breach", "compromised", "someone", "somebody", "кто-то",
                    ],
                    pairs: [
                        "кто то", "не ставила", "не ставил", "не ставили", "не выставляла", "не выставлял", "didn't put", "didn't give",
                    ], weight: 10),
                // The account's secret…
                Group(
                    ["учетка", "учетку", "учетки", "учетной", "учетную", "аккаунт", "аккаунте", "аккаунта", "account"],
                    stems: ["пароль", "логин", "password", "login"], weight: 2),
                // …known, seen, told or used by someone else.
                Group(
                    [
                        "увидели", "увидел", "увидела", "видели", "видел", "видела", "подсмотрел", "подсмотрели", "подсмотрела", "знают",
                        "знает", "узнал", "узнали", "узнала", "рассказал", "рассказала", "рассказали", "разболтал", "разболтала",
                        "скинул", "скинула", "скинули", "переписал", "переписала", "переписали", "сфотографировал", "сфотографировала",
                        "сфоткал",
                        "сфоткала", "выложил", "выложила", "выложили", "переслал", "переслала", "доске", "доску",
                        "чат", "чате", "saw", "seen", "told", "knows", "shared", "posted", "board", "chat",
                    ],
                    pairs: ["под моим", "под моей", "под мной", "не я", "не давал", "не давала", "не давали", "not me", "wasn't me"],
                    weight: 6),
            ], required: [[0], [1, 2]]),
        IntentCues(
            intent: .lostCredentials,
            groups: [
                Group(
                    [
                        "забыл", "забыла", "забыли", "потерял", "потеряла", "потеряли", "помню", "вспомнить", "зайти", "войти", "вход",
                        "входа",
                        "заходит", "пускает", "неверный", "неправильный", "сбросить", "сбросьте", "восстановить", "восстановите", "forgot",
                        "forget", "lost", "reset", "locked", "sign", "подходит", "подходят", "log", "login", "заблокировали",
                        "заблокирована",
                        "заблокирован", "заблокировалась", "заблокировался", "разблокировать", "разблокируйте", "блокировка", "blocked",
                        "учетка", "учетку", "учетки", "учетной", "учетную", "пускает", "принимает",
                    ],
                    stems: ["пароль", "логин", "реквизиты", "password", "credentials", "авторизация", "авторизоваться"], weight: 2)
            ]),
        IntentCues(
            intent: .changePassword,
            groups: [
                Group(
                    [
                        "поменять", "поменяйте", "сменить", "смените", "изменить", "измените", "заменить", "новый", "change", "new",
                        "update", "старый", "current", "надежнее", "понадежнее", "надежный", "сложнее",
                    ],
                    pairs: ["сменить пароль", "поменять пароль", "изменить пароль", "change password", "change my"], weight: 2),
                Group([], stems: ["пароль", "password"], weight: 2),
            ], required: [[0, 1]]),
        IntentCues(
            intent: .cancelBooking,
            groups: [
                Group(
                    [
                        "отменить", "отмените", "отмена", "отменяю", "отменю", "отмени", "отменяется", "отменим", "отменяйте", "cancel",
                        "cancelled", "отбой", "вычеркните", "снимите", "снять", "снимаю", "уберите", "убрать", "удалите", "удалить",
                        "отказываюсь", "отказаться",
                    ], weight: 4),
                consultation,
                // «не смогу прийти», «не успеваю», «больше не нужна»: the person will not come to the consultation.
                Group(
                    [],
                    pairs: [
                        "не смогу", "не сможем", "не приду", "не придем", "не успеваю", "не успею", "не получится", "не получается",
                        "не нужна", "не нужно", "не нужен", "can't make", "cannot make", "won't make",
                    ], weight: 4),
            ], required: [[0, 1], [1, 2]], excluded: lesson),
        IntentCues(
            intent: .moveBooking,
            groups: [
                Group(
                    [
                        "перенести", "перенесите", "перенос", "переносите", "перенесу", "перенеси", "перенесем", "перенесемте",
                        "передвинуть", "передвиньте", "сдвинуть", "сдвиньте", "move", "reschedule", "postpone",
                    ], weight: 5),
                consultation,
                // «на другой день», «попозже», «мне неудобно»: another time for the same consultation.
                Group(
                    ["другой", "другое", "другую", "попозже", "позже", "пораньше", "раньше", "неудобно", "another", "later", "earlier"],
                    pairs: ["поменять время", "изменить время", "сменить время", "поменять день", "изменить день", "change time"],
                    weight: 5),
            ], required: [[0], [1, 2]], excluded: lesson),
        IntentCues(
            intent: .bookConsultation,
            groups: [
                Group(
                    [
                        "записаться", "запишите", "записать", "запишусь", "запиши", "записывайте", "записываюсь", "записаца", "записатся",
                        "забронировать", "забронируйте", "забронируй", "забронирую", "book",
                        "schedule", "reserve", "попасть",
                    ], weight: 3),
                consultation,
            ], required: []),
        IntentCues(
            intent: .myBookings,
            groups: [
                mine, consultation,
                // «у меня есть запись?», «на когда я записана», "what do I have booked".
                Group(["booked"], pairs: ["у меня", "на когда", "i have", "have booked", "do i"], weight: 2),
            ], required: [[0, 1], [1, 2]]),
        IntentCues(
            intent: .myTickets,
            groups: [
                Group(
                    [
                        "мои", "моя", "мою", "моей", "моих", "моим", "моему", "моего", "статус", "где", "новости", "status", "my", "mine",
                        "where", "news", "update",
                    ], weight: 1),
                Group(["поддержку", "поддержка", "support"], stems: ["заявка", "обращение", "ticket", "request"], weight: 1),
                // «писала обращение…, что с ним? ответа нет»: one the person sent.
                Group(
                    [
                        "писала", "писал", "писали", "отправляла", "отправлял", "отправила", "отправил", "оставляла", "оставлял",
                        "подавала", "подавал", "ответа", "ответили", "ответил", "ответила", "ответит", "answered", "replied", "reply",
                        "смотрит", "рассматривает", "sent", "submitted", "answer",
                    ], weight: 2),
            ], required: [[0, 1], [1, 2]]),
        IntentCues(
            intent: .whoHelps,
            groups: [
                Group(
                    ["кто", "кому", "кем", "who", "whom"],
                    pairs: ["какой специалист", "какой сотрудник", "какому специалисту", "какому сотруднику", "which specialist"], weight: 1
                ),
                Group(
                    [
                        "поможет", "помочь", "помогает", "подскажет", "отвечает", "занимается", "консультирует", "обратиться", "help",
                        "helps", "answers", "handles", "ask", "обращаться", "идти", "писать", "звонить", "связаться", "связываться",
                        "contact", "responsible",
                    ], weight: 2),
            ], required: [[0, 1]]),
        IntentCues(
            intent: .trainings,
            groups: [
                Group(
                    [
                        "обучение", "обучения", "обучении", "семинар", "семинары", "семинара", "тренинг", "тренинги", "курсы", "вебинар",
                        "training", "trainings", "seminar", "seminars", "workshop", "webinar", "courses",
                    ], stems: ["семинар", "вебинар", "тренинг", "обучение"], weight: 4)
            ]),
        IntentCues(
            intent: .diary,
            groups: [
                // What the diary holds…
                Group(
                    [
                        "дз", "домашка", "домашку", "домашки", "домашнее", "домашние", "пятерок", "пятерки", "троек", "тройки", "двоек",
                        "двойки", "пропуски", "пропусков", "homework", "grades", "marks", "absences",
                    ], stems: ["оценка", "отметка", "расписание", "дневник", "grade"], weight: 3),
                // …asked to be seen, one's own or one's child's.
                Group(
                    [
                        "покажи", "покажите", "показать", "посмотреть", "глянуть", "какое", "какие", "какой", "какая", "сколько", "скок",
                        "че", "чё", "мои", "моих", "сына", "дочери", "дочки", "ребенка", "внучки", "внука", "show", "what", "which", "my",
                    ], pairs: ["у меня", "how many"], weight: 2),
                // «что задали на завтра»: set for a lesson.
                Group(["задали", "задано", "задают"], weight: 3),
            ], required: [[0, 1], [2]],
            // A fault or a how-to about marks is a problem; an account that does not open, credentials.
            excluded: Group(
                [
                    "видно", "видны", "вижу", "видит", "видят", "отображается", "отображаются", "работает", "ошибка", "пропали",
                    "пропала", "исчезли", "исчезла", "появились", "появилась", "как", "почему", "выставить", "поставить", "исправить",
                    "изменить", "удалить", "зайти", "войти", "пускает", "нет", "пусто", "пропало", "пропал", "неправильно", "неверно",
                    "кому", "кто", "how", "why", "shown", "visible", "error", "cannot", "can't", "who",
                ], stems: ["пароль", "логин", "password", "login"], weight: 0),
            excludedUnless: nil),
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
                        "why", "problem", "issue", "bug", "missing", "disappeared", "help", "wrong", "shows", "стоит", "откуда",
                        "выставляются", "выставляется", "грузится", "вылетает", "зависает", "тормозит", "глючит", "экран", "crashes",
                        "crash",
                    ], weight: 1),
                // What the journal is made of: a sentence about it with no other cue is a question.
                Group(
                    [],
                    stems: [
                        "оценка", "отметка", "дневник", "журнал", "задание", "расписание", "урок", "ктп", "страница", "marks", "diary",
                        "timetable",
                        "контрольная", "двойка",
                    ],
                    weight: 1),
            ], required: []),
    ]

    /// Every word a cue listens for: the vocabulary misspellings are brought to.
    static let vocabularyWords: [String] =
        all.flatMap { cues in cues.groups.flatMap { Array($0.forms) + $0.stemWords } } + colloquial + [
            "пароля", "паролем", "логина", "логином", "дневник", "журнал",
        ]

    /// Words of school chats that a dictionary does not know and must not correct: they are
    /// meant as typed («учетка» is no «утечка»).
    static let colloquial = [
        "учетка", "учетку", "учетки", "логин", "логина", "бронь", "брони", "запись", "препод", "препода", "преподу", "эж", "эд", "дз",
        "домашка", "домашку", "кл", "рук", "классуха", "классная", "завуч", "завуча", "методист", "методиста",
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
