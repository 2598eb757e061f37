import Foundation
import JournalCore

/// Prints each result as one JSON document, keys in English.
struct JSONRenderer {
    let texts: Texts

    func render(_ output: Output, ok: Bool = true) -> String {
        // What a screen shows in its own words is, for JSON, the data beneath it.
        if case .shown(_, let data) = output { return render(data, ok: ok) }
        var object = value(output)
        if case .table = output { object = ["rows": object] }
        if var dictionary = object as? [String: Any] {
            dictionary["ok"] = ok
            object = dictionary
        }
        return encode(object)
    }

    private func value(_ output: Output) -> Any {
        switch output {
        case .none: return [String: Any]()
        case .message(let message): return ["message": texts(message)]
        case .text(let text): return ["text": text]
        case .table(let columns, let rows):
            // A mark any row has is a key of every row, true or false, so each row reads alike.
            let markers = Set(rows.flatMap { $0.compactMap(\.marker) })
            return rows.map { row in
                var object = CellJSON.object(Array(zip(columns, row)))
                for marker in markers where object[marker.rawValue] == nil { object[marker.rawValue] = false }
                return object
            }
        case .record(let pairs):
            return CellJSON.object(pairs)
        case .shown(_, let data):
            return value(data)
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

    /// Everything one command line showed, as its one document: a single result as it renders
    /// alone; several merged, messages together and the first refusal as `error`.
    func document(_ parts: [JSONPart], ok: Bool) -> String {
        if parts.count == 1, case .output(let output) = parts[0] { return render(output, ok: ok) }
        if parts.count == 1, case .error(let text, let field) = parts[0] { return error(text, field: field) }
        var outputs: [Output] = []
        var object: [String: Any] = ["ok": ok]
        for part in parts {
            switch part {
            case .output(.lines(let inner)): outputs += inner
            case .output(let output): outputs.append(output)
            case .error(let text, let field):
                if object["error"] == nil {
                    object["error"] = text
                    if let field { object["field"] = field.rawValue }
                }
            }
        }
        if let merged = value(.lines(outputs)) as? [String: Any] { object.merge(merged) { first, _ in first } }
        return encode(object)
    }

    private func encode(_ object: Any) -> String {
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return Self.escapingC1(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// C1 controls written as `\u0080`…: the same JSON data, and nothing a terminal would obey.
    static func escapingC1(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) else { return json }
        var out = ""
        for scalar in json.unicodeScalars {
            if (0x80...0x9F).contains(scalar.value) {
                out += String(format: "\\u%04x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A refusal as JSON: the message and, where known, the field.
    func error(_ text: String, field: Label?) -> String {
        var object: [String: Any] = ["ok": false, "error": text]
        if let field { object["field"] = field.rawValue }
        return encode(object)
    }
}

/// One thing a command showed, kept until its JSON document is printed.
enum JSONPart {
    case output(Output)
    case error(String, Label?)
}

extension JSONPart {
    var isError: Bool {
        if case .error = self { return true }
        return false
    }
}
