import Foundation

/// A result's JSON brought to its declared shape: every declared key of every row and record is
/// present whatever the data — null when empty, false for a mark not made — so that a script reads
/// one shape on time and late, with rows and without.
extension ResultShape {
    func filled(_ value: Any) -> Any {
        switch self {
        case .table(let fields):
            guard let rows = value as? [[String: Any]] else { return value }
            return rows.map { FieldShape.filled($0, fields) }
        case .record(let fields):
            guard let object = value as? [String: Any] else { return value }
            return FieldShape.filled(object, fields)
        case .sections(let parts):
            guard var object = value as? [String: Any] else { return value }
            for part in parts {
                let key = part.label.rawValue
                if let inner = object[key] {
                    object[key] = part.shape.filled(inner)
                } else {
                    // A part the data leaves out is there all the same: no rows, or null.
                    object[key] = part.shape.empty ?? NSNull()
                }
            }
            return object
        case .oneOf(let shapes):
            return shapes.first { $0.fits(value) }?.filled(value) ?? value
        case .none, .text, .undeclared:
            return value
        }
    }

    /// A result with nothing in it: a table without rows; nil where there is no such thing.
    var empty: Any? {
        switch self {
        case .table: return [Any]()
        // Sentences alone are one of its shapes: nothing in it is no result, not an empty table.
        case .oneOf(let shapes):
            return shapes.contains(where: \.isNone) ? nil : shapes.lazy.compactMap(\.empty).first
        default: return nil
        }
    }

    /// Whether a value is of this kind at all: rows for a table, an object for the others.
    func fits(_ value: Any) -> Bool {
        switch self {
        case .table(let fields):
            // Rows whose keys are this table's: another table's rows fit another shape.
            guard let rows = value as? [[String: Any]] else { return false }
            let keys = Set(fields.map(\.key))
            return rows.allSatisfy { Set($0.keys).isSubset(of: keys) }
        case .record(let fields):
            guard let object = value as? [String: Any] else { return false }
            return Set(object.keys).isSubset(of: Set(fields.map(\.key)))
        case .text: return (value as? [String: Any])?["text"] is String
        case .sections(let parts):
            guard let object = value as? [String: Any] else { return false }
            return Set(object.keys).isSubset(of: Set(parts.map(\.label.rawValue)))
        case .oneOf(let shapes): return shapes.contains { $0.fits(value) }
        case .none: return false
        case .undeclared: return true
        }
    }
}

extension FieldShape {
    /// An object with every declared key: a missing mark is false, another missing value null.
    static func filled(_ object: [String: Any], _ fields: [FieldShape]) -> [String: Any] {
        var object = object
        for field in fields {
            if let present = object[field.key] {
                object[field.key] = field.value.filled(present)
            } else {
                object[field.key] = field.isMarker ? false : NSNull()
            }
        }
        return object
    }

    /// A mark's key: absent means not made.
    var isMarker: Bool { Marker(rawValue: key) != nil && isFlag }

    private var isFlag: Bool {
        if case .flag = value { return true }
        return false
    }
}

extension ValueShape {
    func filled(_ value: Any) -> Any {
        switch self {
        case .object(let fields):
            guard let object = value as? [String: Any] else { return value }
            return FieldShape.filled(object, fields)
        case .list(let item):
            guard let items = value as? [Any] else { return value }
            return items.map(item.filled)
        default:
            return value
        }
    }
}
