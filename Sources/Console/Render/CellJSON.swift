import Foundation
import JournalCore

/// Cells as JSON values: numbers as numbers, ISO 8601 dates and instants with the school's
/// offset, closed sets as their codes — the same document whatever the session's language.
enum CellJSON {
    static func value(_ cell: Cell) -> Any {
        switch cell {
        case .empty: return NSNull()
        case .text(let text): return text
        case .number(let number): return NSNumber(value: number)
        case .decimal(let value, let digits): return NSNumber(value: rounded(value, digits: digits))
        case .date(let date): return date.description
        case .moment(let instant, let zone): return Moment.iso(instant, in: zone)
        case .code(let code, _): return code
        case .flag(let on): return on
        case .list(let items): return items.map(value)
        case .object(let parts): return object(parts)
        case .details(let pairs, _): return Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        case .marked(let inner, let marker):
            // A mark on a part of its own (a mark in a list) goes inside it; otherwise its container adds it.
            guard var parts = value(inner) as? [String: Any] else { return value(inner) }
            parts[marker.rawValue] = true
            return parts
        case .shown(_, let data): return value(data)
        }
    }

    /// Labelled cells as one object, each mark as a key of its own.
    static func object(_ pairs: [(Label, Cell)]) -> [String: Any] {
        var object: [String: Any] = [:]
        for (label, cell) in pairs where object[label.rawValue] == nil {
            let encoded = value(cell)
            object[label.rawValue] = encoded
            if let marker = cell.marker, !(encoded is [String: Any]) { object[marker.rawValue] = true }
        }
        return object
    }

    private static func rounded(_ value: Double, digits: Int) -> Double {
        let scale = pow(10, Double(digits))
        return (value * scale).rounded() / scale
    }
}

extension Cell {
    /// The mark a cell carries beside its value, if any.
    var marker: Marker? {
        switch self {
        case .marked(_, let marker): marker
        case .shown(_, let data): data.marker
        default: nil
        }
    }
}
