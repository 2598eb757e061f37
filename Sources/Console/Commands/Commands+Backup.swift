import Foundation
import JournalCore

extension Commands {
    /// Copies of the journal on two media, checked (J-ARCH-1).
    static let backups: [CommandSpec] = [
        CommandSpec(
            .backupMake, .journal, nouns: ["backup", "копия"], verbs: ["make", "создать", "сделать"],
            fields: [FieldSpec("to", "куда", .file, .text(max: 4096)), FieldSpec("also", "ещё", .file, .text(max: 4096), required: false)],
            writes: true, example: "backup make /media/usb1 /mnt/nas/helpdesk"
        ) { session, arguments in
            let destinations = [arguments.text("to")!] + (arguments.text("also").map { [$0] } ?? [])
            let copies = try session.journal.backup(session.requireCaller(), to: destinations)
            return .lines(copies.map { .message(.backupWritten(path: $0.path, sha256: $0.manifest.sha256, bytes: $0.manifest.bytes)) })
        },
        CommandSpec(
            .backupVerify, .journal, nouns: ["backup", "копия"], verbs: ["verify", "проверить"],
            fields: [FieldSpec("file", "файл", .file, .text(max: 4096))],
            example: "backup verify /media/usb1/helpdesk-20261201-070000.sqlite"
        ) { session, arguments in
            _ = try session.requireCaller()
            let manifest = try Backup.verify(URL(fileURLWithPath: arguments.text("file")!))
            return .message(
                .backupVerified(
                    file: manifest.file, created: session.texts.moment(manifest.createdAt, in: .current),
                    sha256: manifest.sha256, schools: manifest.heads.count))
        },
    ]
}
