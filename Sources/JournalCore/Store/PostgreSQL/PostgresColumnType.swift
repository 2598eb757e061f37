import Foundation

/// How a result column's text reads back as a store value, by its type's OID.
struct PostgresColumnType {
    let oid: UInt32

    func value(_ text: String) -> StoreValue {
        switch oid {
        case 16: .integer(text == "t" ? 1 : 0)  // boolean, kept as SQLite keeps it
        case 20, 21, 23, 26: Int64(text).map(StoreValue.integer) ?? .text(text)
        case 700, 701, 1700: Double(text).map(StoreValue.real) ?? .text(text)
        case 17: Self.bytes(text).map(StoreValue.blob) ?? .text(text)
        default: .text(text)
        }
    }

    /// `bytea` in its hex output (`\x0a1b…`).
    private static func bytes(_ text: String) -> Data? {
        guard text.hasPrefix("\\x") else { return nil }
        let hex = Array(text.utf8.dropFirst(2))
        guard hex.count % 2 == 0 else { return nil }
        var data = Data(capacity: hex.count / 2)
        for index in stride(from: 0, to: hex.count, by: 2) {
            guard let byte = UInt8(String(decoding: hex[index...index + 1], as: UTF8.self), radix: 16) else { return nil }
            data.append(byte)
        }
        return data
    }
}
