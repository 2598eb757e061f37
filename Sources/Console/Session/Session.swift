import Foundation
import HelpDesk
import JournalCore

/// How a command line ended, and so the exit status of a one-shot run.
public enum Outcome: Int32, Sendable {
    case done = 0
    /// Bad input, a rule, or no right: nothing was written.
    case refused = 1
    /// The line itself was not a command the console knows how to run.
    case usage = 2
    case quit = 3
}

/// One person's conversation with the console: who is logged in, in what language, and the
/// command table every line goes through. Rules are the core's; the session only asks and shows.
public final class Session {
    public let journal: Journal
    /// The help desk beside the journal: timetables, bookings, trainings, the rollout plan.
    public let desk: SupportDesk
    public let io: any ConsoleIO
    public private(set) var caller: Caller?
    public let language: Language
    /// Print each result as one JSON document, with machine values.
    public var json: Bool
    public var assumeYes: Bool
    /// The password for `login` when no person is typing (`HELPDESK_PASSWORD`).
    public var environmentPassword: String?
    /// The server's `authorized_keys`, rewritten when a key is added or removed; nil off the server.
    var keyFile: AuthorizedKeysFile?
    /// Served over SSH: a file is named only as `-`, the standard input or output the person
    /// holds; the server's own files are the service's (`UserFiles`).
    var remote = false
    /// Where a password login comes from, for counting failures (`LoginSource`).
    var loginSource = LoginSource.unknown
    let commands: [CommandSpec]

    public init(desk: SupportDesk, io: any ConsoleIO, language: Language, json: Bool = false, assumeYes: Bool = false) {
        self.desk = desk
        self.journal = desk.journal
        self.io = io
        self.language = language
        self.json = json
        self.assumeYes = assumeYes
        self.commands = CommandTable.all
        if io.isInteractive { io.setCommandCompleter { [weak self] line in self?.completions(after: line) ?? [] } }
    }

    /// The words of the session's language.
    var texts: Texts { Texts(language) }

    func requireCaller() throws -> Caller {
        guard let caller else { throw JournalError.notLoggedIn }
        return caller
    }

    func setCaller(_ caller: Caller?) { self.caller = caller }

    /// In JSON mode, what the command line being run has shown: printed as one document when it ends.
    private var document: [JSONPart]?
    /// The command the line being run runs: its document is in that command's declared shape.
    private(set) var running: CommandSpec?

    /// Shows a message, or a JSON document of it.
    func say(_ message: Message) {
        show(.message(message))
    }

    /// Shows a refusal, naming the field where there is one.
    func refuse(_ message: Message, field: Label? = nil) {
        guard !rehearsing else { return }
        guard json else {
            let text = renderer.paragraph(texts(message))
            return io.write((io.colours ? Style.refusal.paint(text) : text) + "\n")
        }
        emit(.error(texts(message), field))
    }

    /// What a refused command reports: its last sentence is the refusal (`error` in JSON, as for
    /// every refusal), what came before it is shown as it is.
    func showRefusal(_ output: Output) {
        switch output {
        case .message(let message): refuse(message)
        case .lines(let parts):
            guard case .message(let last)? = parts.last else { return show(output) }
            if parts.count > 1 { show(.lines(Array(parts.dropLast()))) }
            refuse(last)
        default: show(output)
        }
    }

    func show(_ output: Output) {
        guard !rehearsing else { return }
        guard json else { return io.present(renderer.render(output), pagerHint: renderer.paragraph(texts(.pagerHint))) }
        emit(.output(output))
    }

    /// The zone times are shown in: the caller's organization's, before a login the school's
    /// (the first organization of the file), Moscow time for an empty file.
    var zone: TimeZone {
        if let caller, let organization = try? journal.organization(caller) { return organization.zone }
        return (try? journal.database.read { store in try Directory.organizations(store).first?.zone }) ?? nil ?? .moscow
    }

