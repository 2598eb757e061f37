import Foundation

/// A command's `--json` document as JSON Schema (draft 2020-12), from the result shape the
/// command declares: `helpdesk schema COMMAND` prints it, the tests validate every document of
/// the acceptance run against it with Python's `jsonschema`.
enum ResultSchema {
    static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The whole document of `command`: done with its result, or refused with its reason.
    static func document(_ command: CommandSpec) -> [String: Any] {
        var done: [String: Any] = [
            "ok": ["const": true],
            "command": ["const": command.name],
            "messages": messages,
        ]
        var required = ["ok", "command", "messages"]
        if !command.result.isNone {
            done["result"] = schema(command.result)
            if !command.result.mayBeAbsent { required.append("result") }
        }
        let refused: [String: Any] = [
            "type": "object",
            "properties": [
                "ok": ["const": false], "command": ["const": command.name], "messages": messages, "error": ["type": "string"],
                "field": ["type": "string"], "result": [String: Any](),
            ],
            "required": ["ok", "error", "messages"],
            "additionalProperties": false,
        ]
        return [
            "$schema": dialect,
            "title": command.name,
            "oneOf": [
                ["type": "object", "properties": done, "required": required, "additionalProperties": false] as [String: Any],
                refused,
            ],
        ]
    }

    private static var messages: [String: Any] { ["type": "array", "items": ["type": "string"]] }

    static func schema(_ shape: ResultShape) -> [String: Any] {
        switch shape {
        case .none: return ["not": [String: Any]()]
        case .text: return object([FieldShape(key: "text", value: .text)])
        case .table(let fields): return ["type": "array", "items": object(fields)]
        case .record(let fields): return object(fields)
        case .sections(let parts):
            return [
                "type": "object",
                "properties": Dictionary(
                    parts.map { part in
                        (
                            part.label.rawValue,
                            part.shape.mayBeAbsent ? ["anyOf": [schema(part.shape), ["type": "null"]]] : schema(part.shape)
                        )
                    }, uniquingKeysWith: { first, _ in first }),
                "required": parts.map(\.label.rawValue),
                "additionalProperties": false,
            ]
        case .oneOf(let shapes):
            return ["anyOf": shapes.filter { !$0.isNone }.map(schema)]
        case .undeclared: return [:]
        }
    }

    private static func object(_ fields: [FieldShape]) -> [String: Any] {
        [
            "type": "object",
            "properties": Dictionary(fields.map { ($0.key, field($0)) }, uniquingKeysWith: { first, _ in first }),
            "required": fields.map(\.key),
            "additionalProperties": false,
        ]
    }

    private static func field(_ field: FieldShape) -> [String: Any] {
        let schema = value(field.value)
        return field.nullable ? ["anyOf": [schema, ["type": "null"]]] : schema
    }

    static func value(_ shape: ValueShape) -> [String: Any] {
        switch shape {
        case .text: return ["type": "string"]
        case .number: return ["type": "integer"]
        case .decimal: return ["type": "number"]
        case .date: return ["type": "string", "pattern": #"^\d{4}-\d{2}-\d{2}$"#]
        case .moment: return ["type": "string", "pattern": #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$"#]
        case .flag: return ["type": "boolean"]
        case .code(let codes): return ["enum": codes]
        case .list(let item): return ["type": "array", "items": value(item)]
        case .object(let fields): return object(fields)
        case .details: return ["type": "object", "additionalProperties": ["type": "string"]]
        }
    }

    /// As printed: keys sorted, slashes as they are.
    static func text(_ schema: [String: Any]) -> String {
        let data =
            (try? JSONSerialization.data(withJSONObject: schema, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
