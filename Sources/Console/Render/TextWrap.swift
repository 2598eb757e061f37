/// Word wrapping by display width; a word longer than the line is cut.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0, TextWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            while TextWidth.of(word) > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                let (head, tail) = cut(word, width)
                lines.append(head)
                word = tail
            }
            if current.isEmpty {
                current = word
            } else if TextWidth.of(current) + 1 + TextWidth.of(word) <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    static func longestWord(_ text: String) -> Int {
        text.split(separator: " ").map { TextWidth.of(String($0)) }.max() ?? 0
    }

    private static func cut(_ word: String, _ width: Int) -> (String, String) {
        var head = ""
        var used = 0
        var index = word.startIndex
        while index < word.endIndex, used + TextWidth.of(word[index]) <= width {
            used += TextWidth.of(word[index])
            head.append(word[index])
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }
}
