import JournalCore

/// What a person typing free text at the prompt most likely wants (no network service: word
/// stems in both languages).
public enum Intent: Equatable, Sendable {
    /// «запишите меня на консультацию по КТП»: book a consultation about a topic.
    case bookConsultation(topic: String)
    /// «кто поможет с паролем»: who helps with a topic.
    case whoHelps(topic: String)
    /// «мои консультации».
    case myBookings
    /// «когда обучение для родителей».
    case trainings
    /// «забыл пароль», «не могу войти», "forgot my password": lost credentials.
    case lostCredentials(topic: String)
    /// «как загрузить КТП», «у ребёнка не видно оценок»: a problem to take as a ticket; `role` when
    /// the words tell who asks («у ребёнка» — a guardian).
    case problem(topic: String, role: Role?)
}

/// Matches free text to an `Intent` by the stems of its words.
public enum IntentMatcher {
    struct Pattern: Sendable {
        let stems: Set<String>
        /// How many of its stems the text must have.
        var minimum = 1
        let make: @Sendable (String, [String]) -> Intent
    }

    static let patterns: [Pattern] = [
        Pattern(stems: ["запиш", "запис", "забро", "брони", "book", "appoi", "sched"]) { topic, _ in .bookConsultation(topic: topic) },
        Pattern(stems: ["кто", "помож", "помог", "подск", "who", "help"]) { topic, _ in .whoHelps(topic: topic) },
        Pattern(stems: ["мои", "мой", "my", "mine", "консу", "запис", "booki", "consu", "appoi"], minimum: 2) { _, _ in .myBookings },
        Pattern(stems: ["обуче", "семин", "трени", "train", "semin"]) { _, _ in .trainings },
        Pattern(stems: ["забыл", "забыт", "потер", "парол", "войти", "войт", "вход", "логин", "forgo", "passw", "login", "lost"]) {
            _, words in
            .lostCredentials(topic: words.joined(separator: " "))
        },
        Pattern(stems: [
            "видно", "видны", "видит", "ошибк", "загру", "пробл", "как", "почем", "error", "how", "uploa", "broke", "see", "why",
        ]) { _, words in
            let guardian: Set<String> = ["ребен", "ребён", "сына", "сын", "дочь", "дочер", "child", "son", "daugh"]
            return .problem(
                topic: words.joined(separator: " "),
                role: words.contains { guardian.contains(String($0.lowercased().prefix(5))) } ? .guardian : nil)
        },
    ]

    /// Words that carry the intent or nothing, left out of the topic.
    static let filler: Set<String> = [
        "запиш", "запис", "забро", "брони", "меня", "мне", "на", "по", "с", "со", "о", "об", "про", "к", "пожал", "хочу", "нужна", "нужно",
        "консу", "прием", "приём", "кто", "помож", "помог", "подск", "вопро", "book", "me", "a", "an", "the", "on", "about", "with",
        "for", "please", "consu", "appoi", "sched", "who", "help", "can", "i", "want", "to", "could", "my",
    ]

    static func stems(_ text: String) -> [String] {
        words(text).map { String($0.lowercased().replacingOccurrences(of: "ё", with: "е").prefix(5)) }
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
    }

    /// Every intent the text points to, likeliest first, with how many of its words point there.
    public static func rank(_ text: String) -> [(intent: Intent, score: Int)] {
        let stems = stems(text), words = words(text)
        let topic = words.filter { !filler.contains(String($0.lowercased().prefix(5))) }.joined(separator: " ")
        return patterns.enumerated().compactMap { index, pattern -> (Int, Intent, Int)? in
            let score = stems.filter(pattern.stems.contains).count
            return score >= pattern.minimum ? (index, pattern.make(topic, words), score) : nil
        }.sorted { $0.2 > $1.2 || ($0.2 == $1.2 && $0.0 < $1.0) }.map { ($0.1, $0.2) }
    }

    /// The likeliest intent of `text` when one stands out; nil when none does or two are as likely.
    public static func match(_ text: String) -> Intent? {
        let ranked = rank(text)
        guard let best = ranked.first else { return nil }
        if ranked.count > 1 && ranked[1].score == best.score { return nil }
        return best.intent
    }
}
