import Foundation

/// Where the domain gets the current time from; tests inject a fixed or moving clock.
public protocol Clock: Sendable {
    var now: Date { get }
}

/// The machine's clock.
public struct SystemClock: Clock {
    public init() {}
    public var now: Date { Date() }
}

/// A clock that always answers the same instant; for tests and reproducible demos.
public struct FixedClock: Clock {
    public let now: Date
    public init(_ now: Date) { self.now = now }
}
