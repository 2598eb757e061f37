import Foundation
import JournalCore

/// Reads free text typed at the prompt: corrects its spelling, finds the day, time, role and
/// class it names, and ranks the intents by the weight of their cues (no network service).
public struct IntentMatcher: Sendable {
    public let time: SpokenTime

    /// `today` and `now` in the school's zone, for «завтра» and «через час».
    public init(today: LocalDate, now: ClockTime) {
        time = SpokenTime(today: today, now: now)
    }

    /// The cues' words, and the days and months, that a misspelt word is brought to.
    static let vocabulary = Vocabulary(
        words: IntentCues.vocabularyWords + [
            "сегодня", "завтра", "послезавтра", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "неделе",
            "следующей", "через", "консультацию", "января", "февраля", "марта", "апреля", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря", "tomorrow", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
        ] + SpokenRole.guardianWords + SpokenRole.ownWords.map(\.0) + ["руководитель", "классный", "ученика", "ученицы"])

    /// Every intent the text points to, likeliest first.
    public func rank(_ text: String) -> [Understanding] {
        let utterance = Utterance(text, vocabulary: Self.vocabulary)
        let lower = utterance.words.map(\.lower)
        let (when, timeWords) = time.read(lower)
        // A word typed with a capital inside the sentence is a name: «Сергей Петрович, учитель физики».
        let names = Set(utterance.words.indices.dropFirst().filter { utterance.words[$0].text.first?.isUppercase == true })
        let (role, className, roleWords) = SpokenRole.read(lower, names: names)
        let ranked = IntentCues.all.enumerated().compactMap { order, cues -> (Int, Understanding)? in
            var score = 0
            var matched = Set<Int>()
            var cueWords = Set<Int>()
            for (index, group) in cues.groups.enumerated() {
                let hits = utterance.words.indices.filter { !timeWords.contains($0) && group.matches(utterance.words, at: $0) }
                if !hits.isEmpty { matched.insert(index) }
                score += hits.count * group.weight
                cueWords.formUnion(hits)
            }
            let required = cues.required.isEmpty ? !matched.isEmpty : cues.required.contains { $0.isSubset(of: matched) }
            guard required else { return nil }
            if let excluded = cues.excluded, !(cues.excludedUnless.map(matched.contains) ?? false),
                utterance.words.indices.contains(where: { excluded.matches(utterance.words, at: $0) })
            {
                return nil
            }
            // A locking or cancelling intent read through a corrected word rests on a guess.
            let guessed = cues.intent.isDestructive && cueWords.contains { utterance.words[$0].typed != nil }
            let topic = Self.topic(of: utterance, intent: cues.intent, leaving: cueWords.union(timeWords).union(roleWords))
            return (
                order,
                Understanding(
                    intent: cues.intent, topic: topic, when: cues.intent.tellsOfThePast ? when.past(from: time.today) : when, role: role,
                    className: className, corrections: utterance.corrections,
                    score: score, guessed: guessed)
            )
        }
        return ranked.sorted { ($0.1.score, -$0.0) > ($1.1.score, -$1.0) }.map(\.1)
    }

    /// The likeliest reading of `text` when one stands out; nil when none does, or when the two
    /// likeliest are as likely.
    public func match(_ text: String) -> Understanding? { Self.standingOut(rank(text)) }

    /// The first of `ranked` when the second is less likely.
    public static func standingOut(_ ranked: [Understanding]) -> Understanding? {
        guard let best = ranked.first else { return nil }
        if ranked.count > 1 && ranked[1].score == best.score { return nil }
        return best
    }

    /// The words a request is about. A problem keeps the person's sentence (without courtesies);
    /// a booking or a question of who helps keeps what is left of the cues, the day and the time.
    static func topic(of utterance: Utterance, intent: Intent, leaving used: Set<Int>) -> String {
        let words = utterance.words.enumerated().filter { index, word in
            if intent.topicIsSentence { return !IntentCues.courtesies.contains(word.lower) }
            return !used.contains(index) && !IntentCues.filler.contains(word.lower)
        }
        return words.map { intent.topicIsSentence ? $0.1.text : ($0.1.typed == nil ? $0.1.text : $0.1.lower) }.joined(separator: " ")
    }
}

extension Intent {
    /// An intent that locks an account, voids work or cancels a booking: never chosen by a guess
    /// at a misspelt word, and restated in full before its one confirmation.
    public var isDestructive: Bool { [.breach, .cancelBooking].contains(self) }

    /// A breach is reported after it happened: its days are read as gone by.
    var tellsOfThePast: Bool { self == .breach }

    /// A problem, lost credentials and a breach are told in the person's own words, the role's too.
    var topicIsSentence: Bool { [.problem, .lostCredentials, .breach].contains(self) }
}
