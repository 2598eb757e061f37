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
}

/// Matches free text to an `Intent` by the stems of its words.
public enum IntentMatcher {
    struct Pattern: Sendable {
        let stems: Set<String>
        let make: @Sendable (String) -> Intent
    }

    static let patterns: [Pattern] = [
        Pattern(stems: ["запиш", "запис", "забро", "брони", "book", "appoi", "sched"]) { .bookConsultation(topic: $0) },
        Pattern(stems: ["кто", "помож", "помог", "подск", "who", "help"]) { .whoHelps(topic: $0) },
        Pattern(stems: ["мои", "мой", "my", "mine"]) { _ in .myBookings },
        Pattern(stems: ["обуче", "семин", "трени", "train", "semin"]) { _ in .trainings },
    ]

    /// Words that carry the intent or nothing, left out of the topic.
    static let filler: Set<String> = [
        "запиш", "запис", "забро", "брони", "меня", "мне", "на", "по", "с", "со", "о", "об", "про", "к", "пожал", "хочу", "нужна", "нужно",
        "консу", "прием", "приём", "кто", "помож", "помог", "подск", "вопро", "book", "me", "a", "an", "the", "on", "about", "with",
        "for", "please", "consu", "appoi", "sched", "who", "help", "can", "i", "want", "to", "can", "could", "my",
    ]

    static func stems(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { String($0.prefix(5)) }
    }

    /// The likeliest intent of `text`, or nil when nothing in it points to one.
    public static func match(_ text: String) -> Intent? {
        let words = stems(text)
        let scored = patterns.enumerated().map { index, pattern in (index, words.filter(pattern.stems.contains).count) }
        guard let best = scored.filter({ $0.1 > 0 }).max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }) else { return nil }
        // The topic: the original words that are not filler, in their order.
        let original = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
        let topic = original.filter { !filler.contains(String($0.lowercased().prefix(5))) }.joined(separator: " ")
        return patterns[best.0].make(topic)
    }
}
