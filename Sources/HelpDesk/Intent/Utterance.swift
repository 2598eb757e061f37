import Foundation
import JournalCore

/// A typed sentence as the chat reads it: its words in order, each as typed, in lower case with
/// `ё` as `е`, corrected where the spelling dictionary or the product's vocabulary knows better,
/// and stemmed by Snowball. Times and dates keep their punctuation («14:45», «03.12»).
public struct Utterance: Sendable, Equatable {
    public struct Word: Sendable, Equatable {
        /// As typed.
        public var text: String
        /// Lower case, `ё` as `е`, corrected.
        public var lower: String
        public var stem: String
        /// What was typed, when the word was corrected.
        public var typed: String?
    }

    public var words: [Word]

    /// The words of `text`; those unknown to the dictionary are corrected to one of `vocabulary`
    /// (the stems the chat listens for) when a suggestion or a near spelling has that stem.
    init(_ text: String, vocabulary: Vocabulary) {
        let pattern = /[\p{L}\p{N}]+(?:[:.\-][\p{N}\p{L}]+)*/
        words = text.matches(of: pattern).map { match in
            let typed = String(match.output)
            let lower = WordStems.folded(typed)
            if let corrected = vocabulary.correction(of: lower) {
                return Word(text: typed, lower: corrected, stem: WordStems.stem(corrected), typed: typed)
            }
            return Word(text: typed, lower: lower, stem: WordStems.stem(lower), typed: nil)
        }
    }

    /// The corrections made, typed → read.
    public var corrections: [Understanding.Correction] {
        words.compactMap { word in word.typed.map { Understanding.Correction(typed: $0, read: word.lower) } }
    }
}

/// The stems the chat listens for, and how a misspelt word is brought to one of them: hunspell's
/// suggestions for a Russian word its dictionary does not know, else the nearest word of the
/// vocabulary within an edit distance that grows with the word (a letter in five, none in a word of four).
struct Vocabulary: Sendable {
    let stems: Set<String>
    /// The words the stems come from, for the edit distance.
    let words: [String]
    let spelling: Spelling

    init(words: [String], spelling: Spelling = .russian) {
        let lowered = words.map(WordStems.folded)
        self.words = lowered.filter { !$0.contains(" ") && $0.count >= 4 }
        stems = Set(lowered.flatMap { $0.split(separator: " ").map { WordStems.stem(String($0)) } })
        self.spelling = spelling
    }

    /// The word meant, when `word` is misspelt and a word of the vocabulary is near; nil when it
    /// is spelt right, is already the vocabulary's, or nothing near is.
    func correction(of word: String) -> String? {
        // No word of the chat's is longer than this: a longer one is taken as typed (a guess at a
        // megabyte of letters would cost minutes of CPU, issue 24).
        guard (4...Self.longestGuessed).contains(word.count), word.allSatisfy(\.isLetter) else { return nil }
        let cyrillic = word.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
        if stems.contains(WordStems.stem(word)) {
            // «завтро» has the stem of «завтра» but is no word: the one heard alike is meant.
            guard cyrillic, !words.contains(word), !spelling.knows(word) else { return nil }
            return words.first { Self.asHeard($0) == Self.asHeard(word) }
        }
        if cyrillic {
            guard !spelling.knows(word) else { return nil }
            if let suggested = spelling.suggestions(word).map({ $0.lowercased() }).first(where: { stems.contains(WordStems.stem($0)) }) {
                return suggested
            }
        }
        let allowed = word.count / 5
        guard allowed > 0 else { return nil }
        // Vowels heard alike are written alike: «памажет» is «поможет», «зобыла» «забыла».
        let heard = Self.asHeard(word)
        let near = words.map { ($0, Levenshtein.distance(Self.asHeard($0), heard)) }.filter { $0.1 <= allowed }.min { $0.1 < $1.1 }
        return near?.0
    }

    /// The longest word a misspelling is looked for in.
    static let longestGuessed = 30

    /// A word with the vowels Russian speech does not tell apart unstressed written as one.
    static func asHeard(_ word: String) -> String {
        String(
            word.map { letter in
                switch letter {
                case "о": "а"
                case "е", "я", "ы": "и"
                default: letter
                }
            })
    }
}
