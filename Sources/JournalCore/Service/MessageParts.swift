/// A text cut into parts of at most `limit` characters: between lines where it can be, else
/// between words, a word longer than a part cut last of all.
enum MessageParts {
    static func split(_ text: String, limit: Int) -> [String] {
        guard text.count > limit else { return [text] }
        var parts: [String] = []
        var current = ""
        func add(_ piece: String, separator: String) {
            if current.isEmpty {
                current = piece
            } else if current.count + separator.count + piece.count <= limit {
                current += separator + piece
            } else {
                parts.append(current)
                current = piece
            }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard line.count > limit else {
                add(line, separator: "\n")
                continue
            }
            for word in line.split(separator: " ").map(String.init) {
                var word = word
                while word.count > limit {
                    add(String(word.prefix(limit)), separator: " ")
                    word = String(word.dropFirst(limit))
                }
                add(word, separator: " ")
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
