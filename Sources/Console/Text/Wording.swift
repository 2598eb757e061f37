import JournalCore

/// One sentence or word in every language the console speaks, side by side. Both languages
/// are required to build one, so a sentence cannot be added in one language only; each
/// concern's table (`Message.wording`, `Label.wording`, …) switches over its cases once, and
/// the compiler checks that every case is worded.
struct Wording: Equatable, Sendable {
    let ru: String
    let en: String

    /// «Класс: «5Я» не найден.»: a value refused, named by its field.
    static func refused(_ label: Label, _ reason: Reason) -> Wording {
        Wording(ru: "\(label.wording.ru): \(reason.wording(of: label).ru).", en: "\(label.wording.en): \(reason.wording(of: label).en).")
    }

    /// A count with its thousands apart, as each language writes them: «203 067» (a no-break
    /// space), “203,067”.
    static func grouped(_ number: Int, _ language: Language) -> String {
        let digits = String(number.magnitude)
        let separator = language == .ru ? "\u{00A0}" : ","
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (number < 0 ? "-" : "") + groups.joined(separator: separator)
    }

    /// «Нет прав: …»: what the caller may not do.
    static func forbidden(_ operation: Wording) -> Wording {
        Wording(ru: "Нет прав: \(operation.ru).", en: "Not allowed: \(operation.en).")
    }

    /// The words of `language`.
    subscript(language: Language) -> String {
        switch language {
        case .ru: ru
        case .en: en
        }
    }
}
