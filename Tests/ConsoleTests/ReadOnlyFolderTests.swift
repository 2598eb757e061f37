import Foundation
import GRDB
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A destination on a medium mounted read-only, as a USB stick with its lock on: refused before
/// any change, in words, with `ok:false` (issue 24). The tests run as root, for whom no folder's
/// mode bits forbid writing, so the folder is a read-only bind mount, which binds root too.
@Suite(.serialized) struct ReadOnlyFolderTests {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-ro-\(UUID().uuidString)")

    /// `folder` bound read-only over itself; unmounted by `release`.
    func readOnly(_ folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for arguments in [["--bind", folder.path, folder.path], ["-o", "remount,ro,bind", folder.path]] {
            let (status, output) = try Program.run("/bin/mount", arguments, environment: [:])
            try #require(status == 0, "mount \(arguments): \(output)")
        }
    }

    func release(_ folder: URL) { _ = try? Program.run("/bin/umount", [folder.path], environment: [:]) }

    func run(_ database: String, _ login: String, _ line: String) throws -> (Int32, [String: Any]) {
        let (program, arguments) = FixedDay.command(EndToEndTests.executable, ["--db", database, "--user", login, "--json", "-c", line])
        let (status, output) = try Program.run(
            program, arguments,
            environment: FixedDay.environment(over: ProcessInfo.processInfo.environment).merging([
                "HELPDESK_PASSWORD": DemoPassword.value
            ]) { $1 })
        let document = try #require(
            output.split(separator: "\n").last.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] },
            "\(line): \(output)")
        return (status, document)
    }

    @Test(
        "Issue 24, J-ARCH-1, J-ACL-4: a backup, class credentials, a printed report and a plan export into a read-only folder are refused before anything is written"
    )
    func aReadOnlyFolderIsRefusedFirst() throws {
        defer { try? FileManager.default.removeItem(at: work) }
        let database = try DemoSchoolFile.copy(into: work)
        let locked = work.appendingPathComponent("usb")
        let open = work.appendingPathComponent("nas")
        try FileManager.default.createDirectory(at: open, withIntermediateDirectories: true)
        try readOnly(locked)
        defer { release(locked) }
        #expect(access(locked.path, W_OK) != 0, "the bind mount is read-only for root too")
        func state() throws -> [String] {
            try DatabaseQueue(path: database).read { db in
                try String.fetchAll(db, sql: "SELECT state || ':' || IFNULL(passwordHash, '') FROM account ORDER BY id")
                    + [String(try Int.fetchOne(db, sql: "SELECT count(*) FROM backupLog") ?? 0)]
                    + [String(try Int.fetchOne(db, sql: "SELECT count(*) FROM auditEntry") ?? 0)]
            }
        }
        let before = try state()
        for (login, line) in [
            ("admin", "backup make \(open.path) \(locked.path)"),
            ("admin", "backup make \(locked.path)"),
            ("klruk", "account issue --class 5А --sheet \(locked.path)/5a.html --yes"),
            ("klruk", "report summary 5А --period 1 --print \(locked.path)/summary.html"),
            ("teacher", "plan export \(locked.path)/ktp.csv 5А История"),
        ] {
            let (status, document) = try run(database, login, line)
            // Every refusal says its sentence under `error`, whichever way the command reports it (issue 26).
            let messages = document["error"] as? String ?? ""
            #expect(status == 1 && document["ok"] as? Bool == false, "\(line): \(document)")
            #expect(messages.contains(locked.path) && messages.contains("нельзя писать"), "\(line): \(messages)")
        }
        #expect(try state() == before, "no password issued, no backup logged, no audit entry")
        #expect(try FileManager.default.contentsOfDirectory(atPath: open.path).isEmpty, "no copy left on the first medium")
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }
}
