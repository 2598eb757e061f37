/// The declared shape of a command's result: what its `--json` document holds under `result`
/// whatever the data — every declared key present in every row (null when empty, false for a mark
/// not made). `helpdesk schema COMMAND` publishes it as JSON Schema (`ResultSchema`).
indirect enum ResultShape: Sendable {
    /// Sentences only: the document has no `result`.
    case none
    /// Worded text, such as help: `{"text": …}`.
    case text
    /// Rows: an array of objects with these keys.
    case table([FieldShape])
    /// One object with these keys.
    case record([FieldShape])
    /// Titled parts, each of its own shape.
    case sections([SectionShape])
    /// One of these, as the arguments choose (a report shown, or printed to a file).
    case oneOf([ResultShape])
    /// No command's: a line that ran none (not understood, or answered by the knowledge base).
    case undeclared
}

extension ResultShape {
    /// Sentences alone.
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The data may leave it out: sentences alone are one of its shapes, or it is no command's.
    var mayBeAbsent: Bool {
        switch self {
        case .undeclared: return true
        case .oneOf(let shapes): return shapes.contains(where: \.isNone)
        default: return false
        }
    }
}

/// One titled part of a result.
struct SectionShape: Sendable {
    let label: Label
    let shape: ResultShape

    init(_ label: Label, _ shape: ResultShape) {
        self.label = label
        self.shape = shape
    }
}

/// One key of a row or a record: its value's shape, and whether it may be null.
struct FieldShape: Sendable {
    /// The JSON key: a label's name, or a mark's (`late`, `unverified`).
    let key: String
    let value: ValueShape
    var nullable = false

    /// A value that may be empty (JSON null).
    var optional: FieldShape {
        var field = self
        field.nullable = true
        return field
    }

    static func text(_ label: Label) -> FieldShape { FieldShape(key: label.rawValue, value: .text) }
    static func number(_ label: Label) -> FieldShape { FieldShape(key: label.rawValue, value: .number) }
    static func decimal(_ label: Label) -> FieldShape { FieldShape(key: label.rawValue, value: .decimal) }
    static func date(_ label: Label) -> FieldShape { FieldShape(key: label.rawValue, value: .date) }
    static func moment(_ label: Label) -> FieldShape { FieldShape(key: label.rawValue, value: .moment) }
    static func flag(_ label: Label) -> FieldShape { FieldShape(key: label.rawValue, value: .flag) }
    /// A value of a closed set, by its codes.
    static func code<Value: CaseIterable & RawRepresentable>(_ label: Label, _: Value.Type) -> FieldShape
    where Value.RawValue == String {
        FieldShape(key: label.rawValue, value: .code(Value.allCases.map(\.rawValue)))
    }
    static func list(_ label: Label, of item: ValueShape) -> FieldShape { FieldShape(key: label.rawValue, value: .list(item)) }
    static func object(_ label: Label, _ fields: [FieldShape]) -> FieldShape { FieldShape(key: label.rawValue, value: .object(fields)) }
    static func value(_ label: Label, _ value: ValueShape) -> FieldShape { FieldShape(key: label.rawValue, value: value) }
    /// A mark drawn beside a value on screen: a key of its own, true or false.
    static func marker(_ marker: Marker) -> FieldShape { FieldShape(key: marker.rawValue, value: .flag) }
}

/// The shape of one value, as `CellJSON` encodes a cell.
indirect enum ValueShape: Sendable {
    case text
    case number
    case decimal
    /// `2026-12-02`.
    case date
    /// ISO 8601 with the school's offset.
    case moment
    case flag
    /// A closed set's stable codes.
    case code([String])
    case list(ValueShape)
    case object([FieldShape])
    /// Stored details under their own keys (an audit entry's before and after), each text.
    case details

    /// A closed set by its type.
    static func codes<Value: CaseIterable & RawRepresentable>(_: Value.Type) -> ValueShape where Value.RawValue == String {
        .code(Value.allCases.map(\.rawValue))
    }

    /// From one time of day to another (`Cell.span`).
    static let span = ValueShape.object([.text(.start), .text(.end)])
}
