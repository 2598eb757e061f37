import Foundation

/// One ISO 8601 formatter for the console's timestamps.
enum ISO8601DateFormatterBox {
    nonisolated(unsafe) static let shared: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()
}
