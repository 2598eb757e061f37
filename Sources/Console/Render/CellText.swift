import Foundation
import JournalCore

extension Texts {
    /// A cell as a person reads it: words of the session's language, dates as `дд.мм.гггг`,
    /// instants in the school's zone.
    func words(_ cell: Cell) -> String {
        switch cell {
        case .empty: ""
        case .text(let text): text
        case .number(let number): String(number)
        case .decimal(let value, let digits): decimal(value, digits: digits)
        case .date(let date): self.date(date)
        case .moment(let instant, let zone): moment(instant, in: zone)
        case .code(_, let word): word
        case .flag(let on): yesNo(on)
        case .list(let items): items.map(words).filter { !$0.isEmpty }.joined(separator: ", ")
        case .object(let parts): parts.map { "\(label($0.0).lowercased()): \(words($0.1))" }.joined(separator: ", ")
        case .details(_, let worded): worded
        case .marked(let value, let marker): words(value) + marker.symbol(self)
        case .shown(let text, _): text
        }
    }

    /// A fraction with the language's decimal mark: `4,25` in Russian, `4.25` in English.
    func decimal(_ value: Double, digits: Int) -> String {
        let text = String(format: "%.\(digits)f", value)
        return language == .ru ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
