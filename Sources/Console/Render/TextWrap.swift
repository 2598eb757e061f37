/// Word wrapping by display width; a word longer than the line is cut. What reads as one —
/// «№ 1», «§ 12», «упр. 24», «16 ч», a phone number «+7 912 891-43-87», a date with its time —
/// stays on one line while it fits one.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0, TextWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        var current = ""
        let words = units(text).flatMap { unit in
            TextWidth.of(unit.joined(separator: " ")) <= width ? [unit.joined(separator: " ")] : unit
        }
        for word in words {
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
        units(text).map { TextWidth.of($0.joined(separator: " ")) }.max() ?? 0
    }

    /// The text's words, those that read as one kept together.
    static func units(_ text: String) -> [[String]] {
        var units: [[String]] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            if let last = units.last?.last, keepsTogether(last, word) {
                units[units.count - 1].append(word)
            } else {
                units.append([word])
            }
        }
        return units
    }

    /// Whether `next` stays on the line of `word`.
    static func keepsTogether(_ word: String, _ next: String) -> Bool {
        // A number, perhaps in brackets or with a sign after it: «(16», «14:00)», «24,».
        let number = /\(?\+?\d[\d\-.,:]*[),;]?/
        if ["№", "§", "упр.", "стр.", "с.", "п.", "No.", "p."].contains(word) { return true }
        if word.wholeMatch(of: number) != nil {
            if ["ч", "ч.", "мин", "мин.", "%", "h", "min", "дн.", "дней", "дня", "days"].contains(next) { return true }
            // Groups of a phone number, or a date and its time.
            if next.wholeMatch(of: number) != nil && (word.hasPrefix("+") || word.contains(".") || word.count <= 4) { return true }
        }
        return false
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
