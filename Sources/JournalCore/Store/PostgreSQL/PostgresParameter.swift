import Foundation

/// One bound argument as libpq takes it: text for numbers and strings, binary for bytes.
struct PostgresParameter {
    let bytes: Data?
    let isBinary: Bool

    init(_ value: StoreValue) {
        switch value {
        case .null: (bytes, isBinary) = (nil, false)
        case .integer(let number): (bytes, isBinary) = (Data(String(number).utf8), false)
        case .real(let number): (bytes, isBinary) = (Data("\(number)".utf8), false)
        case .text(let text): (bytes, isBinary) = (Data(text.utf8), false)
        case .blob(let data): (bytes, isBinary) = (data, true)
        }
    }
}
