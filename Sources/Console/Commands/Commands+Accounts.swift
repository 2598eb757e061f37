import JournalCore

extension Commands {

    /// Accounts and credentials (J-ACL-4).
    static let accounts: [CommandSpec] = [
        CommandSpec(
            .accountList, .accounts, nouns: ["account", "учётка", "учетка"], verbs: Words.list,
            fields: [
                Arg.staffRole.optional,
                Arg.schoolClass.optional,
            ],
            result: .table(accountFields)
        ) { session, arguments in
            let rows = try session.journal.accounts(
                session.requireCaller(), role: arguments[Arg.staffRole], classId: arguments[Arg.schoolClass]?.id)
            return .table(
                columns: [.login, .identifier, .fullName, .roles, .state],
                rows: rows.map {
                    [
                        .text($0.account.login), Cell($0.account.identifier), .text($0.fullName),
                        .choices($0.roles, session.texts.role), .choice($0.account.state, session.texts.state),
                    ]
                })
        },
        CommandSpec(
            .accountShow, .accounts, nouns: ["account", "учётка", "учетка"], verbs: Words.show, fields: [Arg.account],
            result: .record(accountFields)
        ) { session, arguments in
            let row = try session.journal.account(session.requireCaller(), try arguments.value(Arg.account))
            return .record([
                (.login, .text(row.account.login)), (.identifier, Cell(row.account.identifier)), (.fullName, .text(row.fullName)),
                (.roles, .choices(row.roles, session.texts.role)), (.state, .choice(row.account.state, session.texts.state)),
            ])
        },
        CommandSpec(
            .accountIssue, .accounts, nouns: ["account", "учётка", "учетка"], verbs: ["issue", "выдать"],
            fields: [Arg.account.optional, Arg.className.optional, Arg.anyRole.optional, Arg.slipSheet.optional, Arg.again.optional],
            writes: true,
            example: "account issue --class 5А --sheet slips-5a.html", result: .none
        ) { session, arguments in
            let caller = try session.requireCaller()
            if arguments[Arg.className] != nil || arguments[Arg.anyRole] != nil {
                return try issueForMany(session, caller, arguments)
            }
            guard let account = arguments[Arg.account] else { throw InputError(.account, .missing) }
            let issued = try session.journal.issueCredentials(caller, account: account)
            return .lines([
                .message(
                    .credentialsIssued(
                        login: issued.login, identifier: issued.identifier, name: issued.fullName,
                        password: issued.temporaryPassword)), .message(.credentialsSlipHint),
            ])
        },
        CommandSpec(
            .accountLock, .accounts, nouns: ["account", "учётка", "учетка"], verbs: ["lock", "заблокировать"],
            fields: [Arg.account], writes: true, result: .record(lockFields)
        ) { session, arguments in
            let account = try session.journal.setLocked(session.requireCaller(), account: try arguments.value(Arg.account), locked: true)
            return .lines([.message(.accountLocked(login: account.login)), lockRecord(account, session)])
        },
        CommandSpec(
            .accountUnlock, .accounts, nouns: ["account", "учётка", "учетка"], verbs: ["unlock", "разблокировать"],
            fields: [Arg.account], writes: true, result: .record(lockFields)
        ) { session, arguments in
            let account = try session.journal.setLocked(session.requireCaller(), account: try arguments.value(Arg.account), locked: false)
            return .lines([.message(.accountUnlocked(login: account.login)), lockRecord(account, session)])
        },
        CommandSpec(
            .accountRename, .accounts, nouns: ["account", "учётка", "учетка"], verbs: ["rename", "переименовать"],
            fields: [Arg.account, Arg.newLogin], writes: true, result: .none
        ) { session, arguments in
            _ = try session.journal.renameLogin(
                session.requireCaller(), account: try arguments.value(Arg.account), to: try arguments.value(Arg.newLogin))
            return .message(.saved)
        },
    ]

    /// An account locked or unlocked: its login and its state after, as `account show` words it.
    static let lockFields: [FieldShape] = [.text(.login), .code(.state, AccountState.self)]

    private static func lockRecord(_ account: Account, _ session: Session) -> Output {
        .screen(.none, data: .record([(.login, .text(account.login)), (.state, .choice(account.state, session.texts.state))]))
    }

    /// An account as `account list` and `account show` give it.
    static let accountFields: [FieldShape] = [
        .text(.login), .number(.identifier), .text(.fullName), .list(.roles, of: .codes(Role.self)), .code(.state, AccountState.self),
    ]
}
