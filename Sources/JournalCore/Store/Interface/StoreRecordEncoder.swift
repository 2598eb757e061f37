import Foundation

/// A record's columns as the store keeps them, in the order its properties encode: the one
/// rendering both engines write (issue 25, part 2) — a date as the UTC text with milliseconds, a
/// flag as 0 or 1, a code as its raw value, `nil` as null.
enum StoreRecordEncoder {
    static func columns(_ record: some Encodable) throws -> [(name: String, value: StoreValue)] {
        let sink = ColumnSink()
        try record.encode(to: RecordEncoder(sink: sink))
        if let path = sink.unstored { throw UnstoredValue(path: path) }
        return sink.columns
    }
}

/// What is not a row of columns (a record that is a list or one value, or one that opens a nested
/// container itself): the store keeps none such. A property that is a structure or a list is kept
/// as its JSON text (`ColumnValue`).
struct UnstoredValue: Error, CustomStringConvertible {
    let path: String
    var description: String { "the value at \(path) is not one column" }
}

private final class ColumnSink {
    var columns: [(name: String, value: StoreValue)] = []
    /// The first property that was not one column, if any.
    var unstored: String?

    func refuse(_ path: String) {
        if unstored == nil { unstored = path }
    }

    func set(_ name: String, _ value: StoreValue) {
        if let index = columns.firstIndex(where: { $0.name == name }) {
            columns[index].value = value
        } else {
            columns.append((name, value))
        }
    }
}

private struct RecordEncoder: Encoder {
    let sink: ColumnSink
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(ColumnContainer<Key>(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.refuse("a list")
        return UnstoredContainer(codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        sink.refuse("a single value")
        return UnstoredContainer(codingPath: codingPath)
    }
}

private struct ColumnContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: ColumnSink
    var codingPath: [any CodingKey] = []

    mutating func encodeNil(forKey key: Key) throws { sink.set(key.stringValue, .null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        sink.set(key.stringValue, try ColumnValue.of(value, path: key.stringValue))
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        sink.set(key.stringValue, try value.map { try ColumnValue.of($0, path: key.stringValue) } ?? .null)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        sink.refuse(key.stringValue)
        return KeyedEncodingContainer(ColumnContainer<NestedKey>(sink: ColumnSink()))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        sink.refuse(key.stringValue)
        return UnstoredContainer(codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { RecordEncoder(sink: sink) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { RecordEncoder(sink: sink) }
}

/// One property's column value: a store value as itself, anything else by its single value, and
/// a structure or a list as its JSON text, as the file's engine has always kept one.
enum ColumnValue {
    static func of<T: Encodable>(_ value: T, path: String) throws -> StoreValue {
        if let convertible = value as? any StoreValueConvertible { return convertible.storeValue }
        let single = SingleColumnEncoder(path: path)
        if (try? value.encode(to: single)) != nil, let stored = single.box.value { return stored }
        return .text(String(decoding: try StoreJSON.encoder.encode(value), as: UTF8.self))
    }
}

/// A structure or a list kept in one column as JSON, written and read as GRDB has always written
/// them into a school's file: keys sorted, dates as milliseconds since 1970, bytes in base64.
enum StoreJSON {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dataEncodingStrategy = .base64
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.nonConformingFloatEncodingStrategy = .throw
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dataDecodingStrategy = .base64
        decoder.dateDecodingStrategy = .millisecondsSince1970
        decoder.nonConformingFloatDecodingStrategy = .throw
        return decoder
    }
}

private final class ValueBox {
    var value: StoreValue?
}

/// Encodes a value that writes itself as one single value (a code, a text-coded value).
private struct SingleColumnEncoder: Encoder, SingleValueEncodingContainer {
    let path: String
    let box = ValueBox()
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(ColumnContainer<Key>(sink: ColumnSink()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnstoredContainer(codingPath: codingPath) }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    mutating func encodeNil() throws { box.value = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.value = try ColumnValue.of(value, path: path)
    }
}

/// What a record's column cannot hold: refused when written.
private struct UnstoredContainer: UnkeyedEncodingContainer, SingleValueEncodingContainer {
    var codingPath: [any CodingKey]
    var count: Int { 0 }

    private var path: String { codingPath.map(\.stringValue).joined(separator: ".") }

    mutating func encodeNil() throws { throw UnstoredValue(path: path) }

    mutating func encode<T: Encodable>(_ value: T) throws { throw UnstoredValue(path: path) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(ColumnContainer<NestedKey>(sink: ColumnSink()))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }

    mutating func superEncoder() -> any Encoder { RecordEncoder(sink: ColumnSink()) }
}
