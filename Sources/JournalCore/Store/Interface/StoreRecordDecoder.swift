import Foundation

/// A record read from a row's columns and their store values, by the record's own `Decodable`
/// (issue 25, part 2): a column is found by its name whatever its case, as PostgreSQL folds
/// unquoted names to lower case.
enum StoreRecordDecoder {
    static func record<R: Decodable>(_ type: R.Type, columns: [String], values: [StoreValue]) throws -> R {
        var byName: [String: StoreValue] = [:]
        for (column, value) in zip(columns, values) { byName[column.lowercased()] = value }
        return try R(from: RowDecoder(values: byName))
    }
}

private struct RowDecoder: Decoder {
    let values: [String: StoreValue]
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RowContainer<Key>(values: values))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "a row is not a list"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(StoreValue.self, .init(codingPath: codingPath, debugDescription: "a row is not one value"))
    }
}

private struct RowContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let values: [String: StoreValue]
    var codingPath: [any CodingKey] = []

    var allKeys: [Key] { values.keys.compactMap(Key.init(stringValue:)) }

    func contains(_ key: Key) -> Bool { values[key.stringValue.lowercased()] != nil }

    private func value(_ key: Key) throws -> StoreValue {
        guard let value = values[key.stringValue.lowercased()] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no column \(key.stringValue)"))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { try value(key) == .null }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try ColumnReading.read(type, try value(key), key: key, codingPath: codingPath)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = values[key.stringValue.lowercased()], value != .null else { return nil }
        return try ColumnReading.read(type, value, key: key, codingPath: codingPath)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.typeMismatch(type, .init(codingPath: codingPath + [key], debugDescription: "a column is not a structure"))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath + [key], debugDescription: "a column is not a list"))
    }

    func superDecoder() throws -> any Decoder { RowDecoder(values: values) }

    func superDecoder(forKey key: Key) throws -> any Decoder { RowDecoder(values: values) }
}

/// One column's value as the property's type: a store value by its own conversion, anything
/// else through its single value (a code, a text-coded value).
private enum ColumnReading {
    static func read<T: Decodable>(_ type: T.Type, _ value: StoreValue, key: any CodingKey, codingPath: [any CodingKey]) throws -> T {
        if let convertible = type as? any StoreValueConvertible.Type {
            guard let read = convertible.init(storeValue: value) as? T else {
                throw DecodingError.typeMismatch(type, .init(codingPath: codingPath + [key], debugDescription: "the column holds \(value)"))
            }
            return read
        }
        do {
            return try T(from: ColumnDecoder(value: value, codingPath: codingPath + [key]))
        } catch is NestedColumn {
            // A structure or a list, kept as its JSON text.
            guard case .text(let json) = value else {
                throw DecodingError.typeMismatch(type, .init(codingPath: codingPath + [key], debugDescription: "the column holds \(value)"))
            }
            return try StoreJSON.decoder.decode(T.self, from: Data(json.utf8))
        }
    }
}

/// A column asked for a structure or a list: it is read from its JSON text instead.
private struct NestedColumn: Error {}

private struct ColumnDecoder: Decoder, SingleValueDecodingContainer {
    let value: StoreValue
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> { throw NestedColumn() }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw NestedColumn() }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard let key = codingPath.last else {
            throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "no column"))
        }
        return try ColumnReading.read(type, value, key: key, codingPath: codingPath.dropLast())
    }
}
