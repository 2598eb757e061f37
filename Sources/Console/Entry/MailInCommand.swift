import ArgumentParser
import Foundation
import HelpDesk
import JournalCore
import Mail

/// `helpdesk mail-in`: one message on standard input, as an MTA's pipe (an alias
/// `"|helpdesk mail-in --org CODE"`), procmail or fetchmail deliver it. Exit 0 when the message
/// was taken (answered, held or ignored on purpose), 65 when it is not mail (the MTA bounces it),
/// 75 when the database could not take it now (the MTA tries again later).
struct MailInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail-in")

    @OptionGroup var options: FileOptions

    @Option
    var org: String?

    /// A message bigger than this is refused as a whole: the attachments' limits keep the rest.
    static let maximumSize = 30 * 1024 * 1024

    func run() throws {
        let input = FileHandle.standardInput.readData(ofLength: Self.maximumSize + 1)
        let session = Session(desk: try openDesk(), io: PipeIO(), language: options.language, json: options.json)
        let started = session.desk.journal.clock.now
        guard input.count <= Self.maximumSize, let mail = try? ReceivedMail(parsing: input) else {
            session.refuse(.notAMail, field: nil)
            throw ExitCode(65)
        }
        do {
            let outcome = try session.desk.receiveMail(mail, organization: org)
            try? session.desk.recordRun(.mailIn, startedAt: started, succeeded: true, summary: session.texts(.mailIn(outcome)))
            session.say(.mailIn(outcome))
        } catch let error as JournalError {
            throw ExitCode(session.report(error).rawValue)
        } catch {
            _ = session.report(error)
            throw ExitCode(75)
        }
    }

    private func openDesk() throws -> SupportDesk {
        do { return try options.openDesk() } catch { throw ExitCode(75) }
    }
}
