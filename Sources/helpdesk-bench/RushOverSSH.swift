import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#endif

/// The 16:00 rush through OpenSSH itself: a real sshd on loopback with the server's
/// `ForceCommand`, and 50 `ssh` clients with a key tied to an account, all at once — the key
/// exchange, sshd's checks and the forced console each writer pays, as at the school server.
enum RushOverSSH {
    static func run(journal: Journal, path: String, folder: URL, writers: Int = 50) throws {
        let helpdesk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("helpdesk").path
        guard ["/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen"].allSatisfy(FileManager.default.isExecutableFile),
            FileManager.default.isExecutableFile(atPath: helpdesk)
        else {
            print("16:00 rush over sshd: needs openssh-server and openssh-client and a built helpdesk")
            return
        }
        let work = folder.appendingPathComponent("rush-ssh")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        func file(_ name: String) -> String { work.appendingPathComponent(name).path }
        for key in ["host", "client"] {
            try? FileManager.default.removeItem(atPath: file(key))
            try? FileManager.default.removeItem(atPath: file(key + ".pub"))
            _ = try Reference.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "rush", "-f", file(key)])
        }
        let admin = try journal.authenticate(login: "admin", password: DemoSchool.password)
        let teacher = try journal.account(admin, "teacher").account
        let publicKey = try String(contentsOfFile: file("client.pub"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try journal.addKey(admin, account: "teacher", key: publicKey)
        try (publicKey + "\n").write(toFile: file("authorized_keys"), atomically: true, encoding: .utf8)
        if getuid() == 0 { try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true) }
        let port = Int.random(in: 20_000...40_000)
        let line =
            "ticket new \(DemoSchool.code) teacher \(teacher.identifier) учитель «не сохраняется отметка по ssh» «в 16:00 журнал долго думает»"
        let stopConsole = try startServer(work, name: "sshd", port: port, command: "\(helpdesk) serve --db \(path)")
        defer { stopConsole() }
        let started = ContinuousClock.now
        let all = try Rush.burst(writers) { _ in client(work, port: port, ["-c", line]) }
        let total = (ContinuousClock.now - started).seconds
        let sorted = all.map(\.0).sorted()
        func percentile(_ p: Double) -> Double { Rush.percentile(sorted, p) }
        let filed = try Reference.run(
            "/usr/bin/sqlite3", [path, "SELECT COUNT(*) FROM ticket WHERE topic = 'не сохраняется отметка по ssh'"])
        // The reference: as many `ssh` clients at once through the same kind of sshd, which gives them only /bin/true.
        let stopTrue = try startServer(work, name: "sshd-true", port: port + 1, command: "/bin/true")
        defer { stopTrue() }
        let reference = try Rush.burst(writers) { _ in client(work, port: port + 1, ["x"]) }.map(\.0).sorted()
        print(
            String(
                format:
                    "16:00 rush through sshd, %d ssh clients with a key at once (ticket new): p50 %.2f s, p95 %.2f s, max %.2f s, errors %d, tickets filed %d, all done in %.2f s; %d ssh clients running /bin/true through sshd: p50 %.2f s, max %.2f s",
                writers, percentile(0.5), percentile(0.95), sorted.last ?? 0, all.filter { $0.1 != 0 }.count,
                Int(filed.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1, total, writers, reference[reference.count / 2],
                reference.last ?? 0))
    }

    /// An sshd on loopback with the server's settings and `command` forced, gone to the
    /// background; the returned closure stops it.
    private static func startServer(_ work: URL, name: String, port: Int, command: String) throws -> () -> Void {
        func file(_ name: String) -> String { work.appendingPathComponent(name).path }
        // MaxStartups as the server script sets it: fifty clients connecting in the same second are all let in.
        try """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(file("host"))
        PidFile \(file(name + ".pid"))
        AuthorizedKeysFile \(file("authorized_keys"))
        StrictModes no
        UsePAM no
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        ExposeAuthInfo yes
        DisableForwarding yes
        MaxStartups 100:30:200
        ForceCommand \(command)

        """.write(toFile: file(name + "_config"), atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: file(name + ".log"))
        _ = try Reference.run("/usr/sbin/sshd", ["-f", file(name + "_config"), "-E", file(name + ".log")])
        for _ in 0..<200 where !((try? String(contentsOfFile: file(name + ".log"), encoding: .utf8)) ?? "").contains("Server listening") {
            usleep(50_000)
        }
        return {
            if let pid = (try? String(contentsOfFile: file(name + ".pid"), encoding: .utf8)).flatMap({
                Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }) {
                kill(pid, SIGTERM)
            }
        }
    }

    /// An `ssh` client with the rush's key, as a teacher's computer runs it.
    private static func client(_ work: URL, port: Int, _ remote: [String]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh")
        process.arguments =
            [
                "-p", String(port), "-i", work.appendingPathComponent("client").path, "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "\(NSUserName())@127.0.0.1",
                "--",
            ] + remote
        return process
    }
}
