/// A value written as text (`2026-09-01`, `08:30`): stored, encoded and decoded as that text.
public protocol TextCoded: Codable, StoreValueConvertible, CustomStringConvertible {
    init?(parsing text: String)
}

extension TextCoded {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "cannot read “\(text)”"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var storeValue: StoreValue { .text(description) }

    public init?(storeValue: StoreValue) {
        guard case .text(let text) = storeValue, let value = Self(parsing: text) else { return nil }
        self = value
    }
}
