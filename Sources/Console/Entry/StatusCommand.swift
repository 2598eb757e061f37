import ArgumentParser
import Foundation
import HelpDesk
import JournalCore

/// `helpdesk status`: when `notify`, `backup` and `mail-in` last ran and how, and what waits in
/// the outbox — for the service account and whoever looks after the server.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status")

    @OptionGroup var options: FileOptions

    func run() throws {
        let session = Session(desk: try options.openDeskOrSay(readOnly: true), io: PipeIO(), language: options.language, json: options.json)
        do {
            session.show(Commands.statusReport(try session.desk.outboxStatus(), session))
        } catch {
            throw ExitCode(session.report(error).rawValue)
        }
    }
}

extension Commands {
    static func statusReport(_ status: OutboxStatus, _ session: Session) -> Output {
        let texts = session.texts
        let runs = ServiceJob.allCases.map { job in
            let run = status.runs.first { $0.job == job }
            return [
                Cell.code(job.rawValue, word: texts(.serviceJob(job))), run.map { .moment($0.startedAt, session.zone) } ?? .empty,
                run.map { Cell.flag($0.succeeded).shown(texts(.runOutcome(succeeded: $0.succeeded))) }
                    ?? Cell.empty.shown(texts(.neverRan)),
                Cell(run?.summary),
            ]
        }
        let outbox = Output.record([
            (.queued, Cell(status.queued)), (.handing, Cell(status.handing)), (.abandoned, Cell(status.abandoned)),
            (.sent, Cell(status.sent)), (.nextDue, status.nextDue.map { Cell.moment($0, session.zone) } ?? .empty),
        ])
        let jobs = Output.table(columns: [.job, .date, .outcome, .summary], rows: runs)
        // JSON has the two by name; the screen, the outbox's lines then the jobs' table, untitled.
        return .screen(.lines([outbox, jobs]), data: .sections([(.queue, outbox), (.job, jobs)]))
    }
}
