import Foundation
import JournalCore

extension SupportDesk {
    /// Moves the schools of `codes`, journal and desk, into `target` (`helpdesk migrate`): every
    /// row with its id and the whole audit chain, checked on the target before it commits.
    public func move(_ codes: [String], to target: SupportDesk) throws -> SchoolMoves {
        try journal.moveSchools(codes, to: target.journal)
    }
}

extension SupportDesk {
    /// Restores a checked copy into `region` (`helpdesk restore COPY --to postgresql://…`): every
    /// school of the copy, whole, where none of them is yet; a copy whose chain disagrees with its
    /// data is refused (issue 25).
    public static func restore(_ file: URL, into region: SupportDesk) throws -> SchoolMoves {
        let manifest = try Backup.restorable(file)
        guard let copy = try AppDatabase.openReadOnly(path: file.path) else { throw BackupProblem.notADatabase(file.path) }
        let source = try SupportDesk(journal: Journal(database: copy), schedulesFolder: region.schedulesFolder)
        return try source.move(manifest.heads.map(\.organization), to: region)
    }
}
