import CGMime
import Foundation

/// GMime, started once per process before any message is written or read.
enum GMime {
    private static let started: Bool = {
        g_mime_init()
        return true
    }()

    static func start() { _ = started }

    /// A C string GMime handed over, as Swift text; freed.
    static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { g_free(pointer) }
        return String(cString: pointer)
    }

    static func text(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

/// A mailbox: the name shown and the address.
public struct MailAddress: Sendable, Equatable {
    public var name: String?
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }
}
