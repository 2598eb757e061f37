import Foundation
import JournalCore

/// The service account's `authorized_keys`, written by the product from its keys: each line
/// forces the console (`command=`) and forbids everything else sshd could give (`restrict`: no
/// forwarding, no pty unless asked, no agent, no X11), so the file is safe even without the
/// server's `ForceCommand`. Written whole to a temporary file and renamed, mode 0600.
struct AuthorizedKeysFile {
    let path: String
    /// The console as sshd starts it, e.g. `/usr/local/bin/helpdesk serve --db /var/lib/helpdesk/helpdesk.sqlite`.
    let command: String

    /// `HELPDESK_AUTHORIZED_KEYS` names the file; the forced command is this program on this database.
    static func fromEnvironment(_ environment: [String: String], database: String) -> AuthorizedKeysFile? {
        guard let path = environment["HELPDESK_AUTHORIZED_KEYS"], !path.isEmpty else { return nil }
        return AuthorizedKeysFile(path: path, command: forcedCommand(database: database))
    }

    /// This program serving this database, as sshd hands it to the account's shell: each word
    /// quoted, so that a folder with a space («/srv/Школа 1/») stays one word.
    static func forcedCommand(database: String) -> String {
        [executable, "serve", "--db", database].map(shellWord).joined(separator: " ")
    }

    /// A word the POSIX shell reads back as it is: bare when it is plain, else in single quotes.
    static func shellWord(_ word: String) -> String {
        let plain = !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+=:,@%".contains($0)) }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// This program's own path, as the kernel knows it.
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    enum Problem: Error { case unsafeCommand }

    func line(_ row: AccountKeyRow) -> String {
        // The comment names the account, not the key's own comment (which its holder chose).
        "restrict,command=\"\(command)\" \(row.key.algorithm) \(row.key.blob) helpdesk:\(row.login)"
    }

    func write(_ rows: [AccountKeyRow]) throws {
        guard !command.contains("\""), !command.contains("\n") else { throw Problem.unsafeCommand }
        let text =
            "# Written by helpdesk from its database: edits here are lost at the next key change.\n"
            + rows.map(line).joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else { throw CocoaError(.fileWriteUnknown) }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
