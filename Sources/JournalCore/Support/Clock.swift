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

/// A clock a test moves by hand.
public final class ManualClock: Clock, @unchecked Sendable {
    private let current: Mutex<Date>

    public init(_ start: Date) { current = Mutex(start) }

    public var now: Date { current.withLock { $0 } }

    public func set(_ date: Date) { current.withLock { $0 = date } }

    public func advance(by seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
}
