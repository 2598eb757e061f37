import Foundation
import JournalCore

/// Prints what one command line showed as one JSON document, keys in English:
/// `{"ok", "command", "messages", "result"}` — `result` in the command's declared shape
/// (`ResultShape`), the sentences under `messages`, a refusal under `error` (and `field`).
struct JSONRenderer {
    let texts: Texts

    /// One output alone, as its document (outside a session's command line).
    func render(_ output: Output, ok: Bool = true) -> String {
        document([.output(output)], ok: ok, command: nil)
    }

    private func value(_ output: Output) -> Any {
        switch output {
        case .none: return [String: Any]()
        case .message(let message): return ["message": texts(message)]
        case .text(let text): return ["text": text]
        case .table(let columns, let rows):
            return rows.map { CellJSON.object(Array(zip(columns, $0))) }
        case .record(let pairs):
            return CellJSON.object(pairs)
        case .shown(_, let data), .screen(_, let data):
            return value(data)
        case .sections(let parts):
            return Dictionary(parts.map { ($0.0.rawValue, value($0.1)) }, uniquingKeysWith: { first, _ in first })
        case .lines(let parts):
            var messages: [String] = []
            var results: [Output] = []
            for part in parts { collect(part, &messages, &results) }
            return results.count == 1 ? value(results[0]) : results.map(value)
        }
    }

    /// The sentences of an output apart from its data, `.lines` taken apart.
    private func collect(_ output: Output, _ messages: inout [String], _ results: inout [Output]) {
        switch output {
        case .message(let message): messages.append(texts(message))
        case .none: break
        case .lines(let parts): for part in parts { collect(part, &messages, &results) }
        case .screen(_, let data): collect(data, &messages, &results)
        default: results.append(output)
        }
    }

    /// Everything one command line showed, as its one document: the sentences together, the data
    /// as `result` in the shape `command` declares, and the first refusal as `error`.
    func document(_ parts: [JSONPart], ok: Bool, command: CommandSpec?) -> String {
        var object: [String: Any] = ["ok": ok]
        var messages: [String] = []
        var results: [Output] = []
        for part in parts {
            switch part {
            case .output(let output): collect(output, &messages, &results)
            case .error(let text, let field):
                if object["error"] == nil {
                    object["error"] = text
                    if let field { object["field"] = field.rawValue }
                }
            }
        }
        object["messages"] = messages
        if let command { object["command"] = command.name }
        let shape = command?.result ?? .undeclared
        if results.count == 1 {
            // A refusal's data (the times one could pick) is shown as it is, not as the command's result.
            object["result"] = ok ? shape.filled(value(results[0])) : value(results[0])
        } else if results.count > 1 {
            object["result"] = results.map(value)
        } else if ok, let empty = shape.empty {
            object["result"] = empty
        }
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
        var object: [String: Any] = ["ok": false, "error": text, "messages": [String]()]
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
