import ArgumentParser
import Foundation
import HelpDesk
import JournalCore
import Mail

/// `helpdesk notify`: the service account (a systemd timer) sends the mail that is due through
/// the system's sendmail; retried with back-off; never lost or sent twice when stopped.
struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify")

    @OptionGroup var options: FileOptions

    @Option var limit = 1000

    func run() throws {
        let texts = Texts(options.language)
        let session = Session(desk: try options.openDeskOrSay(), io: PipeIO(), language: options.language, json: options.json)
        let desk = session.desk
        let started = desk.journal.clock.now
        do {
            let settings = try desk.mailSettings(environment: options.environment)
            guard let from = settings.fromAddress else {
                session.refuse(.mailNotConfigured, field: .address)
                throw ExitCode(1)
            }
            let spool = try MailSpool(
                folder: URL(fileURLWithPath: options.databasePath).deletingLastPathComponent().appendingPathComponent("outbox"))
            guard Notifier.lock(spool) else {
                session.say(.notifyBusy)
                return
            }
            let notifier = Notifier(
                desk: desk, spool: spool, deskAddress: from, sendmail: settings.sendmail ?? MailSettings.defaultSendmail,
                program: Notifier.ownPath)
            let report = try notifier.run(limit: limit)
            let message = Message.notified(queued: report.queued, sent: report.sent, refused: report.refused, handing: report.stillHanding)
            try desk.recordRun(.notify, startedAt: started, succeeded: report.refused == 0, summary: texts(message))
            session.say(message)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            try? desk.recordRun(.notify, startedAt: started, succeeded: false, summary: "\(error)")
            throw ExitCode(session.report(error).rawValue)
        }
    }
}

/// The waiter of one handoff, started by `notify` in a session of its own: runs sendmail on the
/// spooled message and tells how it ended (`MailSpool.wait`). Not for people.
struct HandOffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hand-off", shouldDisplay: false)

    @Option var sendmail: String
    @Option var from: String
    @Argument var file: String

    func run() throws {
        let status = MailSpool.wait(file: file, sendmail: [sendmail, "-t", "-oi", "-f", from])
        if status != 0 { throw ExitCode(status) }
    }
}
