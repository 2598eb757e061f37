/// Splits a command line into words: spaces separate, quotes ("…", '…', «…») keep a value
/// with spaces together.
enum Tokenizer {
    struct UnclosedQuote: Error {}

    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var closing: Character?
        var inWord = false
        for character in line {
            if let quote = closing {
                if character == quote { closing = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" || character == "«" {
                closing = character == "«" ? "»" : character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if closing != nil { throw UnclosedQuote() }
        if inWord { words.append(current) }
        return words
    }

    /// A word as `split` reads it back whole.
    static func quoted(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "'" }) else { return word }
        return word.contains("\"") ? "«\(word)»" : "\"\(word)\""
    }
}
