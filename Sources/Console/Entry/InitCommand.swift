import ArgumentParser
import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#endif

/// `helpdesk init`: creates an organization and its first journal administrator.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init")

    @OptionGroup var options: FileOptions

    @Option var org: String
    @Option var name: String
    @Option var tz: String
    @Option var admin: String
    @Option var adminName = "Администратор Журнала"

    func run() throws {
        // An init that is refused leaves no file behind.
        let path = options.databasePath
        let existed = FileManager.default.fileExists(atPath: path)
        func removeCreated() {
            guard !existed else { return }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let session = Session(desk: try options.openDeskOrSay(creating: true), io: PipeIO(), language: options.language, json: options.json)
        guard let password = try readPassword(session) else {
            session.refuse(.passwordFromEnvironmentMissing, field: .password)
            removeCreated()
            throw ExitCode(1)
        }
        do {
            let (organization, account) = try session.journal.createOrganization(
                code: org, name: name, timeZone: tz, adminName: adminName, adminLogin: admin, adminPassword: password)
            session.say(.initDone(organization: organization.name, login: account.login, identifier: account.identifier))
        } catch {
            let outcome = session.report(error)
            removeCreated()
            throw ExitCode(outcome.rawValue)
        }
    }

    /// The password: asked twice without echo at a terminal, else HELPDESK_PASSWORD.
    private func readPassword(_ session: Session) throws -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return options.environment["HELPDESK_PASSWORD"] }
        while true {
            guard case .line(let first) = SecretInput.read(prompt: session.texts(.newPasswordPrompt)),
                case .line(let second) = SecretInput.read(prompt: session.texts(.repeatPasswordPrompt))
            else { return nil }
            if first == second { return first }
            session.refuse(.passwordsDiffer)
        }
    }
}
