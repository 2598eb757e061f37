/// Russian to Latin letters as in Russian passports (order 2020), for generating logins.
enum Transliteration {
    static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    ]

    static func latin(_ text: String) -> String {
        text.lowercased().map { character in
            if let mapped = table[character] { return mapped }
            return character.isASCII && (character.isLetter || character.isNumber) ? String(character) : ""
        }.joined()
    }

    /// `Иванов Пётр Сергеевич` → `ivanov.ps`.
    static func login(for fullName: String) -> String {
        let words = fullName.split(separator: " ").map { latin(String($0)) }.filter { !$0.isEmpty }
        guard let surname = words.first else { return "user" }
        let initials = words.dropFirst().compactMap(\.first).map(String.init).joined()
        let login = initials.isEmpty ? surname : "\(surname).\(initials)"
        return login.count >= 3 ? login : login + "001"
    }
}
