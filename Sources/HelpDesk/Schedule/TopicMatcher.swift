/// Matches what a person asks about against timetable topics, across Russian word forms
/// («контрольные» finds «контрольных работ») by Snowball's stems, and the usual abbreviations
/// («КТП»).
enum TopicMatcher {
    static let abbreviations: [String: String] = [
        "ктп": "календарно тематическое планирование", "эж": "электронный журнал", "эд": "электронный дневник",
        "дз": "домашнее задание", "кр": "контрольная работа",
    ]

    /// Short words that say nothing about the topic.
    static let stopWords: Set<String> = ["по", "в", "на", "с", "и", "для", "как", "что", "мне", "меня", "о", "об", "к", "не", "у", "за"]

    /// Stems every question about the product shares (its name, «работа с системой»): a line that
    /// has only these in common with a question is no answer to it.
    static let domainStems: Set<String> = Set(
        ["электронный", "журнал", "дневник", "система", "системой", "элжур", "информационный", "работа", "вопрос", "любые"]
            .map(WordStems.stem))

    /// Word stems: abbreviations spelt out, the product's own words left out. Snowball does not
    /// always cut a word's forms alike («журнал» → «журна», «журнале» → «журнал»), so a stem that
    /// starts with the product's own, or that it starts, is the product's too.
    static func stems(_ text: String) -> Set<String> {
        allStems(text).filter { stem in !domainStems.contains { stem.hasPrefix($0) || $0.hasPrefix(stem) } }
    }

    private static func allStems(_ text: String) -> Set<String> {
        var stems = Set<String>()
        for word in WordStems.words(text) where !stopWords.contains(word) {
            if let expansion = abbreviations[word] {
                stems.formUnion(WordStems.stems(expansion))
            } else if word.count >= 3 {
                stems.insert(WordStems.stem(word))
            }
        }
        return stems
    }

    /// How many of the query's stems a topic has; 0 when they share too little to say the topic
    /// answers the question — one word of four («родители» of «родители не видят домашнее
    /// задание» in «Регистрация учащихся, родителей…»). Two shared stems, or half the question's, count.
    static func score(query: Set<String>, topic: String) -> Int {
        let shared = query.intersection(stems(topic)).count
        return shared >= 2 || shared * 2 >= query.count ? shared : 0
    }
}
