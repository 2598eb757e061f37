import ArgumentParser
import Foundation
import HelpDesk
import JournalCore

extension Language: ExpressibleByArgument {}

/// Flags every run shares.
public struct GlobalOptions: ParsableArguments {
    @Option(help: "The database file (default: $HELPDESK_DB, else $XDG_DATA_HOME/helpdesk/helpdesk.sqlite).")
    var db: String?

    @Option(help: "Log in as this user (the password from HELPDESK_PASSWORD when stdin is not a terminal).")
    var user: String?

    @Option(name: [.customShort("c"), .customLong("command")], help: "Run one command line and exit.")
    var command: String?

    @Flag(help: "Print each result as one JSON document.")
    var json = false

    @Option(help: "Language of the console: ru or en (default: from LANG, else ru).")
    var lang: Language?

    @Flag(help: "Load the demo school (if it is not there yet) and start.")
    var demo = false

    @Flag(name: [.customShort("y"), .long], help: "Do not ask for confirmation before writing.")
    var yes = false

    @Option(help: "The folder of the support timetables (default: $HELPDESK_SCHEDULES, else ./schedules).")
    var schedules: String?

    var schedulesFolder: URL {
        URL(fileURLWithPath: schedules ?? environment["HELPDESK_SCHEDULES"] ?? "schedules")
    }

    public init() {}

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var language: Language { lang ?? Language.fromEnvironment(environment) }

    var databasePath: String { db ?? Paths.database(environment) }

    /// The journal in the database file, with the help desk beside it.
    func openDesk() throws -> SupportDesk {
        try SupportDesk(journal: Journal(database: try AppDatabase.open(path: databasePath)), schedulesFolder: schedulesFolder)
    }
}