    /// Runs long work with a progress bar on the terminal (none in JSON mode or for a script).
    /// Ctrl-C during the work stops it: the core rolls back what it had not committed, and the
    /// refusal says so (`WorkInterrupted`).
    func withProgress<T>(_ work: LongWork, _ body: (@escaping WorkProgress) throws -> T) throws -> T {
        let bar = ProgressBar(texts(.progress(work)), enabled: !json, columns: io.columns)
        defer { bar.finish() }
        return try Interrupt.catching { try body(bar.handler) }
    }

    /// A command tried to write on a file opened read-only (and changed nothing).
    private(set) var neededWrite = false
    /// Let in on a file opened read-only that must note the day's first visit: entered on the
    /// file opened for writing without the password asked or checked again.
    private(set) var enteredReadOnly: Caller?

    static func isWriteOnReadOnly(_ error: any Error) -> Bool {
        if let failure = StoreFailure(error) { return failure == .readOnly }
        return error is LoginNeedsWrite || (error as? StorageProblem) == .needsWrite
    }

    /// Draws for this terminal: its width and whether it takes colour.
    var renderer: Renderer { Renderer(texts: texts, width: io.columns, colour: io.colours) }
    /// Draws a screen a command composes itself and hands back in `.shown`: plain, since what is
    /// shown is made safe once more, and an escape sequence in it would be printed as text.
    var screenRenderer: Renderer { Renderer(texts: texts, width: io.columns) }

    private func emit(_ part: JSONPart) {
        if document != nil {
            document?.append(part)
        } else {
            io.write(JSONRenderer(texts: texts).document([part], ok: !part.isError, command: running))
        }
    }

    /// Runs one command line; in JSON mode it prints exactly one document, `"ok": false` when refused.
    @discardableResult
    public func execute(_ line: String) -> Outcome {
        guard json else { return executeLine(line) }
        document = []
        running = nil
        let outcome = executeLine(line)
        let parts = document ?? []
        document = nil
        if !neededWrite && (!parts.isEmpty || outcome != .done) {
            io.write(JSONRenderer(texts: texts).document(parts, ok: outcome == .done || outcome == .quit, command: running))
        }
        return outcome
    }

    /// A sentence understood before login, carried out right after it.
    private var pendingSentence: String?

    private func executeLine(_ line: String) -> Outcome {
        let loggedOut = caller == nil
        let outcome = executeOneLine(line)
        if loggedOut, caller != nil, let pending = pendingSentence {
            pendingSentence = nil
            say(.desk(.carryingOut(pending)))
            return executeOneLine(pending)
        }
        return outcome
    }

    /// The longest line a command takes: a message's text (4,000) with its command and flags.
    static let longestLine = 8_000

    /// The commands offered to the caller — in help, suggestions and the closest commands: a pupil
    /// or a parent the ones they can use, the staff all.
    var offered: [CommandSpec] {
        let family = caller.map { !$0.roles.contains(where: \.isStaff) } ?? false
        return commands.filter { !family || CommandID.forFamilies.contains($0.id) }
    }

    private func executeOneLine(_ line: String) -> Outcome {
        // A line longer than any command is refused before it is read (issue 24: it cost minutes).
        guard line.utf8.count <= Self.longestLine * 4, line.count <= Self.longestLine else {
            refuse(.lineTooLong(max: Self.longestLine))
            return .usage
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return .done }
        let words: [String]
        do { words = try Tokenizer.split(trimmed) } catch {
            refuse(.unclosedQuote)
            return .usage
        }
        guard let (command, length) = CommandTable.find(words, in: commands) else {
            if words.count == 1, Dialog.cancelWords.contains(trimmed.lowercased()) {
                say(.nothingToCancel)
                return .done
            }
            if let named = CommandTable.mistypedNoun(words, in: offered) {
                refuse(.unknownCommand(trimmed))
                say(.didYouMean(named.name))
                return .usage
            }
            if let outcome = runIntent(of: trimmed) { return outcome }
            // Not a command, but a question the knowledge base has an answer to.
            if offerArticles(for: trimmed) != nil { return .done }
            let suggestions = CommandTable.suggestions(for: words, in: offered)
            guard suggestions.isEmpty else {
                refuse(.unknownCommand(trimmed))
                say(.didYouMean(suggestions.joined(separator: ", ")))
                return .usage
            }
            // Words, not a mistyped command: the closest commands, each with an example.
            refuse(.desk(.notUnderstood))
            show(Commands.closest(to: trimmed, session: self))
            return .usage
        }
        return run(command, Array(words.dropFirst(length)), line: trimmed)
    }

