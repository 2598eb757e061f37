/// Matches what a person asks about against timetable topics, across Russian word forms
/// («контрольные» finds «контрольных работ») and the usual abbreviations («КТП»).
enum TopicMatcher {
    static let abbreviations: [String: String] = [
        "ктп": "календарно тематическое планирование", "эж": "электронный журнал", "эд": "электронный дневник",
        "дз": "домашнее задание", "кр": "контрольная работа",
    ]

    /// Short words that say nothing about the topic.
    static let stopWords: Set<String> = ["по", "в", "на", "с", "и", "для", "как", "что", "мне", "меня", "о", "об", "к", "не", "у", "за"]

    /// Stems every question about the product shares (its name, «работа с системой»): a line that
    /// has only these in common with a question is no answer to it.
    static let domainStems: Set<String> = ["элект", "журна", "дневн", "систе", "элжур", "инфор", "работ", "вопро", "любые"]

    /// Word stems: lower case, `ё` as `е`, abbreviations spelt out, the first five letters kept,
    /// the product's own words left out.
    static func stems(_ text: String) -> Set<String> {
        allStems(text).subtracting(domainStems)
    }

    private static func allStems(_ text: String) -> Set<String> {
        let words = text.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var stems = Set<String>()
        for word in words where !stopWords.contains(word) {
            if let expansion = abbreviations[word] {
                stems.formUnion(expansion.split(separator: " ").map { String($0.prefix(5)) })
            } else if word.count >= 3 {
                stems.insert(String(word.prefix(5)))
            }
        }
        return stems
    }

    /// How many of the query's stems a topic has.
    static func score(query: Set<String>, topic: String) -> Int {
        query.intersection(stems(topic)).count
    }
}
