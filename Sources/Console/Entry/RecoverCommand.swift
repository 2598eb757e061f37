import ArgumentParser
import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#endif

/// `helpdesk recover --admin LOGIN`: when no journal administrator nor the director can log in,
/// whoever may write the database file (the server's service account) gives an administrator a
/// one-time password. It is recorded in the audit log.
struct RecoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover")

    @OptionGroup var options: FileOptions

    @Option var admin: String

    func run() throws {
        let texts = Texts(options.language)
        let path = options.databasePath
        guard FileManager.default.fileExists(atPath: path), access(path, W_OK) == 0 else {
            FileHandle.standardError.write(Data((texts(.recoverNeedsWriteAccess(path: path)) + "\n").utf8))
            throw ExitCode(1)
        }
        let session = Session(desk: try options.openDeskOrSay(), io: PipeIO(), language: options.language, json: options.json)
        do {
            let issued = try session.journal.recoverAdministrator(login: admin, operatingSystemUser: Self.userName())
            session.show(
                .lines([
                    .message(
                        .credentialsIssued(
                            login: issued.login, identifier: issued.identifier, name: issued.fullName,
                            password: issued.temporaryPassword)),
                    .message(.recovered),
                ]))
        } catch {
            throw ExitCode(session.report(error).rawValue)
        }
    }

    /// The operating system's name of whoever runs the command, for the audit log.
    static func userName() -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return String(geteuid()) }
        return String(cString: name)
    }
}
