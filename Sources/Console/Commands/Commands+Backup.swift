import Foundation
import JournalCore

extension Commands {
    /// Copies of the journal on two media, checked (J-ARCH-1).
    static let backups: [CommandSpec] = [
        CommandSpec(
            .backupMake, .journal, nouns: ["backup", "копия"], verbs: ["make", "создать", "сделать"],
            fields: [Arg.backupTarget, Arg.secondCopy.optional],
            writes: true, example: "backup make /media/usb1 /mnt/nas/helpdesk", result: .table(backupFields)
        ) { session, arguments in
            let destinations = [try arguments.value(Arg.backupTarget)] + (arguments[Arg.secondCopy].map { [$0] } ?? [])
            try session.checkBackupDestinations(destinations)
            let caller = try session.requireCaller()
            // Checked first (the right, every medium), asked only about a backup that can be made.
            try session.journal.checkBackup(caller, to: destinations)
            if session.io.isInteractive && !session.assumeYes && !arguments.isSet(Arg.yes) {
                let media = zip([Label.medium, .secondCopy], destinations).map { ($0, Cell.text($1)) }
                guard try Dialog(session: session).confirm(media) else { return .message(.cancelled) }
            }
            return try backupReport(
                try session.withProgress(.backup) { progress in try session.journal.backup(caller, to: destinations, progress: progress) })
        }.confirmingItself(),
        CommandSpec(
            .backupVerify, .journal, nouns: ["backup", "копия"], verbs: ["verify", "проверить"],
            fields: [Arg.backupFile],
            example: "backup verify /media/usb1/helpdesk-20261201-070000.sqlite",
            result: .record([.text(.file), .moment(.createdAt), .text(.hash), .number(.schoolCount)])
        ) { session, arguments in
            _ = try session.requireCaller()
            return try verifyReport(try Backup.verify(URL(fileURLWithPath: try arguments.value(Arg.backupFile))), session.texts)
        },
    ]

    /// The copies written, one a medium: where, its SHA-256 and its size in bytes.
    static let backupFields: [FieldShape] = [.text(.file), .text(.hash), .number(.size)]

    /// The copies written; when the database's audit chain disagrees with its data, the copy is
    /// kept as evidence and the command fails, so that a timer's log shows it.
    static func backupReport(_ copies: [BackupCopy]) throws -> Output {
        let written = Output.table(
            columns: [.file, .hash, .size],
            rows: copies.map { [.text($0.path), .text($0.manifest.sha256), .number($0.manifest.bytes)] })
        return try failingOnAuditProblems(
            .lines(
                copies.map { .message(.backupWritten(path: $0.path, sha256: $0.manifest.sha256, bytes: $0.manifest.bytes)) }
                    + [.screen(.none, data: written)]),
            copies.first?.manifest.heads ?? [])
    }

    /// A copy that matches its manifest; one whose audit chain disagrees with its data fails.
    static func verifyReport(_ manifest: BackupManifest, _ texts: Texts) throws -> Output {
        try failingOnAuditProblems(
            .lines([
                .message(
                    .backupVerified(
                        file: manifest.file, created: texts.moment(manifest.createdAt, in: .current), sha256: manifest.sha256,
                        schools: manifest.heads.count)),
                .screen(
                    .none,
                    data: .record([
                        (.file, .text(manifest.file)), (.createdAt, .moment(manifest.createdAt, .current)), (.hash, .text(manifest.sha256)),
                        (.schoolCount, Cell(manifest.heads.count)),
                    ])),
            ]), manifest.heads)
    }

    /// `report`, or a failure with it and a warning for each school whose chain disagrees with its data.
    private static func failingOnAuditProblems(_ report: Output, _ heads: [BackupManifest.Head]) throws -> Output {
        let damaged = heads.filter { $0.auditProblems > 0 }
        if damaged.isEmpty { return report }
        let shown: [Output] = if case .lines(let lines) = report { lines } else { [report] }
        throw ReportedFailure(
            output: .lines(shown + damaged.map { .message(.backupAuditWarning(organization: $0.organization, problems: $0.auditProblems)) })
        )
    }
}
