import Foundation

/// Ranks articles for a question by the Snowball stems they share with it: a stem counts more
/// the fewer articles have it, and more in the title and topics than in the text.
enum KnowledgeSearch {
    /// Words that say nothing of what is asked.
    static let stopStems: Set<String> = Set(
        [
            "как", "что", "где", "когда", "почему", "не", "мне", "меня", "мой", "моя", "мо", "у", "в", "на", "с", "и", "а", "по",
            "для", "это", "я", "вы", "мы", "он", "она", "ли", "или", "же", "бы", "то", "так", "уже", "ещ", "можн", "нужн", "надо",
            "здравствуйт", "добр", "день", "пожалуйст", "подскажит", "помогит", "вопрос", "how", "what", "where", "why", "the", "a",
            "to", "my", "i", "can", "do", "is", "of", "in",
        ].map(WordStems.stem))

    static func stems(_ text: String) -> Set<String> {
        Set(WordStems.stems(text).filter { $0.count >= 2 && !stopStems.contains($0) })
    }

    /// The asked stems an article has: the same, or one the start of the other when the shorter
    /// has five letters or more — Snowball leaves «загруз» for «загрузить» and «загрузк» for
    /// «загрузка».
    static func shared(_ asked: Set<String>, _ stems: Set<String>) -> Set<String> {
        asked.filter { stem in
            stems.contains(stem)
                || stems.contains { other in
                    let (short, long) = other.count < stem.count ? (other, stem) : (stem, other)
                    return short.count >= 5 && long.hasPrefix(short)
                }
        }
    }

    /// The articles that answer `question`, best first; an article must share a stem of its
    /// title or topics, or two of its text.
    static func rank(_ question: String, _ articles: [Article], limit: Int = 3) -> [ArticleMatch] {
        let asked = stems(question)
        guard !asked.isEmpty else { return [] }
        let indexed = articles.map { article in
            (article: article, head: stems(article.title + " " + article.topics), body: stems(article.body))
        }
        let count = Double(max(1, indexed.count))
        func weight(_ stem: String) -> Double {
            let holders = indexed.filter { !shared([stem], $0.head).isEmpty || !shared([stem], $0.body).isEmpty }.count
            return log(1 + count / Double(max(1, holders)))
        }
        let weights = Dictionary(uniqueKeysWithValues: asked.map { ($0, weight($0)) })
        return indexed.compactMap { entry -> ArticleMatch? in
            let inHead = shared(asked, entry.head)
            let inBody = shared(asked, entry.body).subtracting(inHead)
            guard !inHead.isEmpty || inBody.count >= 2 else { return nil }
            let score = inHead.reduce(0) { $0 + 3 * (weights[$1] ?? weight($1)) } + inBody.reduce(0) { $0 + (weights[$1] ?? weight($1)) }
            return ArticleMatch(article: entry.article, score: score)
        }
        .sorted { $0.score > $1.score || ($0.score == $1.score && $0.article.id ?? 0 < $1.article.id ?? 0) }
        .prefix(limit).map { $0 }
    }
}
