import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real MTA path for the tests: an SMTP server on loopback (aiosmtpd, from the project's
/// `.venv`) that keeps every message it accepts, and msmtp configured to deliver to it as the
/// system's sendmail. Messages are read back with Python's `email` package (`read_mail.py`).
public final class MailSink: @unchecked Sendable {
    public let folder: URL
    /// `XDG_CONFIG_HOME` for the programs that run msmtp: its configuration is there.
    public let configHome: URL
    public let port: Int
    /// msmtp's log of every delivery it tried (`exitcode=EX_OK` or what failed): what tells a
    /// message the server took twice from a hand-off that said it failed.
    public let log: URL
    private let server: Process

    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let python = repository.appendingPathComponent(".venv/bin/python").path
    public static let msmtp = "/usr/bin/msmtp"

    /// Whether the parts are installed (`scripts/dependencies.sh`).
    public static var available: Bool {
        FileManager.default.isExecutableFile(atPath: python) && FileManager.default.isExecutableFile(atPath: msmtp)
    }

    public init(in work: URL, from: String) throws {
        folder = work.appendingPathComponent("received")
        configHome = work.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: configHome.appendingPathComponent("msmtp"), withIntermediateDirectories: true)
        let portFile = work.appendingPathComponent("smtp.port")
        FileManager.default.createFile(atPath: portFile.path, contents: nil)
        server = Process()
        server.executableURL = URL(fileURLWithPath: Self.python)
        server.arguments = [Self.repository.appendingPathComponent("scripts/smtp_sink.py").path, folder.path]
        server.standardOutput = try FileHandle(forWritingTo: portFile)
        server.standardError = FileHandle.nullDevice
        try server.run()
        var port: Int?
        for _ in 0..<200 where port == nil {
            usleep(50_000)
            port = Int((try? String(contentsOf: portFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        }
        guard let port else {
            kill(server.processIdentifier, SIGKILL)
            throw MailSinkError.didNotStart
        }
        self.port = port
        log = work.appendingPathComponent("msmtp.log")
        let config = configHome.appendingPathComponent("msmtp/config")
        try """
        defaults
        auth off
        tls off
        syslog off
        account default
        host 127.0.0.1
        port \(port)
        from \(from)
        logfile \(log.path)

        """.write(to: config, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config.path)
    }

    /// SIGKILL: a program the test runner starts may inherit its blocked signals, SIGTERM among them.
    public func stop() {
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()
    }

    /// The environment a program needs to send through this sink with msmtp as sendmail.
    public func environment(from: String) -> [String: String] {
        ["HELPDESK_SENDMAIL": Self.msmtp, "HELPDESK_MAIL_FROM": from, "XDG_CONFIG_HOME": configHome.path]
    }

    /// Every message received so far, as Python's `email` package reads it.
    public func messages() throws -> [ReceivedMessage] {
        let (status, output) = try Program.run(
            Self.python, [Self.repository.appendingPathComponent("scripts/read_mail.py").path, folder.path],
            environment: ProcessInfo.processInfo.environment)
        guard status == 0 else { throw MailSinkError.unreadable(output) }
        return try JSONDecoder().decode([ReceivedMessage].self, from: Data(output.utf8))
    }
}

public enum MailSinkError: Error {
    case didNotStart
    case unreadable(String)
}

/// One message as Python's `email` read it.
public struct ReceivedMessage: Decodable, Sendable {
    public struct Calendar: Decodable, Sendable {
        public struct Event: Decodable, Sendable {
            public let uid: String
            public let sequence: Int
            public let status: String
            public let start: String
            public let end: String
            public let organizer: String
            public let attendee: String
        }
        public let method: String
        public let partMethod: String?
        public let events: [Event]
    }
    public let file: String
    public let from: String
    public let to: String
    public let subject: String
    public let messageId: String
    public let inReplyTo: String
    public let references: String
    public let autoSubmitted: String
    public let listUnsubscribe: String
    public let date: String
    public let defects: [String]
    public let parts: [String]
    public let text: String
    public let html: String
    public let calendar: Calendar?
}
