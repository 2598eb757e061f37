import Foundation
import JournalCore
import TestSupport
import Testing

/// The console served by a real OpenSSH server (Debian's openssh-server), started by the test on
/// a loopback port with its own host key, as the server script configures it: `ForceCommand`,
/// `ExposeAuthInfo`, the `authorized_keys` the product writes (issue 11, part 1).
@Suite(.serialized) struct SSHServerTests {
    let folder = URL(fileURLWithPath: "/tmp/helpdesk-sshd-\(UUID().uuidString.prefix(8))")

    /// Runs a program and returns its exit status and what it printed on stdout and stderr.
    @discardableResult
    func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        try Program.run(
            program, arguments,
            environment: ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "ru_RU.UTF-8"].merging(environment) { $1 })
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// `ssh` with a key to the server, running what follows `--` on the remote side.
    func ssh(_ key: String, port: Int, _ remote: [String]) throws -> (Int32, String) {
        try run(
            "/usr/bin/ssh",
            [
                "-p", String(port), "-i", path(key), "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "\(NSUserName())@127.0.0.1", "--",
            ] + remote)
    }

    /// sshd on a free loopback port, gone to the background as a daemon does; the port once it
    /// listens. Stopped by `stopServer`.
    func startServer(_ config: (Int) -> String) throws -> Int {
        for _ in 0..<5 {
            let port = Int.random(in: 20_000...40_000)
            try config(port).write(toFile: path("sshd_config"), atomically: true, encoding: .utf8)
            let (checked, problem) = try run("/usr/sbin/sshd", ["-t", "-f", path("sshd_config")])
            #expect(checked == 0, "sshd -t: \(problem)")
            try? FileManager.default.removeItem(atPath: path("sshd.log"))
            let (started, output) = try run("/usr/sbin/sshd", ["-f", path("sshd_config"), "-E", path("sshd.log")])
            #expect(started == 0, "\(output)")
            // «Server listening on 127.0.0.1 port N.» once it accepts.
            var text = ""
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline, !text.contains("Server listening"), !text.contains("error") {
                Thread.sleep(forTimeInterval: 0.05)
                text = (try? String(contentsOfFile: path("sshd.log"), encoding: .utf8)) ?? ""
            }
            if text.contains("Server listening") { return port }
            stopServer()
        }
        throw CocoaError(.featureUnsupported)
    }

    func stopServer() {
        guard
            let pid = (try? String(contentsOfFile: path("sshd.pid"), encoding: .utf8)).flatMap({
                Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
            })
        else { return }
        kill(pid, SIGTERM)
    }

    /// The same school moved into a region's database (issue 25): sshd's forced command reaches
    /// it through the cluster's Unix socket as the account sshd runs it for, by peer
    /// authentication — no password in the command, the keys or the environment.
    func theConsoleOverOpenSSHOnARegion(database: String, environment: [String: String]) throws {
        guard PostgresTestSchema.server != nil else { return }
        let schema = try PostgresTestSchema()
        let region = try schema.socketConnectionString()
        let (moved, said) = try run(
            EndToEndTests.executable,
            ["migrate", "--from", database, "--to", schema.connectionString]
                + ["demo", "rcoko", "glshkola", "school181", "starokrym"].flatMap { ["--org", $0] })
        #expect(moved == 0, "\(said)")
        stopServer()
        let port = try startServer { port in sshdConfig(port: port, database: "'\(region)'") }
        defer { stopServer() }
        let (status, whoami) = try ssh("zavuch", port: port, ["-c", "whoami"])
        #expect(status == 0 && whoami.contains("Логин: zavuch"), "\(whoami)")
        let (_, classes) = try ssh("zavuch", port: port, ["--json", "-c", "class list"])
        #expect((try? JSONSerialization.jsonObject(with: Data(classes.utf8))) != nil, "\(classes)")
        #expect(!region.contains("password") && !(environment["HELPDESK_DB"] ?? "").contains("password"))
    }

    /// sshd's configuration as the server script writes it, the console forced on every key.
    func sshdConfig(port: Int, database: String) -> String {
        """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(path("host"))
        PidFile \(path("sshd.pid"))
        AuthorizedKeysFile \(path("authorized_keys"))
        StrictModes no
        UsePAM no
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        ExposeAuthInfo yes
        DisableForwarding yes
        PermitUserEnvironment no
        PermitRootLogin prohibit-password
        ForceCommand \(EndToEndTests.executable) serve --db \(database) --authorized-keys \(path("authorized_keys"))

        """
    }

    @Test("Keys tied to accounts run the console over a real sshd; no other key, program or shell gets through")
    func theConsoleOverOpenSSH() throws {
        #expect(FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd"), "openssh-server is needed (scripts/dependencies.sh)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        if getuid() == 0 { try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true) }
        for key in ["host", "teacher", "zavuch", "stranger"] {
            try run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", key, "-f", path(key)])
        }
        let helpdesk = EndToEndTests.executable
        let database = path("school.sqlite")
        let environment = ["HELPDESK_PASSWORD": DemoSchool.password, "HELPDESK_AUTHORIZED_KEYS": path("authorized_keys")]
        let (loaded, loadOutput) = try run(helpdesk, ["--db", database, "--demo", "-c", "quit"], environment: environment)
        #expect(loaded == 0, "\(loadOutput.suffix(300))")
        for login in ["teacher", "zavuch"] {
            let line = try String(contentsOfFile: path(login + ".pub"), encoding: .utf8).trimmingCharacters(in: .newlines)
            let (added, output) = try run(
                helpdesk, ["--db", database, "--user", "admin", "-c", "account key add \(login) \"\(line)\""], environment: environment)
            #expect(added == 0, "\(output)")
        }
        // The product's file: every line forces the console and allows nothing else.
        let keys = try String(contentsOfFile: path("authorized_keys"), encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(keys.count == 2 && keys.allSatisfy { $0.hasPrefix("restrict,command=\"") })
        let permissions = try FileManager.default.attributesOfItem(atPath: path("authorized_keys"))[.posixPermissions] as? Int
        #expect(permissions == 0o600)

        let port = try startServer { port in sshdConfig(port: port, database: database) }
        defer { stopServer() }

        let (teacherStatus, teacher) = try ssh("teacher", port: port, ["-c", "whoami"])
        #expect(teacherStatus == 0 && teacher.contains("Логин: teacher"), "\(teacher)")
        let (zavuchStatus, zavuch) = try ssh("zavuch", port: port, ["--json", "-c", "whoami"])
        #expect(zavuchStatus == 0 && zavuch.contains("zavuch"), "\(zavuch)")
        // A command line of several words, and a name in the console's quotes.
        let (_, lessons) = try ssh("teacher", port: port, ["--json", "-c", "lesson list --date 2026-11-23"])
        #expect((try? JSONSerialization.jsonObject(with: Data(lessons.utf8))) != nil, "\(lessons)")

        // A key nobody tied to an account: sshd itself refuses it.
        let (strangerStatus, _) = try ssh("stranger", port: port, ["-c", "whoami"])
        #expect(strangerStatus == 255)
        // A program, a shell's separator, a substitution: refused, nothing run.
        let (catStatus, cat) = try ssh("teacher", port: port, ["cat", database])
        #expect(catStatus == 2 && !cat.contains("SQLite format"), "\(cat.prefix(200))")
        let (shellStatus, shell) = try ssh("teacher", port: port, ["-c", "whoami", ";", "sh", "-c", "id"])
        #expect(shellStatus != 0 && !shell.contains("uid="), "\(shell)")
        let (_, substituted) = try ssh("teacher", port: port, ["-c", "'$(id)'"])
        #expect(!substituted.contains("uid="), "\(substituted)")
        let (semicolon, _) = try ssh("teacher", port: port, ["; sh"])
        #expect(semicolon == 2)
        // The server's files are the service's: none is named over SSH, not even to write a new one;
        // `-` is the person's own standard output.
        let keysBefore = try String(contentsOfFile: path("authorized_keys"), encoding: .utf8)
        for target in [path("authorized_keys2"), path("authorized_keys"), database] {
            let (status, said) = try ssh("teacher", port: port, ["-c", "schedule export \(target)"])
            #expect(status != 0 && said.contains("по SSH файлы сервера недоступны"), "\(said)")
        }
        #expect(!FileManager.default.fileExists(atPath: path("authorized_keys2")))
        #expect(try String(contentsOfFile: path("authorized_keys"), encoding: .utf8) == keysBefore)
        let (exported, calendar) = try ssh("teacher", port: port, ["-c", "schedule export -"])
        #expect(exported == 0 && calendar.hasPrefix("BEGIN:VCALENDAR"), "\(calendar.prefix(200))")

        // Locked: the key stops at once, before any file is rewritten.
        let (locked, _) = try run(helpdesk, ["--db", database, "--user", "admin", "-c", "account lock teacher"], environment: environment)
        #expect(locked == 0)
        let (afterLock, refused) = try ssh("teacher", port: port, ["-c", "whoami"])
        #expect(afterLock == 1 && !refused.contains("Логин:"), "\(refused)")
        try theConsoleOverOpenSSHOnARegion(database: database, environment: environment)
    }

    @Test("install-server.sh stages the program, a private folder and an sshd fragment sshd accepts: the console, nothing else")
    func theServerScriptWritesWhatSshdAccepts() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let stage = path("stage")
        let (status, output) = try run(
            "/bin/bash", [root.appendingPathComponent("scripts/install-server.sh").path],
            environment: ["DESTDIR": stage, "HELPDESK_BINARY": EndToEndTests.executable])
        #expect(status == 0, "\(output)")
        #expect(FileManager.default.isExecutableFile(atPath: stage + "/usr/local/lib/helpdesk/helpdesk"))
        let folderMode = try FileManager.default.attributesOfItem(atPath: stage + "/var/lib/helpdesk")[.posixPermissions] as? Int
        let keysMode =
            try FileManager.default.attributesOfItem(atPath: stage + "/var/lib/helpdesk/.ssh/authorized_keys")[.posixPermissions] as? Int
        #expect(folderMode == 0o700 && keysMode == 0o600)
        try run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", path("host")])
        try "HostKey \(path("host"))\nInclude \(stage)/etc/ssh/sshd_config.d/*.conf\n".write(
            toFile: path("main.conf"), atomically: true, encoding: .utf8)
        let (checked, problem) = try run("/usr/sbin/sshd", ["-t", "-f", path("main.conf")])
        #expect(checked == 0, "\(problem)")
        // What sshd makes of it for the service account: the forced console, no forwarding.
        let (_, effective) = try run("/usr/sbin/sshd", ["-T", "-f", path("main.conf"), "-C", "user=desk,host=school,addr=127.0.0.1"])
        let settings = Set(effective.split(separator: "\n").map(String.init))
        for expected in [
            "forcecommand /usr/local/bin/helpdesk serve --db /var/lib/helpdesk/helpdesk.sqlite --authorized-keys /var/lib/helpdesk/.ssh/authorized_keys",
            "exposeauthinfo yes", "disableforwarding yes", "allowtcpforwarding no", "x11forwarding no", "permittunnel no",
            "maxstartups 100:30:200",
        ] {
            #expect(settings.contains(expected), "\(expected)")
        }
        // The timers: systemd units systemd-analyze accepts (but for the program, not installed at /usr/local here), and cron lines.
        let units = stage + "/etc/systemd/system"
        let files = ["notify.service", "notify.timer", "backup.service", "backup.timer"].map { "\(units)/helpdesk-\($0)" }
        let service = try String(contentsOfFile: files[0], encoding: .utf8)
        #expect(
            service.contains("User=desk")
                && service.contains("ExecStart=/usr/local/bin/helpdesk notify --db /var/lib/helpdesk/helpdesk.sqlite"))
        #expect(service.contains("KillMode=process"))
        #expect(try String(contentsOfFile: files[3], encoding: .utf8).contains("OnCalendar=*-*-* 02:30:00"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze") {
            let (_, verified) = try run("/usr/bin/systemd-analyze", ["verify", "--man=no"] + files)
            let problems = verified.split(separator: "\n").filter { !$0.contains("Command /usr/local/bin/helpdesk is not executable") }
            #expect(problems.isEmpty, "\(problems)")
        } else {
            Issue.record("systemd-analyze is missing: scripts/dependencies.sh installs systemd")
        }
        let cron = try String(contentsOfFile: stage + "/etc/cron.d/helpdesk", encoding: .utf8)
        #expect(cron.contains("*/5 * * * * desk /usr/local/bin/helpdesk notify --db /var/lib/helpdesk/helpdesk.sqlite"))
        #expect(
            cron.contains("30 2 * * * desk /usr/local/bin/helpdesk backup --db /var/lib/helpdesk/helpdesk.sqlite /var/lib/helpdesk/backup"))
    }

    @Test(
        "install-server.sh's sshd fragment lets someone without a key reach the console's own login, with OpenSSH as Debian runs it (PAM)")
    func theFragmentLetsAFirstLoginInWithoutAKey() throws {
        // A password-less service account is needed: only as root, with an account of the test's own.
        guard getuid() == 0 else { return }
        let user = "helpdesk-sshd-test"
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        let home = path("home")
        _ = try run("/usr/sbin/useradd", ["--system", "--home-dir", home, "--shell", "/bin/sh", "--user-group", user])
        defer {
            _ = try? run("/usr/sbin/userdel", [user])
            try? FileManager.default.removeItem(at: folder)
        }
        let stage = path("stage")
        let (status, output) = try run(
            "/bin/bash", [root.appendingPathComponent("scripts/install-server.sh").path],
            environment: ["DESTDIR": stage, "HELPDESK_BINARY": EndToEndTests.executable, "HELPDESK_USER": user, "HELPDESK_STATE": home])
        #expect(status == 0, "\(output)")
        _ = try run("/usr/bin/passwd", ["-d", user])
        // The demo school in the service account's folder, as the administrator would load it.
        let demo = try DemoSchoolFile.copy(into: folder.appendingPathComponent("demo"))
        try FileManager.default.copyItem(atPath: demo, toPath: stage + home + "/helpdesk.sqlite")
        _ = try run("/bin/chown", ["-R", "\(user):\(user)", stage + home])
        // The staged fragment as shipped, but for the program where the stage put it.
        let fragment = try String(contentsOfFile: stage + "/etc/ssh/sshd_config.d/helpdesk.conf", encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/helpdesk", with: stage + "/usr/local/lib/helpdesk/helpdesk")
            .replacingOccurrences(of: " \(home)/", with: " \(stage)\(home)/")
        try fragment.write(toFile: path("helpdesk.conf"), atomically: true, encoding: .utf8)
        _ = try run("/usr/bin/chmod", ["755", folder.path, stage, stage + "/usr", stage + "/usr/local", stage + "/usr/local/lib"])
        try run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", path("host")])
        let port = try startServer { port in
            // Debian's own sshd_config: PAM on, keyboard-interactive off; then the fragment.
            """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(path("host"))
            PidFile \(path("sshd.pid"))
            UsePAM yes
            KbdInteractiveAuthentication no
            StrictModes no
            Include \(path("helpdesk.conf"))

            """
        }
        defer { stopServer() }
        // No key, no password typed: the console itself answers, before its own login.
        let (code, answer) = try Program.run(
            "/usr/bin/ssh",
            [
                "-p", String(port), "-o", "BatchMode=yes", "-o", "PubkeyAuthentication=no", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "\(user)@127.0.0.1",
            ], input: "help\n", environment: ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "ru_RU.UTF-8"])
        let log = (try? String(contentsOfFile: path("sshd.log"), encoding: .utf8)) ?? ""
        #expect(code == 0 && answer.contains("login"), "ssh \(code): \(answer)\n\(log.suffix(800))")
        #expect(!log.contains("method not in AuthenticationMethods"))
    }
}
