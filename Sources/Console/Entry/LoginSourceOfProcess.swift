import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#endif

extension LoginSource {
    /// Over SSH, the address the connection comes from (sshd's `SSH_CONNECTION`); at a terminal
    /// of the server, the system user who started the console.
    static func of(environment: [String: String], remote: Bool) -> LoginSource {
        if remote, let address = environment["SSH_CONNECTION"]?.split(separator: " ").first {
            return LoginSource("ssh " + address)
        }
        return LoginSource("uid \(getuid())")
    }
}
