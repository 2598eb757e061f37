import Foundation
import JournalCore

/// One value of a table or a record, kept typed: the screen words it in the session's language,
/// JSON keeps its type — numbers as numbers, dates and times in ISO 8601 with the school's offset,
/// closed sets as their stable codes whatever the language.
indirect enum Cell {
    case empty
    case text(String)
    case number(Int64)
    /// A fraction shown with `digits` after the point (an average mark, a percentage).
    case decimal(Double, digits: Int)
    case date(LocalDate)
    /// An instant, shown and encoded in the organization's zone.
    case moment(Date, TimeZone)
    /// A value of a closed set: its stable code for machines, its word for people.
    case code(String, word: String)
    case flag(Bool)
    case list([Cell])
    /// Named parts, as a JSON object; on screen joined as «label: value».
    case object([(Label, Cell)])
    /// Stored details (an audit entry's before and after) under their own stable keys.
    case details([(key: String, value: String)], words: String)
    /// A value with a mark beside it on screen («12?», «301 ✗»); JSON has the mark as its own key.
    case marked(Cell, Marker)
    /// Screen text composed for people, over the data JSON carries.
    case shown(String, data: Cell)

    init(_ text: String?) { self = text.map(Cell.text) ?? .empty }
    init(_ number: Int64?) { self = number.map(Cell.number) ?? .empty }
    init(_ number: Int?) { self = number.map { Cell.number(Int64($0)) } ?? .empty }
    init(_ date: LocalDate?) { self = date.map(Cell.date) ?? .empty }

    /// A closed set's value worded by its wording table.
    static func choice<Value: RawRepresentable>(_ value: Value?, _ word: (Value) -> String) -> Cell
    where Value.RawValue == String {
        value.map { .code($0.rawValue, word: word($0)) } ?? .empty
    }

    /// Values of a closed set in the order of their words.
    static func choices<Value: RawRepresentable>(_ values: some Sequence<Value>, _ word: (Value) -> String) -> Cell
    where Value.RawValue == String {
        .list(values.map { (code: $0.rawValue, word: word($0)) }.sorted { $0.word < $1.word }.map { .code($0.code, word: $0.word) })
    }

    /// From one time of day to another, `08:30–09:15`; in JSON `{"start":"08:30","end":"09:15"}`.
    static func span(_ start: some CustomStringConvertible, _ end: some CustomStringConvertible) -> Cell {
        .object([(.start, .text(start.description)), (.end, .text(end.description))]).shown("\(start)–\(end)")
    }

    /// The same data under other screen text.
    func shown(_ text: String) -> Cell { .shown(text, data: self) }
    func marked(_ marker: Marker, if condition: Bool) -> Cell { condition ? .marked(self, marker) : self }
}

/// A mark drawn beside a value on screen, a key of its own in JSON.
enum Marker: String {
    /// A ticket whose requester's identity is not yet checked (H-CRED-1).
    case unverified
    /// An entry made with leaked credentials after the breach (J-ACL-5).
    case invalid
    /// Entered after the rule's deadline (J-MARK-2, J-HW-1).
    case late
    /// A training called off (H-TRAIN-1).
    case cancelled
    /// A message not read yet (J-MSG-1).
    case unread

    /// The mark in the session's words.
    func symbol(_ texts: Texts) -> String {
        switch self {
        case .unverified: "?"
        case .invalid: " ✗"
        case .late: "*"
        case .cancelled: " (\(texts.bookingState(.cancelled)))"
        case .unread: " •"
        }
    }
}

extension Cell: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self = .text(value) }
}
