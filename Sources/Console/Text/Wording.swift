import JournalCore

/// One sentence or word in every language the console speaks, side by side. Both languages
/// are required to build one, so a sentence cannot be added in one language only; each
/// concern's table (`Message.wording`, `Label.wording`, …) switches over its cases once, and
/// the compiler checks that every case is worded.
struct Wording: Equatable, Sendable {
    let ru: String
    let en: String

    /// The words of `language`.
    subscript(language: Language) -> String {
        switch language {
        case .ru: ru
        case .en: en
        }
    }
}
