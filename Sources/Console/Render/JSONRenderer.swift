import Foundation
import JournalCore

/// Prints each result as one JSON document, keys in English.
struct JSONRenderer {
    let texts: Texts

    func render(_ output: Output, ok: Bool = true) -> String {
        var object = value(output)
        if case .table = output { object = ["rows": object] }
        if var dictionary = object as? [String: Any] {
            dictionary["ok"] = ok
            object = dictionary
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func value(_ output: Output) -> Any {
        switch output {
        case .none: return [String: Any]()
        case .message(let message): return ["message": texts(message)]
        case .text(let text): return ["text": text]
        case .table(let columns, let rows):
            return rows.map { row in
                Dictionary(uniqueKeysWithValues: zip(columns.map(\.rawValue), row))
            }
        case .record(let pairs):
            return Dictionary(pairs.map { ($0.0.rawValue, $0.1) }, uniquingKeysWith: { first, _ in first })
        case .sections(let parts):
            return Dictionary(parts.map { ($0.0.rawValue, value($0.1)) }, uniquingKeysWith: { first, _ in first })
        case .lines(let parts):
            // Messages together; a table or record that came with them stays whole beside them.
            var object: [String: Any] = [:]
            var results: [Any] = []
            var messages: [String] = []
            for part in parts {
                switch part {
                case .message(let message): messages.append(texts(message))
                case .none: break
                default: results.append(value(part))
                }
            }
            if !messages.isEmpty { object["messages"] = messages }
            if results.count == 1 { object["result"] = results[0] } else if !results.isEmpty { object["results"] = results }
            return object
        }
    }

    /// A refusal as JSON: the message and, where known, the field.
    func error(_ text: String, field: Field?) -> String {
        var object: [String: Any] = ["ok": false, "error": text]
        if let field { object["field"] = field.rawValue }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
