import JournalCore

extension Commands {
    static let keyNouns = ["account key", "учётка ключ", "учетка ключ", "key", "ключ"]

    /// SSH keys of accounts: whoever holds one reaches the console over SSH as that account.
    static let keys: [CommandSpec] = [
        CommandSpec(
            .keyAdd, .accounts, nouns: keyNouns, verbs: ["add", "добавить"], fields: [Arg.account, Arg.publicKey], writes: true,
            example:
                "account key add teacher \"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0wmN/Cr3JXqmLW7u+g9pTh+wyqDHpSQEIQczXkVx9q ivanova@laptop\"",
            result: .record(keyFields)
        ) { session, arguments in
            let row = try session.journal.addKey(
                session.requireCaller(), account: try arguments.value(Arg.account), key: try arguments.value(Arg.publicKey))
            return .lines([
                .message(.keyAdded(login: row.login, fingerprint: row.key.fingerprint)), keyRecord(row), session.rewriteKeyFile(),
            ])
        },
        CommandSpec(
            .keyList, .accounts, nouns: keyNouns, verbs: Words.list, fields: [Arg.account.optional],
            result: .table([.text(.login), .text(.fullName), .text(.fingerprint), .text(.publicKey), .moment(.date)])
        ) { session, arguments in
            let rows = try session.journal.keys(session.requireCaller(), account: arguments[Arg.account])
            return .table(
                columns: [.login, .fullName, .fingerprint, .publicKey, .date],
                rows: rows.map { row in
                    [
                        .text(row.login), .text(row.fullName), .text(row.key.fingerprint),
                        .text(row.key.algorithm + (row.key.comment.isEmpty ? "" : " " + row.key.comment)),
                        .moment(row.key.addedAt, session.zone),
                    ]
                })
        },
        CommandSpec(
            .keyRemove, .accounts, nouns: keyNouns, verbs: ["remove", "удалить"], fields: [Arg.fingerprint], writes: true,
            example: "account key remove SHA256:pB3tq", result: .record(keyFields)
        ) { session, arguments in
            let row = try session.journal.removeKey(session.requireCaller(), fingerprint: try arguments.value(Arg.fingerprint))
            return .lines([
                .message(.keyRemoved(login: row.login, fingerprint: row.key.fingerprint)), keyRecord(row), session.rewriteKeyFile(),
            ])
        },
    ]

    /// The key added or removed: whose, and its fingerprint (the one `account key remove` takes).
    static let keyFields: [FieldShape] = [.text(.login), .text(.fingerprint)]

    /// The sentence says it; JSON has it as data.
    private static func keyRecord(_ row: AccountKeyRow) -> Output {
        .screen(.none, data: .record([(.login, .text(row.login)), (.fingerprint, .text(row.key.fingerprint))]))
    }
}

extension Session {
    /// Rewrites the server's `authorized_keys` from the database after a key changed, and says so.
    func rewriteKeyFile() -> Output {
        guard let keyFile else { return .message(.keysNotWritten) }
        do {
            try keyFile.write(try journal.keyFileRows())
            return .message(.keysWritten(path: keyFile.path))
        } catch {
            return .message(.keyFileFailed(path: keyFile.path))
        }
    }
}
