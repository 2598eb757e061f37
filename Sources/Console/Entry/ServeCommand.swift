import ArgumentParser
import Foundation
import JournalCore

/// `helpdesk serve`: the console as sshd's forced command for the service account. Who is
/// connected comes from the key sshd accepted (`ExposeAuthInfo`), what they asked from
/// `SSH_ORIGINAL_COMMAND`; nothing of either reaches a shell.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve")

    /// The database and timetables, from sshd's configuration; who and what come from the connection.
    @OptionGroup var options: FileOptions
    @Option
    var authorizedKeys: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let request: SSHRequest
        do {
            request = try SSHRequest(environment["SSH_ORIGINAL_COMMAND"])
        } catch {
            let word = (error as? SSHRequest.Refusal).map { if case .notAllowed(let word) = $0 { word } else { "" } } ?? ""
            refuse(.sshCommandRefused(TerminalText.safe(word)), environment)
            throw ExitCode(2)
        }
        let key = SSHRequest.key(environment: environment)
        if key == nil && request.line != nil {
            refuse(.sshNeedsKey, environment, language: request.language)
            throw ExitCode(1)
        }
        var arguments: [String] = []
        if let db = options.db { arguments += ["--db", db] }
        if let schedules = options.schedules { arguments += ["--schedules", schedules] }
        if request.json { arguments.append("--json") }
        if request.yes { arguments.append("--yes") }
        if let language = request.language { arguments += ["--lang", language.rawValue] }
        if let line = request.line { arguments += ["-c", line] }
        let console = try HelpdeskCommand.parse(arguments)
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        let keyFile = AuthorizedKeysFile(
            path: authorizedKeys ?? home + "/.ssh/authorized_keys",
            command: AuthorizedKeysFile.forcedCommand(database: console.options.databasePath))
        try console.run(as: key, keyFile: keyFile, remote: true)
    }

    private func refuse(_ message: Message, _ environment: [String: String], language: Language? = nil) {
        let texts = Texts(language ?? Language.fromEnvironment(environment))
        FileHandle.standardError.write(Data((texts(message) + "\n").utf8))
    }
}
