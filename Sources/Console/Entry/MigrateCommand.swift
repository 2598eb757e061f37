import ArgumentParser
import Foundation
import HelpDesk
import JournalCore

/// `helpdesk migrate --from SOURCE --to TARGET --org CODE…`: the owner of both stores moves
/// schools, journal and desk, between a school's file and a region's database on PostgreSQL, either
/// way (issue 25, part 4). Every row keeps its id and the audit chain goes whole: the target's
/// heads are the source's, checked before the target commits. A file it had to create is removed
/// again when the move fails.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate")

    /// `--lang`, `--json`, `--schedules`, and `--db`: the source when `--from` is not given.
    @OptionGroup var options: FileOptions
    @Option var from: String?
    @Option var to: String
    @Option var org: [String] = []

    private var source: String { from ?? options.databasePath }

    func run() throws {
        let texts = Texts(options.language)
        let json = options.json
        let newFile = !AppDatabase.isPostgreSQL(to) && !FileManager.default.fileExists(atPath: to)
        let output: Output
        do {
            let moved = try move()
            output = .lines(
                [.message(.schoolsMoved(rows: moved.rows, to: AppDatabase.displayName(to)))]
                    + moved.schools.map {
                        .message(.schoolMoved(organization: $0.organization, entries: $0.head.entries, hash: $0.head.hash))
                    })
        } catch {
            if newFile {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: to + suffix) }
            }
            let text = Self.words(error, texts)
            FileHandle.standardError.write(Data((json ? JSONRenderer(texts: texts).error(text, field: nil) : text + "\n").utf8))
            throw ExitCode(1)
        }
        print(json ? JSONRenderer(texts: texts).render(output) : Renderer(texts: texts).render(output), terminator: json ? "" : "\n")
    }

    /// The move itself: both stores open only while it lasts, so that a file made for it can go.
    private func move() throws -> SchoolMoves {
        let moving = try open(source, creating: false)
        let target = try open(to, creating: true)
        return try moving.move(org, to: target)
    }

    private func open(_ location: String, creating: Bool) throws -> SupportDesk {
        let folder = options.schedulesFolder
        let database =
            AppDatabase.isPostgreSQL(location)
            ? try AppDatabase.open(postgresql: location, create: creating) : try AppDatabase.open(path: location, create: creating)
        return try SupportDesk(journal: Journal(database: database), schedulesFolder: folder)
    }

    /// What went wrong, in words: the move's own refusal, a store that cannot be opened.
    static func words(_ error: any Error, _ texts: Texts) -> String {
        if let problem = error as? SchoolMoveProblem { return texts(.schoolMoveProblem(problem)) }
        if let problem = error as? StorageProblem { return texts(.storageProblem(problem)) }
        switch StoreFailure(error) {
        case .fileOnly?: return texts(.fileOnly)
        case .unreachable?: return texts(.databaseUnreachable)
        case let failure?: return texts(.databaseError(busy: failure == .busy))
        case nil: break
        }
        return texts(.unexpected(String(describing: error)))
    }
}
