import Foundation
internal import GRDB

/// One copy written by `backup`.
public struct BackupCopy: Sendable, Equatable {
    public var path: String
    public var manifest: BackupManifest
}

/// What the administrator is reminded of at login (J-ARCH-1; seed 004 «Порядок» §1.3, §1.10).
public enum BackupReminder: Sendable, Equatable {
    /// No backup yet, or the last one is older than the settings allow.
    case stale(last: Date?, maxAgeDays: Int)
    /// The year-end copy is due by 30 June and not made yet.
    case yearEndDue(by: LocalDate)
    /// 30 June has passed without the year-end copy.
    case yearEndMissing(due: LocalDate)
}

extension Journal {
    /// The journal administrator copies the database to each destination (the regulation asks
    /// for two media): consistent while others write, 0600, fsynced, checked, with a manifest.
    public func backup(_ caller: Caller, to destinations: [String], progress: WorkProgress? = nil) throws -> [BackupCopy] {
        try read { db in try Access.check(.backup, caller: caller, organizationId: caller.organizationId, db) }
        return try backup(to: destinations, by: caller.login, school: caller.organizationId, progress: progress)
    }

    /// What `backup` checks before it copies anything — the right, and each destination a folder
    /// that is there and writable or a new `….sqlite` file — so that a person is asked only about
    /// a backup that can be made.
    public func checkBackup(_ caller: Caller, to destinations: [String]) throws {
        try read { db in try Access.check(.backup, caller: caller, organizationId: caller.organizationId, db) }
        _ = try Backup.targets(for: destinations, at: clock.now)
    }

    /// The same, for the service account that owns the file (a systemd timer): no login.
    public func backupAsFileOwner(to destinations: [String], operatingSystemUser: String, progress: WorkProgress? = nil) throws
        -> [BackupCopy]
    {
        try backup(to: destinations, by: "os:" + operatingSystemUser, school: nil, progress: progress)
    }

    /// `school`: on a region's database, the school whose copy is made (with the desks that
    /// serve it); nil for every school. A school's file is copied whole.
    private func backup(to destinations: [String], by author: String, school: Int64?, progress: WorkProgress?) throws -> [BackupCopy] {
        defer { try? progress?(1) }
        let now = clock.now
        let targets = try Backup.targets(for: destinations, at: now)
        // One snapshot, checked, then the same bytes on every other medium.
        let first: BackupManifest
        switch database.engine {
        case .sqlite(let writer): first = try Backup.write(from: writer, to: targets[0], at: now, progress: progress)
        case .postgres:
            let codes = try read { db in try SchoolMove.codes(of: school, with: database.extensions.schoolTables, db) }
            first = try Backup.write(schools: codes, of: database, to: targets[0], at: now)
        }
        var copies = [BackupCopy(path: targets[0].path, manifest: first)]
        do {
            for target in targets.dropFirst() {
                copies.append(BackupCopy(path: target.path, manifest: try Backup.duplicate(targets[0], to: target, manifest: first)))
            }
            try database.writeUnsealed { db in
                for copy in copies {
                    try db.execute(
                        "INSERT INTO backupLog (path, sha256, bytes, createdAt, createdBy) VALUES (?, ?, ?, ?, ?)",
                        [copy.path, copy.manifest.sha256, copy.manifest.bytes, now, author])
                }
            }
        } catch {
            // Whole or not at all: the copies already made go too, so a failed backup leaves none.
            for copy in copies { Backup.remove(URL(fileURLWithPath: copy.path)) }
            throw error
        }
        return copies
    }

    /// What a journal administrator should hear about backups at login; empty for everyone else.
    public func backupReminders(_ caller: Caller) throws -> [BackupReminder] {
        guard caller.has(.journalAdmin) else { return [] }
        return try read { db in
            let settings = try settings(db, organizationId: caller.organizationId)
            let today = try today(db, organizationId: caller.organizationId)
            let zone = try db.record(Organization.self, id: caller.organizationId)?.zone ?? .current
            let backups = try db.values(Date.self, "SELECT createdAt FROM backupLog ORDER BY createdAt")
            var reminders: [BackupReminder] = []
            let last = backups.last
            if last.map({ clock.now.timeIntervalSince($0) > Double(settings.backupMaxAgeDays) * 86_400 }) ?? true {
                reminders.append(.stale(last: last, maxAgeDays: settings.backupMaxAgeDays))
            }
            // The year-end copy: made after the last reporting period ends, by 30 June.
            let lessonsEnd = try db.value(
                LocalDate.self,
                """
                SELECT MAX(p.endDate) FROM reportingPeriod p JOIN academicYear y ON y.id = p.yearId
                WHERE y.organizationId = ? AND y.startDate <= ? AND y.endDate >= ?
                """, [caller.organizationId, today, today])
            if let lessonsEnd, let due = LocalDate(year: lessonsEnd.year, month: 6, day: 30), lessonsEnd <= due, today >= lessonsEnd {
                let made = backups.contains {
                    let day = LocalDate($0, in: zone)
                    return day >= lessonsEnd && day <= due
                }
                if !made { reminders.append(today > due ? .yearEndMissing(due: due) : .yearEndDue(by: due)) }
            }
            return reminders
        }
    }
}
