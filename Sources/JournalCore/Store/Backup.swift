import Crypto
import Foundation
internal import GRDB

/// What is written beside each backup (`NAME.manifest.json`): what the copy is, its SHA-256, and
/// the head of every school's audit chain at that moment (J-ARCH-1, J-ARCH-2).
public struct BackupManifest: Codable, Sendable, Equatable {
    public struct Head: Codable, Sendable, Equatable {
        public var organization: String
        public var entries: Int
        public var hash: String
        /// What `audit verify` found in this school's chain and data (empty when intact).
        public var auditProblems: Int = 0
    }

    public var file: String
    public var createdAt: Date
    public var bytes: Int64
    public var sha256: String
    public var heads: [Head]
    /// integrity_check, foreign_key_check and `audit verify` with the data all passed. A copy of a
    /// database already edited behind the product is still written (losing it would lose the
    /// evidence too) with its audit problems named; it is never restored as a journal in use.
    public var checked: Bool
}

/// A problem that makes a copy unusable.
public enum BackupProblem: Error, Equatable, Sendable {
    case destinationMissing(String)
    case notADatabase(String)
    case integrity(String)
    case foreignKeys(Int)
    case audit(organization: String, problems: Int)
    case manifestMissing(String)
    case checksumMismatch(expected: String, found: String)
    case targetExists(String)
}

/// Consistent online copies of the database (SQLite's backup API, from a read snapshot, so
/// writers go on), written beside under a temporary name, fsynced, checked and only then given
/// their name: a copy interrupted half way never passes for a good one.
public enum Backup {
    static let manifestSuffix = ".manifest.json"

    /// Where a copy made at `now` into `destination` goes: into it when it is a folder; a name
    /// not there is a new file only when it names one (`….sqlite`) — a mount point with nothing
    /// mounted (`/media/usb`) is a missing medium, never a file made on the system disk.
    /// Where each of `destinations` takes its copy, every one checked before anything is copied.
    static func targets(for destinations: [String], at now: Date) throws -> [URL] {
        if destinations.isEmpty { throw JournalError.invalid(.file, .missing) }
        return try destinations.map { try target(for: $0, at: now) }
    }

