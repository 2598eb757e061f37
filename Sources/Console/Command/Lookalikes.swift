/// Letters of the Cyrillic and Latin alphabets that look alike, for a word typed with the
/// keyboard's layout switched half-way («clас»: Latin «cl», Cyrillic «ас»).
enum Lookalikes {
    private static let pairs: [(Character, Character)] = [
        ("а", "a"), ("в", "b"), ("е", "e"), ("к", "k"), ("м", "m"), ("н", "h"), ("о", "o"), ("р", "p"), ("с", "c"), ("т", "t"),
        ("у", "y"), ("х", "x"),
    ]
    private static let toLatin = Dictionary(uniqueKeysWithValues: pairs)
    private static let toCyrillic = Dictionary(uniqueKeysWithValues: pairs.map { ($0.1, $0.0) })

    /// `word` with every Cyrillic look-alike written in Latin.
    static func latin(_ word: String) -> String { String(word.map { toLatin[$0] ?? $0 }) }

    /// `word` with every Latin look-alike written in Cyrillic.
    static func cyrillic(_ word: String) -> String { String(word.map { toCyrillic[$0] ?? $0 }) }
}
