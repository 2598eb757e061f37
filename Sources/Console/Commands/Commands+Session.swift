import HelpDesk
import JournalCore

/// Commands of the session itself: login, logout, whoami, password, help, quit.
enum Commands {
    static let session: [CommandSpec] = [
        CommandSpec(
            .login, .session, nouns: ["login", "вход", "войти"],
            fields: [Arg.login], needsLogin: false,
            example: "login admin", result: .oneOf([upcomingShape, .none])
        ) { session, arguments in
            try session.logIn(try arguments.value(Arg.login))
        },
        CommandSpec(.logout, .session, nouns: ["logout", "выйти"], result: .none) { session, _ in
            session.setCaller(nil)
            return .message(.loggedOut)
        },
        CommandSpec(
            .whoami, .session, nouns: ["whoami", "ктоя", "кто-я"],
            result: .record([
                .text(.fullName), .text(.login), .number(.identifier), .list(.roles, of: .codes(Role.self)), .text(.organization),
            ])
        ) { session, _ in
            let caller = try session.requireCaller()
            let organization = try session.journal.organization(caller)
            // The sentence names the organization; JSON gives its code, as a ticket's `organization` does.
            return .lines([
                .message(
                    .whoami(
                        name: caller.fullName, login: caller.login, identifier: caller.identifier,
                        roles: session.texts.roles(caller.roles), organization: organization.name)),
                .screen(
                    .none,
                    data: .record([
                        (.fullName, .text(caller.fullName)), (.login, .text(caller.login)), (.identifier, Cell(caller.identifier)),
                        (.roles, .choices(caller.roles, session.texts.role)), (.organization, .text(organization.code)),
                    ])),
            ])
        },
        CommandSpec(.password, .session, nouns: ["password", "passwd", "пароль"], result: .none) { session, _ in
            try session.changePassword(current: nil)
        },
        help,
        CommandSpec(.quit, .session, nouns: ["quit", "exit", "выход", "q"], needsLogin: false, result: .none) { _, _ in
            throw QuitRequest.quit
        },
    ]
}

extension Commands {
    static var help: CommandSpec {
        var command = CommandSpec(
            .help, .session, nouns: ["help", "помощь", "справка", "?"],
            fields: [Arg.command.optional],
            needsLogin: false, example: "help student new", result: .text
        ) { session, arguments in
            try .text(Help(session: session).text(for: arguments[Arg.command]))
        }
        command.takesRestOfLine = true
        return command
    }
}

extension Session {
    /// Logs in: the password is taken from HELPDESK_PASSWORD for `--user` and for a script's
    /// `login`, else asked without echo wherever a terminal is there to ask at; a temporary
    /// password is changed at once.
    func logIn(_ login: String, fromCommandLine: Bool = false) throws -> Output {
        try logIn(login, fromCommandLine: fromCommandLine, greeted: true)
    }

    /// Logs in, and when `greeted` says what the caller meets at login: who they are, their
    /// week's consultations, unread messages, backup reminders (a script's `--user` is not
    /// greeted: nothing of it would be shown, so none of it is read).
    private func logIn(_ login: String, fromCommandLine: Bool, greeted: Bool) throws -> Output {
        if let caller { return .message(.alreadyLoggedIn(login: caller.login)) }
        let password: String
        if let fromEnvironment = environmentPassword, fromCommandLine || !io.isInteractive {
            password = fromEnvironment
        } else if io.asksSecrets {
            password = try Dialog(session: self).readSecret(texts(.passwordPrompt))
        } else {
            throw JournalError.invalid(.password, .missing)
        }
        let caller = try journal.authenticate(login: login, password: password, source: loginSource)
        setCaller(caller)
        guard greeted || caller.mustChangePassword else { return .none }
        let organization = try journal.organization(caller)
        var lines: [Output] = [
            .message(
                .loggedIn(
                    name: caller.fullName, roles: texts.roles(caller.roles),
                    organization: organization.name))
        ]
        lines += upcomingBookings(caller)
        if !caller.mustChangePassword, let unread = try? journal.unreadMessages(caller), unread > 0 {
            lines.append(.message(.unreadMessages(unread)))
        }
        if !caller.mustChangePassword {
            lines += try journal.backupReminders(caller).map { .message(.backupReminder($0)) }
        }
        if caller.mustChangePassword {
            lines.append(.message(.mustChangePassword))
            if io.isInteractive {
                show(.lines(lines))
                lines = []
                _ = try changePassword(current: password)
                lines.append(.message(.passwordChanged))
            }
        }
        return .lines(lines)
    }

    /// Logs in for `--user`: silent when it works, so that a script's output is only its results.
    public func logInQuietly(_ login: String) -> Outcome {
        do {
            let output = try logIn(login, fromCommandLine: true, greeted: io.isInteractive)
            if io.isInteractive { show(output) }
            return .done
        } catch is Dialog.Cancelled {
            say(.cancelled)
            return .refused
        } catch {
            return report(error)
        }
    }

    /// Asks the new password twice and changes it; the current one is asked unless just typed.
    func changePassword(current known: String?) throws -> Output {
        let caller = try requireCaller()
        guard io.isInteractive else { throw JournalError.invalid(.newPassword, .missing) }
        let dialog = Dialog(session: self)
        let current = try known ?? dialog.readSecret(texts(.currentPasswordPrompt))
        while true {
            let new = try dialog.readSecret(texts(.newPasswordPrompt))
            // A password the rules refuse is said at once, before it is typed a second time (the
            // core checks it again, with the school's own words, when it is changed).
            do { try PasswordPolicy.check(new, login: caller.login, personal: [caller.fullName]) } catch JournalError.invalid(_, let reason)
            {
                refuse(.error(.invalid(.newPassword, reason)), field: .newPassword)
                continue
            }
            let again = try dialog.readSecret(texts(.repeatPasswordPrompt))
            guard new == again else {
                refuse(.passwordsDiffer)
                continue
            }
            do {
                setCaller(try journal.changePassword(caller, current: current, new: new))
                return known == nil ? .message(.passwordChanged) : .none
            } catch JournalError.invalid(.newPassword, let reason) {
                refuse(.error(.invalid(.newPassword, reason)), field: .newPassword)
            }
        }
    }
}

extension Session {
    /// The coming week's consultations, shown at login (H-BOOK-1): the caller's own and, for a
    /// specialist, their agenda. A school without a timetable has none. In JSON both, each a
    /// table of its own even when empty (`Commands.upcomingShape`).
    func upcomingBookings(_ caller: Caller) -> [Output] {
        let upcoming = try? desk.upcoming(caller)
        let mine = upcoming?.mine ?? []
        let agenda = upcoming?.agenda ?? []
        var lines: [Output] = []
        if !mine.isEmpty { lines += [.message(.desk(.upcoming)), Commands.bookingTable(mine, self)] }
        if !agenda.isEmpty { lines += [.message(.desk(.agendaToday)), Commands.agendaTable(agenda, self, dated: true)] }
        let data = Output.sections([
            (.booking, Commands.bookingTable(mine, self)), (.agenda, Commands.agendaTable(agenda, self, dated: true)),
        ])
        return [.screen(.lines(lines), data: data)]
    }
}

extension Commands {
    /// What a login shows in JSON (`Session.upcomingBookings`): the caller's consultations of the
    /// coming week and, for a specialist, those booked with them.
    static let upcomingShape = ResultShape.sections([
        SectionShape(.booking, .table(bookingFields)), SectionShape(.agenda, .table(datedAgendaFields)),
    ])
}
