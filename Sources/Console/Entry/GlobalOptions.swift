import ArgumentParser
import Foundation
import HelpDesk
import JournalCore

extension Language: ExpressibleByArgument {}

/// What every run names, the console and each subcommand alike: the database file, the
/// timetables' folder, the language and whether results are JSON.
public struct FileOptions: ParsableArguments {
    @Option
    var db: String?

    @Flag
    var json = false

    @Option
    var lang: Language?

    @Option
    var schedules: String?

    public init() {}

    var schedulesFolder: URL {
        (schedules ?? environment["HELPDESK_SCHEDULES"]).map { URL(fileURLWithPath: $0) } ?? SupportDesk.shippedSchedules
    }

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var language: Language { lang ?? Language.fromEnvironment(environment) }

    var databasePath: String { db ?? Paths.database(environment) }

    /// Whether the path was named (`--db`, `HELPDESK_DB`) rather than the default one.
    var databaseNamed: Bool { db != nil || !(environment["HELPDESK_DB"] ?? "").isEmpty }

    /// The journal in the database file, with the help desk beside it. A named file that does not
    /// exist is created only for `init` or `--demo` (`creating`), so that a mistyped path never
    /// opens an empty journal; the default one is created on first use. Others' access to the
    /// file or its folder is warned about on standard error.
    /// `readOnly`: for a command that only reads, the file is opened read-only when it can be
    /// (it exists and needs no migration), so that the command changes nothing in it.
    func openDesk(creating: Bool = false, readOnly: Bool = false) throws -> SupportDesk {
        // A timetables folder named but not there (a typo) is said, never taken for «no timetables».
        var isFolder: ObjCBool = false
        if schedules != nil || environment["HELPDESK_SCHEDULES"] != nil,
            !FileManager.default.fileExists(atPath: schedulesFolder.path, isDirectory: &isFolder) || !isFolder.boolValue
        {
            throw SchedulesFolderMissing(path: schedulesFolder.path)
        }
        // A region's database on PostgreSQL (issue 25): the server keeps it, there is no file.
        if AppDatabase.isPostgreSQL(databasePath) {
            return try SupportDesk(
                journal: Journal(database: AppDatabase.open(postgresql: databasePath, create: creating)), schedulesFolder: schedulesFolder)
        }
        if readOnly, let database = try AppDatabase.openReadOnly(path: databasePath),
            let desk = try? SupportDesk(journal: Journal(database: database), schedulesFolder: schedulesFolder)
        {
            warnAboutExposure()
            return desk
        }
        let database = try AppDatabase.open(path: databasePath, create: creating || !databaseNamed)
        warnAboutExposure()
        return try SupportDesk(journal: Journal(database: database), schedulesFolder: schedulesFolder)
    }

    /// `openDesk`, a file or folder that cannot be used said in words on standard error (exit 1).
    func openDeskOrSay(creating: Bool = false, readOnly: Bool = false) throws -> SupportDesk {
        do {
            return try openDesk(creating: creating, readOnly: readOnly)
        } catch {
            let texts = Texts(language)
            let text =
                (error as? StorageProblem).map { texts(.storageProblem($0)) }
                ?? (error as? SchedulesFolderMissing).map { texts(.schedulesFolderMissing(path: $0.path)) }
                ?? texts(.cannotOpenDatabase(path: AppDatabase.displayName(databasePath), detail: "\(error)"))
            FileHandle.standardError.write(Data((text + "\n").utf8))
            throw ExitCode(1)
        }
    }

    private func warnAboutExposure() {
        let texts = Texts(language)
        for warning in AppDatabase.exposure(of: databasePath) {
            FileHandle.standardError.write(Data((texts(.storageProblem(warning)) + "\n").utf8))
        }
    }
}

/// The console's own flags besides the file's: who logs in, one command line, the demo, no
/// questions. The subcommands take only `FileOptions`: `helpdesk backup --user x` is refused.
public struct GlobalOptions: ParsableArguments {
    @OptionGroup var file: FileOptions

    @Option
    var user: String?

    @Option(name: [.customShort("c"), .customLong("command")])
    var command: String?

    @Flag
    var demo = false

    @Flag(name: [.customShort("y"), .long])
    var yes = false

    public init() {}

    var db: String? { file.db }
    var json: Bool { file.json }
    var schedules: String? { file.schedules }
    var environment: [String: String] { file.environment }
    var language: Language { file.language }
    var databasePath: String { file.databasePath }

    /// The desk in the file; `--demo` may create the file it names.
    func openDesk(creating: Bool = false, readOnly: Bool = false) throws -> SupportDesk {
        try file.openDesk(creating: creating || demo, readOnly: readOnly)
    }

    func openDeskOrSay(creating: Bool = false, readOnly: Bool = false) throws -> SupportDesk {
        try file.openDeskOrSay(creating: creating || demo, readOnly: readOnly)
    }
}

/// `--schedules` (or `HELPDESK_SCHEDULES`) names a folder that is not there.
struct SchedulesFolderMissing: Error {
    let path: String
}
