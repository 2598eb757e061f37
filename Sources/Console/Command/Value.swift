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

/// The values of one command's fields, read through the fields' declarations (`Arg`).
struct Arguments {
    private var values: [String: Value] = [:]

    /// The value typed or asked for `field`, if any.
    subscript<Wrapped>(field: Param<Wrapped>) -> Wrapped? {
        values[field.spec.key].flatMap(Wrapped.read)
    }

    /// The value of a field the command requires; the dialog has asked for it, so its absence is
    /// a refusal naming the field, never a crash.
    func value<Wrapped>(_ field: Param<Wrapped>) throws -> Wrapped {
        guard let value = self[field] else { throw InputError(field.spec.label, .missing) }
        return value
    }

    /// Whether a flag field was given.
    func isSet(_ field: Param<Bool>) -> Bool { self[field] ?? false }

    /// The parser's side: the value of the field with this spec.
    subscript(spec: FieldSpec) -> Value? {
        get { values[spec.key] }
        set { values[spec.key] = newValue }
    }

    func has(_ spec: FieldSpec) -> Bool { values[spec.key] != nil }
}

/// A value the console refused before the core saw it, named by the console's label.
struct InputError: Error, Equatable {
    let label: Label
    let reason: Reason

    init(_ label: Label, _ reason: Reason) {
        self.label = label
        self.reason = reason
    }
}
