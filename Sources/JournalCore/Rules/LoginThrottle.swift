import Foundation

/// Failed logins in a row, counted per login and per source (OWASP's account-lockout guidance):
/// after 5 from one source the next try from there waits 30 seconds, twice as long after each
/// further failure (at most an hour), while the owner's right password from elsewhere is let in.
/// Failures never lock the account: a stranger cannot keep its owner out.
enum LoginThrottle {
    static let freeAttempts = 5

    static func wait(after failures: Int) -> TimeInterval? {
        guard failures >= freeAttempts else { return nil }
        return min(3600, 30 * pow(2, Double(failures - freeAttempts)))
    }

    /// The row a login's failures from one source are counted in: a digest of the login typed
    /// (known or not, never kept in clear), and of the source when it is known.
    static func key(login: String, source: LoginSource) -> String {
        let login = AuditLog.digest(login.lowercased())
        return source.description.isEmpty ? login : login + "@" + AuditLog.digest(source.description).prefix(16)
    }
}

/// Where a login attempt comes from, as far as the console can tell: the address an SSH
/// connection comes from, or the system user at a terminal of the server itself.
public struct LoginSource: Sendable, Hashable {
    public let description: String

    public init(_ description: String) { self.description = description }

    /// Not known (the library called directly): failures are counted per login alone.
    public static let unknown = LoginSource("")
}
