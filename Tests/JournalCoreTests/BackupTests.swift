import Foundation
import GRDB
import Testing

@testable import JournalCore

/// Copies on two media (J-ARCH-1; seed 004 «Порядок» §1.3, §1.10; seed 003 §2.1).
@Suite struct BackupTests {
    struct Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-backup-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        func make(_ name: String) throws -> URL {
            let folder = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return folder
        }
        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    @Test("J-ARCH-1: A backup while four writers run restores and verifies") func aBackupWhileFourWritersRunRestoresAndVerifies() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let live = folder.url.appendingPathComponent("live.sqlite").path
        let day = try JournalDay(database: try AppDatabase.open(path: live))
        day.at("2026-10-01T09:00")
        let (first, second) = (try folder.make("usb"), try folder.make("nas"))
        let copies = Mutex<[BackupCopy]>([])
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 5) { worker in
            do {
                if worker == 0 {
                    let made = try day.school.journal.backup(day.school.admin, to: [first.path, second.path])
                    copies.withLock { $0 = made }
                } else {
                    for _ in 0..<25 { _ = try day.mark(.four) }
                }
            } catch {
                failures.withLock { $0.append("\(worker): \(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let made = copies.withLock { $0 }
        #expect(made.count == 2)
        for copy in made {
            let mode = try FileManager.default.attributesOfItem(atPath: copy.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let manifest = try Backup.verify(URL(fileURLWithPath: copy.path))
            #expect(manifest.sha256 == copy.manifest.sha256 && manifest.heads.count == 1)
        }
        #expect(made[0].manifest.sha256 == made[1].manifest.sha256)
        // Restored into a new file, the copy opens, verifies with its data, and holds what was committed before it.
        let restored = folder.url.appendingPathComponent("restored.sqlite")
        _ = try Backup.restore(URL(fileURLWithPath: made[0].path), to: restored)
        let journal = Journal(database: try AppDatabase.open(path: restored.path), clock: day.clock, hasher: .fastForTests)
        let admin = try journal.authenticate(login: day.school.admin.login, password: "correct-horse")
        #expect(try journal.verifyAudit(admin).problems == [])
        let marks = try journal.read { db in try db.value(Int.self, "SELECT COUNT(*) FROM mark")! }
        #expect(marks <= 100)
        #expect(try day.school.journal.verifyAudit(day.school.admin).problems == [])
        // Never over an existing file, the live one included.
        #expect(throws: BackupProblem.targetExists(live)) {
            try Backup.restore(URL(fileURLWithPath: made[0].path), to: URL(fileURLWithPath: live))
        }
    }

    @Test("J-ARCH-1: two copies into one folder within the same second both land, under names of their own")
    func twoCopiesInOneSecondKeepBoth() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let day = try JournalDay(database: try AppDatabase.open(path: folder.url.appendingPathComponent("live.sqlite").path))
        day.at("2026-10-01T09:00")
        let usb = try folder.make("usb")
        let first = try day.school.journal.backup(day.school.admin, to: [usb.path])
        let second = try day.school.journal.backup(day.school.admin, to: [usb.path])
        #expect(first[0].path != second[0].path)
        let copies = try FileManager.default.contentsOfDirectory(atPath: usb.path).filter { $0.hasSuffix(".sqlite") }
        #expect(copies.count == 2, "\(copies)")
    }

    @Test("J-ARCH-1 (issue 24): a copy a killed backup left is removed; one a running backup holds locked is not")
    func leftoversOfAKilledBackupAreRemovedButNotACopyBeingMade() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let usb = try folder.make("usb")
        let left = usb.appendingPathComponent("helpdesk-20261201-020000.sqlite.partial")
        let running = usb.appendingPathComponent("helpdesk-20261206-020000.sqlite.partial")
        let someoneElses = usb.appendingPathComponent("photos.partial")
        for file in [left, running, someoneElses] { try Data("half".utf8).write(to: file) }
        let lock = PartialLock(existing: running)
        #expect(lock.held)
        Backup.removeLeftovers(in: usb)
        lock.release()
        #expect(!FileManager.default.fileExists(atPath: left.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
        #expect(FileManager.default.fileExists(atPath: someoneElses.path))
    }

    @Test("J-ARCH-1: A damaged or unlabelled copy is refused") func aDamagedOrUnlabelledCopyIsRefused() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let day = try JournalDay(database: try AppDatabase.open(path: folder.url.appendingPathComponent("live.sqlite").path))
        let copy = try day.school.journal.backup(day.school.admin, to: [folder.url.appendingPathComponent("copy.sqlite").path])[0]
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: copy.path))
        try handle.seek(toOffset: 5000)
        try handle.write(contentsOf: Data([0xFF, 0x00, 0xFF]))
        try handle.close()
        #expect(throws: BackupProblem.self) { try Backup.verify(URL(fileURLWithPath: copy.path)) }
        try FileManager.default.removeItem(atPath: copy.path + Backup.manifestSuffix)
        #expect(throws: BackupProblem.manifestMissing(copy.path + Backup.manifestSuffix)) {
            try Backup.verify(URL(fileURLWithPath: copy.path))
        }
        #expect(throws: BackupProblem.destinationMissing("/no/such/folder/x.sqlite")) {
            try day.school.journal.backup(day.school.admin, to: ["/no/such/folder/x.sqlite"])
        }
        // An unmounted medium (issue 24): a folder not there is refused, never made a file on the system disk.
        let unmounted = folder.url.appendingPathComponent("usb").path
        #expect(throws: BackupProblem.destinationMissing(unmounted)) { try day.school.journal.backup(day.school.admin, to: [unmounted]) }
        #expect(!FileManager.default.fileExists(atPath: unmounted))
        #expect(throws: JournalError.forbidden(.backup)) { try day.school.journal.backup(day.teacher, to: [folder.url.path]) }
    }

    @Test("J-ARCH-1: The administrator is reminded of a stale backup and the year end copy")
    func theAdministratorIsRemindedOfAStaleBackupAndTheYearEndCopy() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let day = try JournalDay(database: try AppDatabase.open(path: folder.url.appendingPathComponent("live.sqlite").path))
        let journal = day.school.journal
        #expect(try journal.backupReminders(day.school.admin) == [.stale(last: nil, maxAgeDays: 7)])
        #expect(try journal.backupReminders(day.teacher) == [])
        _ = try journal.backup(day.school.admin, to: [folder.url.path])
        #expect(try journal.backupReminders(day.school.admin) == [])
        day.clock.advance(by: 8 * 86_400)
        #expect(try journal.backupReminders(day.school.admin) == [.stale(last: JournalDay.moscow("2026-10-01T08:00"), maxAgeDays: 7)])
        // The last period ends on 26 May 2027: the year's copy is due by 30 June, then missing.
        _ = try journal.setPeriod(
            day.school.admin, yearId: day.school.year.id!, number: 4, start: date("2027-03-30"), end: date("2027-05-26"))
        day.at("2027-06-01T09:00")
        _ = try journal.backup(day.school.admin, to: [try folder.make("may").path])
        day.at("2027-06-02T09:00")
        #expect(try journal.backupReminders(day.school.admin) == [])
        let other = try JournalDay(database: try AppDatabase.open(path: folder.url.appendingPathComponent("other.sqlite").path))
        _ = try other.school.journal.setPeriod(
            other.school.admin, yearId: other.school.year.id!, number: 4, start: date("2027-03-30"), end: date("2027-05-26"))
        other.at("2027-06-10T09:00")
        #expect(try other.school.journal.backupReminders(other.school.admin).contains(.yearEndDue(by: date("2027-06-30"))))
        other.at("2027-07-01T09:00")
        #expect(try other.school.journal.backupReminders(other.school.admin).contains(.yearEndMissing(due: date("2027-06-30"))))
    }

    @Test("J-ARCH-1: A database edited behind the product is still copied, as evidence, and never restored")
    func aTamperedDatabaseIsCopiedAsEvidenceAndNotRestored() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let day = try JournalDay(database: try AppDatabase.open(path: folder.url.appendingPathComponent("live.sqlite").path))
        day.at("2026-10-01T09:00")
        let mark = try day.mark(.three)
        try day.school.journal.database.writer.write { db in
            try db.execute(sql: "UPDATE mark SET value = '5' WHERE id = ?", arguments: [mark.id])
        }
        let copy = try day.school.journal.backup(day.school.admin, to: [folder.url.appendingPathComponent("evidence.sqlite").path])[0]
        #expect(!copy.manifest.checked && copy.manifest.heads.map(\.auditProblems) == [1])
        #expect(try Backup.verify(URL(fileURLWithPath: copy.path)).heads.map(\.auditProblems) == [1])
        #expect(throws: BackupProblem.audit(organization: "glshkola", problems: 1)) {
            try Backup.restore(URL(fileURLWithPath: copy.path), to: folder.url.appendingPathComponent("restored.sqlite"))
        }
    }
}