    /// Runs the command free text asks for («запишите меня на консультацию по КТП», «забыл
    /// пароль»); when two are as likely, offers the likeliest commands; nil when nothing matches.
    private func runIntent(of line: String) -> Outcome? {
        let ranked = matcher.rank(line)
        guard !ranked.isEmpty else { return nil }
        guard let understanding = IntentMatcher.standingOut(ranked) else {
            var names: [String] = []
            for candidate in ranked.prefix(3) {
                if let name = Commands.command(for: candidate, session: self)?.0.name, !names.contains(name) { names.append(name) }
            }
            say(.desk(.maybeYouMeant(names.joined(separator: ", "))))
            return .usage
        }
        for correction in understanding.corrections { say(.desk(.readAs(typed: correction.typed, read: correction.read))) }
        if caller == nil {
            switch understanding.intent {
            case .lostCredentials:
                say(.ticket(understanding.role.map { .lostCredentialsFor($0, className: understanding.className) } ?? .lostCredentialsHelp))
                return .done
            case .breach:
                say(.ticket(.breachHelp))
                return .done
            default: break
            }
        }
        // A question the knowledge base answers needs no ticket.
        if understanding.intent == .problem, offerArticles(for: line) == true { return .done }
        guard let (command, words) = Commands.command(for: understanding, session: self) else { return nil }
        // Before login the sentence is kept and carried out right after it.
        if caller == nil && command.needsLogin && io.isInteractive && !understanding.guessed {
            pendingSentence = line
            say(.desk(.keptUntilLogin))
            return .refused
        }
        if [.cancelBooking, .moveBooking].contains(understanding.intent), !words.contains("--booking"), let caller {
            // Which consultation: the caller's upcoming ones are shown, the dialog asks.
            let rows = (try? desk.myBookings(caller)) ?? []
            guard !rows.isEmpty else {
                say(.desk(.noBookings))
                return .done
            }
            // «не смогу прийти завтра» and nothing booked that day: nothing else is offered to cancel.
            if understanding.intent == .cancelBooking, let day = understanding.when.date,
                !rows.contains(where: { LocalDate($0.booking.start, in: $0.timeZone) == day })
            {
                say(.desk(.noBookingsOn(texts.date(day))))
                return .done
            }
            show(Commands.bookingTable(rows, self))
        }
        // What locks an account or cancels a booking is never done on a guess at a misspelt word,
        // nor without a person to confirm it: the command is shown to be typed.
        if understanding.intent.isDestructive && (understanding.guessed || !io.isInteractive || caller == nil) {
            let line = Commands.typedLine(command, words, texts)
            say(.desk(understanding.guessed ? .guessNotActedOn(command: line) : .typeTheCommand(command: line)))
            return .usage
        }
        say(.desk(.understood(texts(.summary(command.id)))))
        // Said back in full before the one confirmation, which even --yes does not skip.
        if understanding.intent.isDestructive {
            say(.desk(.restated(understanding.intent)))
            // The one consultation meant is shown whole: its day, time, specialist and topic.
            if let index = words.firstIndex(of: "--booking"), words.indices.contains(index + 1), let caller,
                let row = (try? desk.myBookings(caller))?.first(where: { $0.booking.id.map(String.init) == words[index + 1] })
            {
                show(Commands.bookingTable([row], self))
            }
            assumeYesFromWords = false
        }
        defer { assumeYesFromWords = nil }
        return run(command, words, line: nil)
    }

    /// The flags that ask for a command's help instead of running it.
    static let helpFlags: Set<String> = ["--help", "-h", "--помощь", "--справка"]

    /// While a destructive intent read from words runs: false, so that it is confirmed whatever `--yes` says.
    private var assumeYesFromWords: Bool?

    /// Commands whose lines are never kept: no password typed at the wrong prompt, no identity
    /// details of a reset.
    private static let unremembered: Set<CommandID> = [.login, .password, .credentialReset]

