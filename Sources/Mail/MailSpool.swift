import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How one handoff to the MTA ended, as its files in the spool tell.
public enum HandoffOutcome: Sendable, Equatable {
    /// sendmail exited 0: the MTA has the message.
    case accepted
    /// sendmail refused it: its exit status and what it wrote.
    case refused(String)
    /// The handoff still runs (a `notify` stopped while its waiter goes on).
    case inProgress
    /// The handoff never ran, or its waiter was stopped before it could tell.
    case interrupted
}

/// The spool of the handoffs to the MTA, one folder owned by the service (0700). Each attempt
/// of each message is a file `ID-ATTEMPT.eml`, written whole before sendmail reads it (so that a
/// stopped `notify` never hands over half a message), locked for as long as the handoff runs,
/// and renamed `.sent` by the waiter once sendmail exited 0, or answered by a `.failed` file.
/// The waiter is a process of its own: a `notify` killed mid-batch leaves it to finish and tell,
/// so the next `notify` knows whether the message went, and sends it neither twice nor never.
/// sendmail's exit status is written beside (`.status`) by a shell between the waiter and
/// sendmail, so that a waiter killed together with `notify` while sendmail talks to the MTA still
/// leaves the outcome to be read: the message is recorded as sent, not handed over again.
public struct MailSpool: Sendable {
    public let folder: URL

    public init(folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    func file(_ id: Int64, _ attempt: Int, _ suffix: String) -> URL {
        folder.appendingPathComponent(HandoffAttempt(id: id, attempt: attempt).fileName(suffix))
    }

    /// Hands a message to sendmail through a waiter (`waiter` is the program and its arguments
    /// before the file's path) and waits for it.
    public func hand(_ message: Data, id: Int64, attempt: Int, waiter: [String]) -> HandoffOutcome {
        let path = file(id, attempt, "eml").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return .refused("spool: \(String(cString: strerror(errno)))") }
        // Locked before the waiter starts, and held by it (it inherits the open file) until the
        // handoff has ended and is told.
        guard flock(descriptor, LOCK_EX) == 0, Descriptor.writeAll(descriptor, message), fsync(descriptor) == 0 else {
            close(descriptor)
            return .refused("spool: \(String(cString: strerror(errno)))")
        }
        _ = Spawn.run(waiter + [path], stdin: descriptor, stderr: nil, newSession: true)
        close(descriptor)
        return settle(id: id, attempt: attempt)
    }

    /// What the files of an attempt tell. The files of a told outcome stay until the caller has
    /// recorded it (`clear`): a run stopped in between finds them again and records it then.
    public func settle(id: Int64, attempt: Int) -> HandoffOutcome {
        let sent = file(id, attempt, "sent")
        let failed = file(id, attempt, "failed")
        let message = file(id, attempt, "eml")
        for _ in 0..<2 {
            if FileManager.default.fileExists(atPath: sent.path) { return .accepted }
            if let reason = try? String(contentsOf: failed, encoding: .utf8) { return .refused(reason) }
            let descriptor = open(message.path, O_RDONLY | O_CLOEXEC)
            if descriptor < 0 { continue }  // renamed meanwhile: look again
            defer { close(descriptor) }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 { return .inProgress }
            // The waiter was stopped, but sendmail ended and its status was written: that tells.
            if let status = Self.status(id: id, attempt: attempt, in: self) {
                return status == 0 ? .accepted : .refused("sendmail exit \(status)")
            }
            // Unlocked and untold: look once more, as the waiter may have told just now.
            if FileManager.default.fileExists(atPath: sent.path) || FileManager.default.fileExists(atPath: failed.path) { continue }
            removeAll(id, attempt)
            return .interrupted
        }
        removeAll(id, attempt)
        return .interrupted
    }

    /// sendmail's exit status as the shell wrote it, if it ended.
    static func status(id: Int64, attempt: Int, in spool: MailSpool) -> Int32? {
        (try? String(contentsOf: spool.file(id, attempt, "status"), encoding: .utf8)).flatMap {
            Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// Removes the files of every attempt but the ones still being handed (`keeping`, as id and
    /// attempt): a run stopped after recording an outcome and before clearing its files leaves
    /// them behind, and no later run would look at that attempt again.
    public func sweep(keeping: Set<HandoffAttempt>) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names {
            guard let attempt = HandoffAttempt(fileName: name), !keeping.contains(attempt) else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Removes an attempt's files once its outcome is recorded.
    public func clear(id: Int64, attempt: Int) { removeAll(id, attempt) }

    private func removeAll(_ id: Int64, _ attempt: Int) {
        for suffix in ["eml", "sent", "failed", "status", "status.tmp", "err"] {
            try? FileManager.default.removeItem(at: file(id, attempt, suffix))
        }
    }

    /// The waiter's side: runs sendmail on the spooled message (its standard input, locked by
    /// `hand`) and tells how it ended by renaming the file or writing the `.failed` one.
    public static func wait(file path: String, sendmail: [String]) -> Int32 {
        lseek(0, 0, SEEK_SET)
        let errors = path.replacingSuffix(".eml", with: ".err")
        let statusFile = path.replacingSuffix(".eml", with: ".status")
        // sh runs sendmail ("$@") and writes its exit status to "$0" whole, even if this waiter is
        // killed meanwhile; nothing of the message or its addresses reaches the shell's text.
        let keeper = ["/bin/sh", "-c", "\"$@\"; echo $? > \"$0.tmp\" && mv -f \"$0.tmp\" \"$0\"", statusFile]
        _ = Spawn.run(keeper + sendmail, stdin: 0, stderr: errors, newSession: false)
        let status = (try? String(contentsOfFile: statusFile, encoding: .utf8)).flatMap {
            Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let said = (try? String(contentsOfFile: errors, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        try? FileManager.default.removeItem(atPath: errors)
        if status == 0 {
            return rename(path, path.replacingSuffix(".eml", with: ".sent")) == 0 ? 0 : 1
        }
        // sh says 127 for a program it cannot start.
        let reason = status.flatMap { $0 == 127 ? nil : "sendmail exit \($0)" } ?? "sendmail: cannot start \(sendmail.first ?? "")"
        let failed = path.replacingSuffix(".eml", with: ".failed")
        try? ([reason, said].filter { !$0.isEmpty }.joined(separator: ": ")).write(toFile: failed, atomically: true, encoding: .utf8)
        return 1
    }
}

/// One attempt of one message, as the spool's file names (`ID-ATTEMPT.suffix`) tell it.
public struct HandoffAttempt: Hashable, Sendable {
    public let id: Int64
    public let attempt: Int

    public init(id: Int64, attempt: Int) {
        self.id = id
        self.attempt = attempt
    }

    /// The name of one of the attempt's files: `12-3.eml`.
    func fileName(_ suffix: String) -> String { "\(id)-\(attempt).\(suffix)" }

    /// Reads `12-3.eml`, `12-3.status.tmp`; nil for any other name (the run's lock).
    init?(fileName: String) {
        let stem = fileName.split(separator: ".", maxSplits: 1).first ?? ""
        let parts = stem.split(separator: "-")
        guard parts.count == 2, let id = Int64(parts[0]), let attempt = Int(parts[1]) else { return nil }
        self.init(id: id, attempt: attempt)
    }
}

extension String {
    fileprivate func replacingSuffix(_ suffix: String, with other: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + other : self + other
    }
}
