import Foundation
import JournalCore

/// A field's value once parsed and, for references, resolved against the database.
enum Value: Equatable {
    case text(String)
    case date(LocalDate)
    case integer(Int)
    /// A record found by what the user typed: its id and how to show it.
    case reference(Int64, String)
    case role(Role)
    case roles(Set<Role>)
    case sex(Sex)
    case periodKind(PeriodKind)
    case flag(Bool)
    case time(ClockTime)
    case instant(Date)
    case mark(MarkValue)
    /// The raw value of a closed set (`ChoiceSet`).
    case choice(String)
}

/// The values of one command's fields, keyed by the field's flag name.
struct Arguments {
    var values: [String: Value] = [:]

    subscript(key: String) -> Value? {
        get { values[key] }
        set { values[key] = newValue }
    }

    func text(_ key: String) -> String? {
        if case .text(let value)? = values[key] { return value }
        return nil
    }

    func date(_ key: String) -> LocalDate? {
        if case .date(let value)? = values[key] { return value }
        return nil
    }

    func integer(_ key: String) -> Int? {
        if case .integer(let value)? = values[key] { return value }
        return nil
    }

    func id(_ key: String) -> Int64? {
        if case .reference(let id, _)? = values[key] { return id }
        return nil
    }

    func display(_ key: String) -> String? {
        if case .reference(_, let display)? = values[key] { return display }
        return text(key)
    }

    func role(_ key: String) -> Role? {
        if case .role(let value)? = values[key] { return value }
        return nil
    }

    func roles(_ key: String) -> Set<Role>? {
        if case .roles(let value)? = values[key] { return value }
        return nil
    }

    func sex(_ key: String) -> Sex? {
        if case .sex(let value)? = values[key] { return value }
        return nil
    }

    func periodKind(_ key: String) -> PeriodKind? {
        if case .periodKind(let value)? = values[key] { return value }
        return nil
    }

    func time(_ key: String) -> ClockTime? {
        if case .time(let value)? = values[key] { return value }
        return nil
    }

    func instant(_ key: String) -> Date? {
        if case .instant(let value)? = values[key] { return value }
        return nil
    }

    func mark(_ key: String) -> MarkValue? {
        if case .mark(let value)? = values[key] { return value }
        return nil
    }

    func choice<T: RawRepresentable>(_ key: String, as type: T.Type = T.self) -> T? where T.RawValue == String {
        if case .choice(let raw)? = values[key] { return T(rawValue: raw) }
        return nil
    }

    func flag(_ key: String) -> Bool {
        if case .flag(let value)? = values[key] { return value }
        return false
    }
}