    private func commandID(of line: String) -> CommandID? {
        guard let words = try? Tokenizer.split(line) else { return nil }
        return CommandTable.find(words, in: commands)?.0.id
    }

    /// Whether a line may be kept in the history file: known commands only, never those above.
    public func mayRemember(_ line: String) -> Bool {
        commandID(of: line).map { !Self.unremembered.contains($0) } ?? false
    }

    /// Whether a line is one of the commands never kept, not even for this session.
    func isSecretCommand(_ line: String) -> Bool {
        commandID(of: line).map(Self.unremembered.contains) ?? false
    }

    /// Whether a line whose first word is `command`'s noun may still be a sentence: no option in
    /// it, and the command named by its noun alone (a verb after the noun makes it a command).
    static func mayBeSentence(_ words: [String], matched command: CommandSpec) -> Bool {
        command.verbs.isEmpty && !words.contains { $0.hasPrefix("-") }
    }

    /// `line` is what was typed, for a sentence that begins with a command word («кто поможет…»).
    private func run(_ command: CommandSpec, _ words: [String], line: String?) -> Outcome {
        var arguments: Arguments
        var pending: [(FieldSpec, String)]
        // «mark add --help» inside the console, as at the shell: the command's own help.
        if !command.takesRestOfLine, words.contains(where: Self.helpFlags.contains) {
            do { show(.text(try Help(session: self).text(for: command.name))) } catch { return report(error) }
            return .done
        }
        running = command
        do {
            (arguments, pending) = try FlagReader(command: command, texts: texts).parse(words)
        } catch let error as ArgumentError {
            // A sentence that starts with a command's noun («запись к методисту больше не нужна»)
            // is read as words; a line with a verb or an option is a command, and gets its usage.
            if let line, Self.mayBeSentence(words, matched: command), let outcome = runIntent(of: line) { return outcome }
            refuse(error.message)
            // Wrapped to the screen like any paragraph: the terminal would cut it inside an option.
            if !json { io.write(renderer.paragraph(texts(.helpUsage(command.usage))) + "\n") }
            return .usage
        } catch {
            return report(error)
        }
        if command.needsLogin {
            guard let caller else {
                refuse(.notLoggedIn)
                return .refused
            }
            // A reset or a breach report ends the sessions of the account (H-CRED-1, H-CRED-3).
            do { try journal.checkSession(caller) } catch {
                setCaller(nil)
                return report(error)
            }
            if caller.mustChangePassword && ![.logout, .whoami, .password, .help, .quit].contains(command.id) {
                refuse(.error(.passwordChangeRequired))
                return .refused
            }
        }
        do {
            let dialog = Dialog(session: self)
            try dialog.fill(command, &arguments, typed: pending)
            let skipConfirmation = assumeYesFromWords ?? (assumeYes || arguments.isSet(Arg.yes))
            if command.writes(with: arguments) && !command.confirmsItself && io.isInteractive && !skipConfirmation {
                // Checked first, asked only when it would succeed.
                if command.rehearsable { try rehearseAskingAgain(command, &arguments, dialog) }
                // A breach report typed as a command says what it does too (the chat's says it before).
                if command.id == .breachReport, assumeYesFromWords == nil, let login = arguments[Arg.login] {
                    say(.desk(.breachRestated(login: login)))
                }
                guard try dialog.confirm(command, arguments) else {
                    say(.cancelled)
                    return .refused
                }
            }
            show(try runAskingAgain(command, &arguments, dialog))
            return .done
        } catch let cancelled as Dialog.Cancelled {
            say(.cancelled)
            return cancelled.outcome
        } catch let missing as Dialog.Missing {
            refuse(.missingField(label: texts.label(missing.field.label), flag: missing.field.flag), field: missing.field.label)
            return .usage
        } catch QuitRequest.quit {
            return .quit
        } catch let failure as ReportedFailure {
            showRefusal(failure.output)
            return .refused
        } catch {
            return report(error)
        }
    }

