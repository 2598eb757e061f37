import Foundation
import HelpDesk
import JournalCore

/// What a command's field list holds: a field declared once in `Arg`, or one built on the spot
/// (a choice among the openings just shown).
protocol FieldDeclaration: Sendable {
    var spec: FieldSpec { get }
}

extension FieldSpec: FieldDeclaration {
    var spec: FieldSpec { self }
}

/// A field declared once, with the type its value reads back as: `arguments[Arg.topic]` is a
/// `String?`, `try arguments.value(Arg.lesson)` an `Int64`.
struct Param<Wrapped: FieldValue>: FieldDeclaration {
    let spec: FieldSpec

    init(_ key: String, _ ruKey: String, _ label: Label, _ kind: FieldKind) {
        spec = FieldSpec(key, ruKey, label, kind)
    }

    private init(spec: FieldSpec) { self.spec = spec }

    /// The same field, which the command may go without.
    var optional: Param { Param(spec: spec.optional) }
}

/// A record the user named and the console found: its id and how it shows.
struct Picked: Equatable, Sendable {
    let id: Int64
    let name: String
}

/// A type a field's value reads back as.
protocol FieldValue: Sendable {
    static func read(_ value: Value) -> Self?
}

extension String: FieldValue {
    static func read(_ value: Value) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }
}

extension LocalDate: FieldValue {
    static func read(_ value: Value) -> LocalDate? {
        if case .date(let date) = value { return date }
        return nil
    }
}

extension Int: FieldValue {
    static func read(_ value: Value) -> Int? {
        if case .integer(let number) = value { return number }
        return nil
    }
}

extension Int64: FieldValue {
    static func read(_ value: Value) -> Int64? {
        if case .integer(let number) = value { return Int64(number) }
        return nil
    }
}

extension Picked: FieldValue {
    static func read(_ value: Value) -> Picked? {
        if case .reference(let id, let name) = value { return Picked(id: id, name: name) }
        return nil
    }
}

extension Role: FieldValue {
    static func read(_ value: Value) -> Role? {
        if case .role(let role) = value { return role }
        return nil
    }
}

extension Set<Role>: FieldValue {
    static func read(_ value: Value) -> Set<Role>? {
        if case .roles(let roles) = value { return roles }
        return nil
    }
}

extension Sex: FieldValue {
    static func read(_ value: Value) -> Sex? {
        if case .sex(let sex) = value { return sex }
        return nil
    }
}

extension PeriodKind: FieldValue {
    static func read(_ value: Value) -> PeriodKind? {
        if case .periodKind(let kind) = value { return kind }
        return nil
    }
}

extension Bool: FieldValue {
    static func read(_ value: Value) -> Bool? {
        if case .flag(let on) = value { return on }
        return nil
    }
}

extension ClockTime: FieldValue {
    static func read(_ value: Value) -> ClockTime? {
        if case .time(let time) = value { return time }
        return nil
    }
}

extension Date: FieldValue {
    static func read(_ value: Value) -> Date? {
        if case .instant(let instant) = value { return instant }
        return nil
    }
}

extension MarkValue: FieldValue {
    static func read(_ value: Value) -> MarkValue? {
        if case .mark(let mark) = value { return mark }
        return nil
    }
}

/// A closed set's value: read back from the raw value `ChoiceSet` picked.
protocol ChoiceValue: FieldValue, RawRepresentable where RawValue == String {}

extension ChoiceValue {
    static func read(_ value: Value) -> Self? {
        if case .choice(let raw) = value { return Self(rawValue: raw) }
        return nil
    }
}

extension WorkKind: ChoiceValue {}
extension AttendanceStatus: ChoiceValue {}
extension AbsenceReason: ChoiceValue {}
extension LessonKind: ChoiceValue {}
extension YesNo: ChoiceValue {}
extension HelpKind: ChoiceValue {}
extension TrainingAudience: ChoiceValue {}
extension ArticleAudience: ChoiceValue {}
extension GradeBand: ChoiceValue {}
extension TrainingFormat: ChoiceValue {}
extension RolloutState: ChoiceValue {}
extension TicketPriority: ChoiceValue {}
extension TicketQueue: ChoiceValue {}
extension TicketState: ChoiceValue {}
extension TicketKind: ChoiceValue {}
extension IdentityMethod: ChoiceValue {}
extension Language: ChoiceValue {}
extension DigestDelivery: ChoiceValue {}
extension MessageAudience: ChoiceValue {}
extension AccessChoice: ChoiceValue {}

/// An answer of yes or no («да», «нет»).
enum YesNo: String, Sendable {
    case yes, no
}
