import Foundation
import HelpDesk
import JournalCore
import Mail

#if canImport(Glibc)
    import Glibc
#endif

/// What one `notify` run did.
struct NotifyReport: Equatable {
    var queued = 0
    var sent = 0
    var refused = 0
    /// Handoffs of a stopped run still going on: told next time.
    var stillHanding = 0
}

/// `helpdesk notify`: settles what a stopped run left handing, queues the reminders and digests
/// now due, then hands each due message to sendmail through the spool, one at a time, and
/// records how each handoff ended.
struct Notifier {
    let desk: SupportDesk
    let spool: MailSpool
    let deskAddress: String
    let sendmail: String
    /// The program the waiter runs as: this one (`hand-off`).
    let program: String

    func run(limit: Int) throws -> NotifyReport {
        var report = NotifyReport()
        var stillHanded: Set<HandoffAttempt> = []
        for message in try desk.messagesBeingHanded() {
            let outcome = spool.settle(id: try message.savedId, attempt: message.attempts)
            if outcome == .inProgress { stillHanded.insert(HandoffAttempt(id: try message.savedId, attempt: message.attempts)) }
            try settle(message, outcome, &report)
        }
        spool.sweep(keeping: stillHanded)
        report.queued = try desk.queueTimedMessages()
        let composer = MailComposer(desk: desk, deskAddress: deskAddress)
        var handed = 0
        while handed < limit, let message = try desk.claimDueMessages(limit: 1).first {
            handed += 1
            let outcome: HandoffOutcome
            do {
                let mail = try composer.compose(message, now: desk.journal.clock.now)
                // A handoff that did not even run (the waiter could not start) counts as a refusal.
                let handed = try spool.hand(mail.rendered(), id: message.savedId, attempt: message.attempts, waiter: waiter)
                outcome = handed == .interrupted ? .refused("the handoff did not run: \(program) hand-off") : handed
            } catch {
                outcome = .refused("\(error)")
            }
            try settle(message, outcome, &report)
        }
        return report
    }

    private var waiter: [String] { [program, "hand-off", "--sendmail", sendmail, "--from", deskAddress] }

    private func settle(_ message: OutboxMessage, _ outcome: HandoffOutcome, _ report: inout NotifyReport) throws {
        switch outcome {
        case .accepted:
            try desk.markSent(message.savedId)
            report.sent += 1
        case .refused(let reason):
            try desk.markRefused(message.savedId, error: reason)
            report.refused += 1
        case .interrupted:
            try desk.requeue(message.savedId)
        case .inProgress:
            report.stillHanding += 1
            return
        }
        try spool.clear(id: message.savedId, attempt: message.attempts)
    }

    /// Only one run at a time: the lock is held until the process ends.
    static func lock(_ spool: MailSpool) -> Bool {
        let descriptor = open(spool.folder.appendingPathComponent("notify.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        return descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }

    /// This program's own path, for the waiter.
    static var ownPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