    static func target(for destination: String, at now: Date) throws -> URL {
        var isFolder: ObjCBool = false
        let url = URL(fileURLWithPath: destination)
        if FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder), isFolder.boolValue {
            // A medium mounted read-only, or a folder of someone else's, is refused before any copy.
            guard access(destination, W_OK) == 0 else { throw BackupProblem.destinationMissing(destination) }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyyMMdd-HHmmss"
            // A second copy within the same second takes the next free name, never the first's.
            let stamp = "helpdesk-\(formatter.string(from: now))"
            let names = [stamp] + (2...99).map { "\(stamp)-\($0)" }
            let free = names.map { url.appendingPathComponent("\($0).sqlite") }.first { candidate in
                !FileManager.default.fileExists(atPath: candidate.path)
                    && !FileManager.default.fileExists(atPath: candidate.path + ".partial")
            }
            guard let free else { throw BackupProblem.targetExists(url.appendingPathComponent("\(stamp).sqlite").path) }
            return free
        }
        guard url.pathExtension.lowercased() == "sqlite",
            FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path, isDirectory: &isFolder), isFolder.boolValue,
            access(url.deletingLastPathComponent().path, W_OK) == 0
        else {
            throw BackupProblem.destinationMissing(destination)
        }
        if FileManager.default.fileExists(atPath: destination) { throw BackupProblem.targetExists(destination) }
        return url
    }

    /// Copies the file of `source` to `target`, page by page from one snapshot, checks the copy
    /// and writes its manifest.
    static func write(from source: any DatabaseReader, to target: URL, at now: Date, progress: WorkProgress? = nil) throws -> BackupManifest
    {
        try write(to: target, at: now) { partial in
            let copy = try DatabaseQueue(path: partial.path)
            // The page copy is most of the work; the checks after it the rest.
            try source.backup(to: copy, pagesPerStep: 512) { step in
                try progress?(0.7 * Double(step.completedPageCount) / Double(max(1, step.totalPageCount)))
            }
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
        }
    }

    /// Copies the schools of `codes` from a region's database into a new file at `target`, from
    /// one snapshot, every row with its id and the chains whole (`SchoolMove`); checks the copy
    /// as any other and writes its manifest (issue 25, part 3).
    static func write(schools codes: [String], of source: AppDatabase, to target: URL, at now: Date) throws -> BackupManifest {
        try write(to: target, at: now) { partial in
            do {
                let copy = try AppDatabase.open(path: partial.path)
                try source.extensions.apply(to: copy)
                _ = try SchoolMove.copy(codes, from: source, to: copy, tables: source.extensions.schoolTables)
                try copy.writer.close()
            }
            let file = try DatabaseQueue(path: partial.path)
            try file.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try file.close()
        }
    }

    /// Fills a copy under a temporary name beside `target`, syncs and checks it, and only then
    /// gives it its name and writes its manifest; a copy that fails is removed.
    private static func write(to target: URL, at now: Date, filling fill: (URL) throws -> Void) throws -> BackupManifest {
        let partial = target.appendingPathExtension("partial")
        removeLeftovers(in: target.deletingLastPathComponent())
        try? FileManager.default.removeItem(at: partial)
        guard let lock = PartialLock(creating: partial) else {
            throw BackupProblem.destinationMissing(target.deletingLastPathComponent().path)
        }
        defer { lock.release() }
        do {
            try fill(partial)
            try sync(partial)
            var manifest = try check(partial)
            manifest.file = target.lastPathComponent
            manifest.createdAt = now
            try FileManager.default.moveItem(at: partial, to: target)
            try syncFolder(of: target)
            try writeManifest(manifest, beside: target)
            return manifest
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial.path + suffix) }
            throw error
        }
    }

    /// Removes a copy written by this run, with its manifest: a backup that failed on a later
    /// medium leaves none behind.
    static func remove(_ target: URL) {
        try? FileManager.default.removeItem(at: target)
        try? FileManager.default.removeItem(atPath: target.path + manifestSuffix)
    }

    /// Copies a checked backup to another medium: the same bytes, checked again there, with its manifest.
    static func duplicate(_ source: URL, to target: URL, manifest: BackupManifest) throws -> BackupManifest {
        try place(source, at: target) { partial in
            let (digest, _) = try sha256(of: partial)
            guard digest == manifest.sha256 else { throw BackupProblem.checksumMismatch(expected: manifest.sha256, found: digest) }
        }
        var copy = manifest
        copy.file = target.lastPathComponent
        try writeManifest(copy, beside: target)
        return copy
    }

    /// Copies `file` beside `target` under a temporary name (0600, fsynced), lets `check` look at
    /// the copy, and only then gives it its name; a copy that fails is removed.
    private static func place(_ file: URL, at target: URL, checking check: (URL) throws -> Void) throws {
        let partial = target.appendingPathExtension("partial")
        removeLeftovers(in: target.deletingLastPathComponent())
        try? FileManager.default.removeItem(at: partial)
        guard let lock = PartialLock(creating: partial) else {
            throw BackupProblem.destinationMissing(target.deletingLastPathComponent().path)
        }
        defer { lock.release() }
        do {
            try copyBytes(of: file, into: FileHandle(fileDescriptor: lock.descriptor, closeOnDealloc: false))
            try sync(partial)
            try check(partial)
            try FileManager.default.moveItem(at: partial, to: target)
            try syncFolder(of: target)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    /// Removes what killed backups left in `folder`: the product's `helpdesk-….partial` copies and
    /// manifests that no running backup holds locked.
    static func removeLeftovers(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix("helpdesk-") && name.hasSuffix(".partial") {
            let file = folder.appendingPathComponent(name)
            let lock = PartialLock(existing: file)
            if lock.held { try? FileManager.default.removeItem(at: file) }
            lock.release()
        }
    }

    /// Copies a file's bytes into an open file, a megabyte at a time.
    private static func copyBytes(of file: URL, into target: FileHandle) throws {
        let source = try FileHandle(forReadingFrom: file)
        defer { try? source.close() }
        while let chunk = try source.read(upToCount: 1 << 20), !chunk.isEmpty {
            try target.write(contentsOf: chunk)
        }
    }

    /// The checks every copy passes, before it is named and again at `backup verify` and `restore`.
    static func check(_ file: URL) throws -> BackupManifest {
        var configuration = Configuration()
        configuration.readonly = true
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: file.path, configuration: configuration)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
        } catch {
            throw BackupProblem.notADatabase(file.path)
        }
        let heads = try queue.read { db -> [BackupManifest.Head] in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard integrity == ["ok"] else { throw BackupProblem.integrity(integrity.prefix(3).joined(separator: "; ")) }
            let foreign = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            guard foreign.isEmpty else { throw BackupProblem.foreignKeys(foreign.count) }
            guard try db.tableExists("auditEntry") else { throw BackupProblem.notADatabase(file.path) }
            return try Row.fetchAll(db, sql: "SELECT id, code FROM organization ORDER BY code").map { row in
                let problems = try AuditLog.verify(db.store, organizationId: row["id"])
                let head = try AuditChainHead.read(db.store, organizationId: row["id"])
                return BackupManifest.Head(organization: row["code"], entries: head.entries, hash: head.hash, auditProblems: problems.count)
            }
        }
        try queue.close()
        let (digest, bytes) = try sha256(of: file)
        return BackupManifest(
            file: file.lastPathComponent, createdAt: Date(timeIntervalSince1970: 0), bytes: bytes, sha256: digest,
            heads: heads, checked: heads.allSatisfy { $0.auditProblems == 0 })
    }

    /// Checks a copy against its manifest and again on its own.
    public static func verify(_ file: URL) throws -> BackupManifest {
        let manifestURL = URL(fileURLWithPath: file.path + manifestSuffix)
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else {
            throw BackupProblem.manifestMissing(manifestURL.path)
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let manifest = try decoder.decode(BackupManifest.self, from: data)
        let (digest, _) = try sha256(of: file)
        guard digest == manifest.sha256 else { throw BackupProblem.checksumMismatch(expected: manifest.sha256, found: digest) }
        let found = try check(file)
        guard found.heads == manifest.heads else { throw BackupProblem.checksumMismatch(expected: manifest.sha256, found: found.sha256) }
        return manifest
    }

    /// Restores a checked copy into a new file (never over an existing one); a copy whose audit
    /// chain disagrees with its data is kept as evidence, not restored.
    public static func restore(_ file: URL, to target: URL) throws -> BackupManifest {
        let manifest = try restorable(file)
        if FileManager.default.fileExists(atPath: target.path) { throw BackupProblem.targetExists(target.path) }
        try place(file, at: target) { partial in _ = try check(partial) }
        return manifest
    }

    /// Checks a copy against its manifest and refuses one whose audit chain disagrees with its
    /// data: kept as evidence, never restored, into a file or a region's database.
    public static func restorable(_ file: URL) throws -> BackupManifest {
        let manifest = try verify(file)
        if let damaged = manifest.heads.first(where: { $0.auditProblems > 0 }) {
            throw BackupProblem.audit(organization: damaged.organization, problems: damaged.auditProblems)
        }
        return manifest
    }

    private static func writeManifest(_ manifest: BackupManifest, beside target: URL) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let url = URL(fileURLWithPath: target.path + manifestSuffix)
        let partial = url.appendingPathExtension("partial")
        guard let lock = PartialLock(creating: partial) else { throw BackupProblem.destinationMissing(url.path) }
        defer { lock.release() }
        try FileHandle(fileDescriptor: lock.descriptor, closeOnDealloc: false).write(contentsOf: try encoder.encode(manifest))
        try sync(partial)
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        try FileManager.default.moveItem(at: partial, to: url)
        try syncFolder(of: url)
    }

    static func sha256(of file: URL) throws -> (String, Int64) {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        var hasher = SHA256()
        var bytes: Int64 = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            bytes += Int64(chunk.count)
        }
        return (hasher.finalize().map { String(format: "%02x", $0) }.joined(), bytes)
    }

    private static func sync(_ file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.synchronize()
    }

    private static func syncFolder(of file: URL) throws {
        let descriptor = open(file.deletingLastPathComponent().path, O_RDONLY)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        fsync(descriptor)
    }
}
