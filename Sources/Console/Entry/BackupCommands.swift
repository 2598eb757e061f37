import ArgumentParser
import Foundation
import HelpDesk
import JournalCore

#if canImport(Glibc)
    import Glibc
#endif

/// `helpdesk backup DEST [DEST…]`: the service account that owns the file (a systemd timer)
/// copies the database to each destination, checked, with a manifest (J-ARCH-1). `--verify FILE`
/// checks a copy instead.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup")

    @OptionGroup var options: FileOptions

    @Option var verify: String?

    @Argument var destinations: [String] = []

    func run() throws {
        let texts = Texts(options.language)
        guard AppDatabase.isPostgreSQL(options.databasePath) || FileManager.default.fileExists(atPath: options.databasePath) else {
            FileHandle.standardError.write(Data((texts(.storageProblem(.missing(options.databasePath))) + "\n").utf8))
            throw ExitCode(1)
        }
        let session = Session(desk: try options.openDeskOrSay(), io: PipeIO(), language: options.language, json: options.json)
        do {
            if let verify {
                session.show(try Commands.verifyReport(try Backup.verify(URL(fileURLWithPath: verify)), texts))
                return
            }
            let started = session.desk.journal.clock.now
            do {
                session.show(
                    try Commands.backupReport(
                        try session.journal.backupAsFileOwner(to: destinations, operatingSystemUser: RecoverCommand.userName())))
                try? session.desk.recordRun(.backup, startedAt: started, succeeded: true, summary: destinations.joined(separator: ", "))
            } catch {
                // `helpdesk status` shows the failed night as well as the good ones.
                try? session.desk.recordRun(.backup, startedAt: started, succeeded: false, summary: "\(error)")
                throw error
            }
        } catch let failure as ReportedFailure {
            session.show(failure.output)
            throw ExitCode(1)
        } catch {
            throw ExitCode(session.report(error).rawValue)
        }
    }
}

/// `helpdesk restore FILE --to NEWFILE`: restores a checked copy into a new database file; it
/// never writes over an existing file, the live database included. `--to postgresql://…`: the
/// copy's schools go into a region's database, where none of them may be yet (issue 25).
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore")

    /// `--lang`, `--json` and `--schedules` (a parent's option of the same name alone would take them).
    @OptionGroup var options: FileOptions
    @Argument var file: String
    @Option var to: String

    func run() throws {
        let texts = Texts(options.language)
        let json = options.json
        do {
            let target = AppDatabase.isPostgreSQL(to) ? AppDatabase.displayName(to) : URL(fileURLWithPath: to).path
            if AppDatabase.isPostgreSQL(to) {
                try restoreIntoRegion()
            } else {
                _ = try Backup.restore(URL(fileURLWithPath: file), to: URL(fileURLWithPath: to))
            }
            let text = texts(.restored(path: target, from: file))
            print(
                json ? JSONRenderer(texts: texts).render(.message(.restored(path: target, from: file))) : text,
                terminator: json ? "" : "\n")
        } catch {
            let text = (error as? BackupProblem).map { texts(.backupProblem($0)) } ?? MigrateCommand.words(error, texts)
            FileHandle.standardError.write(Data((json ? JSONRenderer(texts: texts).error(text, field: .file) : text + "\n").utf8))
            throw ExitCode(1)
        }
    }

    /// Checks the copy, then moves every school of it into the region's database, whole.
    private func restoreIntoRegion() throws {
        let region = try SupportDesk(journal: Journal(database: AppDatabase.open(postgresql: to)), schedulesFolder: options.schedulesFolder)
        _ = try SupportDesk.restore(URL(fileURLWithPath: file), into: region)
    }
}
