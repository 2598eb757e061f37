import Foundation
import JournalCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 9 through the built executable: backups that survive kill -9, recovery by the file's
/// owner, databases that are refused, one JSON document per command, no escape sequence shown,
/// and fifty consoles writing at once.
extension EndToEndTests {
    var environment: [String: String] { ["HELPDESK_PASSWORD": password] }

    /// The folders of a backup's destinations, private as on a server.
    func folder(_ name: String) throws -> String {
        let url = work.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return url.path
    }

    @Test("J-ARCH-1: A backup killed half way leaves no copy that passes, the next one cleans its leftovers, and a good one restores")
    func aBackupKilledHalfWayLeavesNoCopyThatPassesAndAGoodOneRestores() throws {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: work) }
        let (loaded, output) = try run(["--db", database, "--demo", "-c", "quit"])
        #expect(loaded == 0, "\(output)")
        let killed = try folder("killed")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["--db", database, "backup", killed]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        for _ in 0..<5000 {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: killed)) ?? []
            if names.contains(where: { $0.hasSuffix(".partial") }) || !process.isRunning { break }
            usleep(1000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        for name in try FileManager.default.contentsOfDirectory(atPath: killed) where !name.hasSuffix(".manifest.json") {
            let (status, _) = try run(["--db", database, "backup", "--verify", killed + "/" + name])
            // Only a whole, checked and named copy with its manifest passes.
            #expect(
                status
                    == (name.hasSuffix(".sqlite") && FileManager.default.fileExists(atPath: killed + "/" + name + ".manifest.json")
                        ? 0 : 1),
                "\(name)")
        }
        // The next backup into the same folder takes away what the killed one left (issue 24).
        let (again, againOutput) = try run(["--db", database, "backup", killed])
        #expect(again == 0, "\(againOutput)")
        let left = try FileManager.default.contentsOfDirectory(atPath: killed)
        #expect(!left.contains { $0.hasSuffix(".partial") }, "\(left)")
        // A whole backup to two media, checked, restored into a new file that works.
        let (usb, nas) = (try folder("usb"), try folder("nas"))
        let (made, report) = try run(["--db", database, "backup", usb, nas])
        #expect(made == 0, "\(report)")
        #expect(report.components(separatedBy: "Копия записана").count == 3)
        let copy = usb + "/" + (try FileManager.default.contentsOfDirectory(atPath: usb).first { $0.hasSuffix(".sqlite") } ?? "")
        #expect(try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int == 0o600)
        let (verified, verdict) = try run(["--db", database, "backup", "--verify", copy])
        #expect(verified == 0 && verdict.contains("совпадает с описью"), "\(verdict)")
        let restored = work.appendingPathComponent("restored.sqlite").path
        let (restoredStatus, restoredOutput) = try run(["restore", copy, "--to", restored])
        #expect(restoredStatus == 0, "\(restoredOutput)")
        let (audit, auditOutput) = try run(
            ["--db", restored, "--user", "admin", "-c", "audit verify"], environment: ["HELPDESK_PASSWORD": DemoPassword.value])
        #expect(audit == 0 && auditOutput.contains("цел"), "\(auditOutput)")
        // Never over an existing file.
        let (over, overOutput) = try run(["restore", copy, "--to", database])
        #expect(over == 1 && overOutput.contains("уже есть"))
    }

    @Test("H-CRED-1: The files owner recovers the administrator with a one time password")
    func theFilesOwnerRecoversTheAdministratorWithAOneTimePassword() throws {
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let (status, output) = try run(["--db", database, "recover", "--admin", "admin"])
        #expect(status == 0, "\(output)")
        let temporary = try #require(
            output.split(separator: "\n").compactMap { line -> String? in
                guard let range = line.range(of: "Временный пароль: ") else { return nil }
                return String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            }.first)
        let (whoami, shown) = try run(["--db", database, "--user", "admin", "-c", "whoami"], environment: ["HELPDESK_PASSWORD": temporary])
        #expect(whoami == 0, "\(shown)")
        let (old, _) = try run(["--db", database, "--user", "admin", "-c", "whoami"], environment: environment)
        #expect(old == 1)
        let (missing, _) = try run(["--db", work.appendingPathComponent("none.sqlite").path, "recover", "--admin", "admin"])
        #expect(missing == 1)
    }

    @Test func aMissingFolderOrAForeignFileIsRefusedAndAnExposedDatabaseIsWarnedAbout() throws {
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let missing = work.appendingPathComponent("no/such/dir/x.sqlite").path
        let (refused, message) = try run(["--db", missing, "-c", "whoami"])
        #expect(refused == 1 && message.contains("Базы") && !FileManager.default.fileExists(atPath: missing))
        let foreign = work.appendingPathComponent("notes.txt").path
        try Data("список покупок\n".utf8).write(to: URL(fileURLWithPath: foreign))
        let (notOurs, notOursMessage) = try run(["--db", foreign, "-c", "whoami"])
        #expect(notOurs == 1 && notOursMessage.contains("не база helpdesk"))
        #expect(try String(contentsOfFile: foreign, encoding: .utf8) == "список покупок\n")
        chmod(database, 0o644)
        let (_, warned) = try run(["--db", database, "--user", "admin", "-c", "whoami"], environment: environment)
        #expect(warned.contains("доступен другим пользователям (права 644)"))
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: database + suffix) {
            #expect(try FileManager.default.attributesOfItem(atPath: database + suffix)[.posixPermissions] as? Int == 0o600)
        }
    }

    @Test func inJSONModeEveryRefusedCommandPrintsOneDocumentWithOkFalse() throws {
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let empty = work.appendingPathComponent("empty.csv").path
        try Data("Тема урока;Кол-во часов\n".utf8).write(to: URL(fileURLWithPath: empty))
        for line in [
            "booking new --topic КТП --date 01.01.2020 --time 10:00", "plan import \(empty) 5А Математика",
            "class new --grade 12 --letter А", "audit verify --no-such-flag", "mark add 999999 Орлов 5",
        ] {
            let (status, output) = try run(["--db", database, "--user", "admin", "--json", "-c", line], environment: environment)
            let documents = output.split(separator: "\n").filter { !$0.isEmpty }
            #expect(documents.count == 1, "\(line): \(output)")
            let document = String(documents.first ?? "")
            let object = try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any]
            let ok = object?["ok"] as? Bool
            #expect(ok == false, "\(line): \(output)")
            #expect(status != 0, "\(line)")
        }
    }

    @Test func textWithEscapeSequencesIsShownWithoutThem() throws {
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let attack = "пароль на доске\u{1B}[2J\u{1B}[H\u{1B}]0;owned\u{07}Пароль: "
        let (filed, filedOutput) = try run(
            [
                "--db", database, "--user", "admin", "-c",
                "ticket new e2e orlov.oo 1000002 родитель \"тема\" \"\(attack)\"",
            ], environment: environment)
        #expect(filed == 0, "\(filedOutput)")
        let (shown, screen) = try run(["--db", database, "--user", "admin", "-c", "ticket show 1"], environment: environment)
        #expect(shown == 0)
        #expect(!screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(screen.contains("␛[2J"))
        // Kept as data: the JSON document has the text as typed.
        let (_, json) = try run(["--db", database, "--user", "admin", "--json", "-c", "ticket show 1"], environment: environment)
        #expect(json.contains("\\u001b[2J"))
    }

    @Test func fiftyConsolesWritingAtOnceNeverSeeTheDatabaseLocked() throws {
        try makeSchool()
        defer { try? FileManager.default.removeItem(at: work) }
        let consoles = 50
        let writes = 20
        let results = Mutex<[(Int32, String)]>([])
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: consoles) { console in
            let script =
                (1...writes).map { "ticket new e2e orlov.oo 1000002 родитель \"Консоль \(console), запись \($0)\" \"описание\"" }
                .joined(separator: "\n") + "\n"
            let result = (try? run(["--db", database, "--user", "admin"], input: script, environment: environment)) ?? (-1, "")
            results.withLock { $0.append(result) }
        }
        let seconds = Date().timeIntervalSince(started)
        print("fifty consoles, \(consoles * writes) ticket writes: \(String(format: "%.1f", seconds)) s")
        for (status, output) in results.withLock({ $0 }) {
            #expect(status == 0, "\(output.suffix(300))")
            #expect(!output.contains("locked") && !output.contains("заблокирована") && !output.contains("SQLite"), "\(output.prefix(300))")
        }
        let (_, listing) = try run(["--db", database, "--user", "admin", "--json", "-c", "ticket list --all"], environment: environment)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listing.utf8)) as? [String: Any])["result"] as? [[String: Any]]
        #expect(rows?.count == consoles * writes)
    }
}