    /// Runs the command; when the core refuses the value of one of its fields and a person is
    /// typing, that field is asked again and the command retried (the refused write changed nothing).
    private func runAskingAgain(_ command: CommandSpec, _ arguments: inout Arguments, _ dialog: Dialog) throws -> Output {
        while true {
            do {
                return try command.run(self, arguments)
            } catch let error where io.isInteractive {
                guard let (label, reason) = Self.refusedField(error),
                    let spec = command.fields.first(where: { $0.label == label && !$0.kind.isFlag })
                else { throw error }
                refuse(.invalidValue(label, reason), field: label)
                arguments[spec] = try dialog.ask(spec, given: arguments)
            }
        }
    }

    /// Rehearses the command's write (rolled back); a refused field is asked again and the
    /// rehearsal repeated, as the real run would; any other refusal is thrown before asking.
    private func rehearseAskingAgain(_ command: CommandSpec, _ arguments: inout Arguments, _ dialog: Dialog) throws {
        while true {
            do {
                try rehearse(command, arguments)
                return
            } catch let error {
                guard let (label, reason) = Self.refusedField(error),
                    let spec = command.fields.first(where: { $0.label == label && !$0.kind.isFlag })
                else { throw error }
                refuse(.invalidValue(label, reason), field: label)
                arguments[spec] = try dialog.ask(spec, given: arguments)
            }
        }
    }

    /// Runs the command with its writes rehearsed, showing nothing and asking nothing: the
    /// core's refusal is thrown; anything else is left to the real run.
    private func rehearse(_ command: CommandSpec, _ arguments: Arguments) throws {
        rehearsing = true
        defer { rehearsing = false }
        do {
            try Rehearsal.check { _ = try command.run(self, arguments) }
        } catch let error where error is JournalError || error is DeskError || error is InputError {
            throw error
        } catch {}
    }

    /// While a write is rehearsed: nothing is shown and nothing asked.
    private(set) var rehearsing = false

    /// The field a refusal names, in the console's words, and why.
    private static func refusedField(_ error: any Error) -> (Label, Reason)? {
        switch error {
        case JournalError.invalid(let field, let reason): (Label(field), reason)
        case DeskError.invalid(let field, let reason): (Label(field), reason)
        case let error as InputError: (error.label, error.reason)
        default: nil
        }
    }

    /// Words an error for the user; every error is a refusal that changed nothing. A write tried
    /// on a file opened read-only is not shown: the command is run again on the file opened for writing.
    func report(_ error: any Error) -> Outcome {
        if journal.database.isReadOnly && Self.isWriteOnReadOnly(error) {
            neededWrite = true
            enteredReadOnly = (error as? LoginNeedsWrite)?.caller
            return .refused
        }
        switch error {
        case let error as JournalError:
            var field: Label?
            if case .invalid(let named, _) = error { field = Label(named) }
            refuse(.error(error), field: field)
        case let error as InputError:
            refuse(.invalidValue(error.label, error.reason), field: error.label)
        case let error as DeskError:
            var field: Label?
            if case .invalid(let named, _) = error { field = Label(named) }
            refuse(.deskError(error), field: field)
            if case .bookingRefused(_, let alternatives) = error, !alternatives.isEmpty {
                show(.lines([.message(.desk(.alternatives)), Commands.openingTable(alternatives, session: self)]))
            }
        case let error as BackupProblem:
            refuse(.backupProblem(error), field: .file)
        case is WorkInterrupted:
            refuse(.workInterrupted)
        default:
            // The database's own words (a constraint, a column) are never shown; what it means is.
            if StoreFailure(error) == .fileOnly {
                refuse(.fileOnly)
            } else if StoreFailure(error) == .unreachable {
                refuse(.databaseUnreachable)
            } else if let failure = StoreFailure(error) {
                refuse(.databaseError(busy: failure == .busy))
            } else {
                refuse(.unexpected(String(describing: error)))
            }
        }
        return .refused
    }
}

/// Thrown by `quit` to end the loop.
enum QuitRequest: Error { case quit }

/// A command that ran but found something wrong (a damaged audit log): its report is shown and
/// the outcome is a refusal, so that scripts notice.
struct ReportedFailure: Error {
    let output: Output
}
