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
