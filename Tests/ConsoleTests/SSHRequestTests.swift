import Foundation
import TestSupport
import Testing

@testable import Console

/// `SSH_ORIGINAL_COMMAND` read with the console's tokenizer: only the console's options, never a shell.
@Suite struct SSHRequestTests {
    @Test("The console's own options and one command line are taken, however ssh joined the words")
    func optionsAndTheLine() throws {
        #expect(try SSHRequest(nil) == SSHRequest(""))
        #expect(try SSHRequest("").line == nil)
        let request = try SSHRequest("-- --json --lang en -y -c ticket list --all")
        #expect(request.json && request.yes && request.language == .en)
        #expect(request.line == "ticket list --all")
        // A name kept whole in the console's quotes, and a line sent as one quoted word.
        #expect(try SSHRequest("-c student show «Борисов Лев»").line == "student show \"Борисов Лев\"")
        #expect(try SSHRequest("-c 'lesson list --date 23.11.2026'").line == "lesson list --date 23.11.2026")
    }

    @Test("A program, a shell's separator, a substitution or an unknown option is refused before anything runs")
    func everythingElseIsRefused() {
        for original in [
            "cat /var/lib/helpdesk/helpdesk.sqlite", "; sh", "$(id)", "--db /tmp/other.sqlite -c whoami", "--user admin", "--lang de", "-c",
        ] {
            #expect(throws: SSHRequest.Refusal.self, "\(original)") { try SSHRequest(original) }
        }
    }

    @Test("The key sshd accepted is read from the ExposeAuthInfo file; none without a publickey line")
    func theKeyFromExposeAuthInfo() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("auth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try "publickey ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOOnOnVhRR9yKldZ+1ZvS2qdJr8qmGY07duP1J1j4oKv\n".write(
            to: file, atomically: true, encoding: .utf8)
        #expect(
            SSHRequest.key(environment: ["SSH_USER_AUTH": file.path])?.fingerprint == "SHA256:1e7OCwco1kBE2NQgJ+MsZ7fTGA3OM6iJk+zOumLNw5Q")
        try "password\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(SSHRequest.key(environment: ["SSH_USER_AUTH": file.path]) == nil)
        #expect(SSHRequest.key(environment: [:]) == nil)
    }
}

/// The forced command of the product's `authorized_keys` (issue 24): sshd hands it to the
/// account's shell, which must read the database's path back as one word.
@Suite struct AuthorizedKeysCommandTests {
    @Test("A database path with a space or a quote stays one word for the shell sshd runs the command with")
    func aPathWithASpaceStaysOneWord() throws {
        let database = "/srv/Школа № 1/it's here.sqlite"
        let command = AuthorizedKeysFile.forcedCommand(database: database)
        #expect(!command.contains("\"") && !command.contains("\n"))
        let (status, words) = try Program.run(
            "/bin/sh", ["-c", "for word in \(command); do printf '[%s]\\n' \"$word\"; done"], environment: ["LANG": "C.UTF-8"])
        #expect(status == 0)
        #expect(
            words.split(separator: "\n").map(String.init) == ["[\(AuthorizedKeysFile.executable)]", "[serve]", "[--db]", "[\(database)]"])
        #expect(
            AuthorizedKeysFile.forcedCommand(database: "/var/lib/helpdesk/helpdesk.sqlite").hasSuffix(
                "serve --db /var/lib/helpdesk/helpdesk.sqlite"))
    }
}
