import ArgumentParser
import Foundation
import HelpDesk
import JournalCore

#if canImport(Glibc)
    import Glibc
#endif

/// `helpdesk`: the console over one SQLite file; `helpdesk init` sets up a new organization.
public struct HelpdeskCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        subcommands: [
            InitCommand.self, RecoverCommand.self, BackupCommand.self, RestoreCommand.self, ServeCommand.self, NotifyCommand.self,
            HandOffCommand.self, MailInCommand.self, StatusCommand.self, SchemaCommand.self, MigrateCommand.self,
        ])

    @OptionGroup var options: GlobalOptions

    public init() {}

    public func run() throws {
        try run(as: nil)
    }

    /// Runs the console: logged in by `--user`, or as the account of the SSH `key` sshd checked.
    /// `remote`: served over SSH, where the server's files are the service's and none is named.
    func run(as key: PublicKey?, keyFile: AuthorizedKeysFile? = nil, remote: Bool = false) throws {
        let readOnly = !options.demo && options.command.map(CommandTable.onlyReads) == true
        let outcome = try run(readOnly: readOnly, key: key, keyFile: keyFile, remote: remote, entered: nil)
        if outcome != .done && outcome != .quit { throw ExitCode(outcome.rawValue) }
    }

    /// Runs on a file opened read-only when the one command only reads; should it try to write
    /// after all (it changed nothing then), it runs again on the file opened for writing — the
    /// caller already let in (`entered`) is not asked for the password again.
    private func run(readOnly: Bool, key: PublicKey?, keyFile: AuthorizedKeysFile?, remote: Bool, entered: Caller?) throws -> Outcome {
        let desk = try options.openDeskOrSay(readOnly: readOnly)
        let interactive = isatty(STDIN_FILENO) == 1 && options.command == nil
        let io: any ConsoleIO = interactive ? TerminalIO(historyPath: Paths.history(options.environment)) : PipeIO()
        let journal = desk.journal
        let session = Session(desk: desk, io: io, language: options.language, json: options.json, assumeYes: options.yes)
        session.keyFile = keyFile ?? AuthorizedKeysFile.fromEnvironment(options.environment, database: options.databasePath)
        session.remote = remote
        session.loginSource = LoginSource.of(environment: options.environment, remote: remote)
        if key == nil { session.environmentPassword = options.environment["HELPDESK_PASSWORD"] }
        if interactive { session.say(.welcome(version: Version.current)) }
        if try options.demo || (interactive && journal.isEmpty() && offerDemo(session)) {
            try loadDemo(desk, session)
        }
        if let entered {
            session.setCaller(try journal.enter(entered))
        } else if let key {
            let caller: Caller
            do {
                caller = try journal.authenticate(key: key)
            } catch let needs as LoginNeedsWrite {
                // The day's first login is noted: on the file opened for writing.
                return try run(readOnly: false, key: key, keyFile: keyFile, remote: remote, entered: needs.caller)
            } catch  where journal.database.isReadOnly && Session.isWriteOnReadOnly(error) {
                return try run(readOnly: false, key: key, keyFile: keyFile, remote: remote, entered: nil)
            } catch {
                session.refuse(.sshKeyRefused, field: nil)
                throw ExitCode(1)
            }
            session.setCaller(caller)
        } else if let user = options.user {
            guard session.logInQuietly(user) == .done else {
                if session.neededWrite && desk.journal.database.isReadOnly {
                    return try run(readOnly: false, key: key, keyFile: keyFile, remote: remote, entered: session.enteredReadOnly)
                }
                throw ExitCode(1)
            }
        }
        let outcome: Outcome
        if let command = options.command {
            outcome = session.execute(command)
        } else {
            outcome = REPL(session: session).run()
        }
        if session.neededWrite && desk.journal.database.isReadOnly {
            return try run(readOnly: false, key: key, keyFile: keyFile, remote: remote, entered: session.caller)
        }
        return outcome
    }

    private func offerDemo(_ session: Session) throws -> Bool {
        (try? Dialog(session: session).yesOrNo(session.texts(.emptyDatabaseOffer))) ?? false
    }

    private func loadDemo(_ desk: SupportDesk, _ session: Session) throws {
        if try desk.journal.hasOrganization(code: DemoSchool.code) {
            if !session.json { session.say(.demoAlreadyThere(path: AppDatabase.displayName(options.databasePath))) }
            return
        }
        if session.io.isInteractive { session.say(.demoLoading) }
        let organization = try session.withProgress(.demo) { progress in try desk.journal.loadDemo(progress: progress) }
        try desk.loadDemo()
        guard !session.json else { return }
        session.say(.demoLoaded(organization: organization.name))
        session.say(.demoLogins(password: DemoSchool.password))
        for (login, role) in DemoSchool.logins {
            session.io.writeLine("  \(TextWidth.pad(login, to: 14)) \(session.texts.role(role))")
        }
        for school in SeedSchools.loginsBySchool {
            session.io.writeLine(session.renderer.paragraph("\(school.name) (\(school.code)):"))
            for (login, roles) in school.logins {
                session.io.writeLine("  \(TextWidth.pad(login, to: 14)) \(session.texts.roles(roles))")
            }
        }
    }

    /// Runs the command line with the exit statuses of the README: 0 done, 1 refused, 2 usage.
    public static func runMain() -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = CommandLineHelp.language(arguments)
        if CommandLineHelp.asksForHelp(arguments.filter { $0 != "--lang" && $0 != language.rawValue }) {
            FileHandle.standardOutput.write(Data(CommandLineHelp.text(language).utf8))
            Foundation.exit(0)
        }
        if let subcommand = SubcommandHelp.asked(arguments) {
            FileHandle.standardOutput.write(Data(SubcommandHelp.text(subcommand, language).utf8))
            Foundation.exit(0)
        }
        if let (flag, subcommand) = CommandLineHelp.misplaced(arguments) {
            FileHandle.standardError.write(Data((CommandLineHelp.misplacedText(flag, subcommand, language) + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(
                    Data((CommandLineHelp.error(message(for: error), language, arguments: arguments) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

enum Version {
    static let current = "0.1.0"
}
