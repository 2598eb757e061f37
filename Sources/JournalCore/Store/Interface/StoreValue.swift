import Foundation
internal import GRDB

/// One value as the store keeps it: what a column holds and an argument binds (issue 25, part 1).
/// Dates are kept as the core has always kept them, so that a file written before reads alike.
public enum StoreValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    /// The engine's value for this one.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let value): value.databaseValue
        case .real(let value): value.databaseValue
        case .text(let value): value.databaseValue
        case .blob(let value): value.databaseValue
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let value): self = .integer(value)
        case .double(let value): self = .real(value)
        case .string(let value): self = .text(value)
        case .blob(let value): self = .blob(value)
        }
    }
}

/// A Swift value that is kept in one column: written as a `StoreValue` and read back from one.
public protocol StoreValueConvertible: Sendable {
    var storeValue: StoreValue { get }
    /// The value a column holds; nil when it holds something else.
    init?(storeValue: StoreValue)
}

/// The arguments of one statement, in the order of its `?`.
public typealias StoreArguments = [any StoreValueConvertible]

/// A code from a closed set kept as its raw value (the core's and the help desk's states and kinds).
extension StoreValueConvertible where Self: RawRepresentable, RawValue: StoreValueConvertible {
    public var storeValue: StoreValue { rawValue.storeValue }
    public init?(storeValue: StoreValue) {
        guard let raw = RawValue(storeValue: storeValue), let value = Self(rawValue: raw) else { return nil }
        self = value
    }
}

// Swift's own values, kept as the engine has always kept them (a date as its UTC text with
// milliseconds, a flag as 0 or 1): the engine's conversion, behind the store's protocol.
extension String: StoreValueConvertible {
    public var storeValue: StoreValue { StoreValue(databaseValue) }
    public init?(storeValue: StoreValue) { self.init(engineValue: storeValue) }
}

extension Int: StoreValueConvertible {
    public var storeValue: StoreValue { StoreValue(databaseValue) }
    public init?(storeValue: StoreValue) { self.init(engineValue: storeValue) }
}

extension Int64: StoreValueConvertible {
    public var storeValue: StoreValue { StoreValue(databaseValue) }
    public init?(storeValue: StoreValue) { self.init(engineValue: storeValue) }
}

extension Double: StoreValueConvertible {
    public var storeValue: StoreValue { StoreValue(databaseValue) }
    public init?(storeValue: StoreValue) { self.init(engineValue: storeValue) }
}

extension Bool: StoreValueConvertible {
    public var storeValue: StoreValue { StoreValue(databaseValue) }
    public init?(storeValue: StoreValue) { self.init(engineValue: storeValue) }
}

extension Date: StoreValueConvertible {
    public var storeValue: StoreValue { StoreValue(databaseValue) }
    public init?(storeValue: StoreValue) { self.init(engineValue: storeValue) }
}

extension Data: StoreValueConvertible {
    public var storeValue: StoreValue { StoreValue(databaseValue) }
    public init?(storeValue: StoreValue) { self.init(engineValue: storeValue) }
}

extension DatabaseValueConvertible {
    /// The value a store value holds, by the engine's own reading; nil when it holds something else.
    init?(engineValue: StoreValue) {
        guard let value = Self.fromDatabaseValue(engineValue.databaseValue) else { return nil }
        self = value
    }
}

extension Optional: StoreValueConvertible where Wrapped: StoreValueConvertible {
    public var storeValue: StoreValue { map(\.storeValue) ?? .null }
    public init?(storeValue: StoreValue) {
        if storeValue == .null {
            self = .none
        } else if let value = Wrapped(storeValue: storeValue) {
            self = .some(value)
        } else {
            return nil
        }
    }
}

extension Array where Element == any StoreValueConvertible {
    /// The engine's arguments for these.
    var statementArguments: StatementArguments {
        StatementArguments(map { $0.storeValue.databaseValue })
    }
}

/// A value as the store keeps it binds as itself (a row copied column by column).
extension StoreValue: StoreValueConvertible {
    public var storeValue: StoreValue { self }
    public init?(storeValue: StoreValue) { self = storeValue }
}

extension Array where Element == any StoreValueConvertible {
    /// The values as the store keeps them, for an engine that takes them so.
    var storeValues: [StoreValue] { map(\.storeValue) }
}
