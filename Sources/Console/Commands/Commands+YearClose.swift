import Foundation
import JournalCore

extension Commands {
    /// Closing the school year by the director's order (J-YEAR-2, J-ARCH-3), and its archive.
    static let yearClosing: [CommandSpec] = [
        CommandSpec(
            .yearClose, .school, nouns: ["year", "год"], verbs: ["close", "закрыть"],
            fields: [
                Arg.order, Arg.date, Arg.year.optional, Arg.retained.optional, Arg.leaving.optional, Arg.archive.optional,
                Arg.dryRun.optional, Arg.yes.optional,
            ],
            writes: true, example: "year close --order 45 --date 31.05.2027 --retain \"Ильин Иван\" --archive /srv/archive --dry-run",
            // A dry run's plan: each pupil's outcome; closing itself is said in sentences.
            result: .oneOf([.table(promotionFields), .none])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let year =
                try arguments[Arg.year].map { try session.journal.year(caller, named: $0.name) } ?? session.journal.year(caller, named: nil)
            let order = try arguments.value(Arg.order)
            let date = try arguments.value(Arg.date)
            let notes = PromotionNotes(
                Dictionary(
                    uniqueKeysWithValues: PromotionOutcome.allCases.map {
                        ($0, session.texts(.schoolYear(.promotionNote($0, order: order, date: date.dotted))))
                    }))
            func close(dryRun: Bool, progress: WorkProgress? = nil) throws -> YearClosingReport {
                try session.journal.closeYear(
                    caller, yearId: year.savedId, orderNumber: order, orderDate: date,
                    retained: try students(session, caller, arguments[Arg.retained]),
                    leaving: try students(session, caller, arguments[Arg.leaving]), notes: notes, dryRun: dryRun, progress: progress)
            }
            // The archive's folder is checked before anything is closed (issue 24).
            if let folder = arguments[Arg.archive] { try session.checkFolder(folder) }
            let plan = try close(dryRun: true)
            let table = promotionTable(plan, session)
            if arguments.isSet(Arg.dryRun) {
                return .lines([table, .message(.schoolYear(.closingPlan(plan.year, plan.nextYear, counts(plan))))])
            }
            if !(session.assumeYes || arguments.isSet(Arg.yes)) {
                guard session.io.isInteractive else { throw ReportedFailure(output: .message(.schoolYear(.closingNeedsYes))) }
                session.show(.lines([table, .message(.schoolYear(.closingPlan(plan.year, plan.nextYear, counts(plan))))]))
                guard try Dialog(session: session).yesOrNo(session.texts(.schoolYear(.closingQuestion(plan.year)))) else {
                    return .message(.schoolYear(.closingCancelled))
                }
            }
            // Shown when it takes over a second; Ctrl-C stops it and nothing of it is kept.
            let report = try session.withProgress(.closingYear) { progress in try close(dryRun: false, progress: progress) }
            var lines: [Output] = [.message(.schoolYear(.yearClosed(report.year, order: order, auditHead: report.auditHead ?? "")))]
            if let folder = arguments[Arg.archive] { lines += try archive(session, caller, year, into: folder) }
            return .lines(lines)
        }.confirmingItself(),
        CommandSpec(
            .yearArchive, .school, nouns: ["year", "год"], verbs: ["archive", "архив"], fields: [Arg.archive, Arg.year.optional],
            writes: false, example: "year archive --archive /media/usb/archive --year 2026/2027", result: .none
        ) { session, arguments in
            let caller = try session.requireCaller()
            let year =
                try arguments[Arg.year].map { try session.journal.year(caller, named: $0.name) } ?? session.journal.year(caller, named: nil)
            return .lines(try archive(session, caller, year, into: try arguments.value(Arg.archive)))
        },
    ]

    /// The pupils named, `;`-separated, among the school's students.
    private static func students(_ session: Session, _ caller: Caller, _ names: String?) throws -> Set<Int64> {
        guard let names else { return [] }
        return Set(
            try names.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map {
                try session.journal.findPerson(caller, $0, role: .student, field: .student).person.savedId
            })
    }

    private static func archive(_ session: Session, _ caller: Caller, _ year: AcademicYear, into folder: String) throws -> [Output] {
        guard let closure = try session.journal.closure(caller, yearId: year.savedId) else {
            throw ReportedFailure(output: .message(.schoolYear(.archiveNeedsClosedYear(year.name))))
        }
        try session.checkFolder(folder)
        let written = try YearArchive(session: session, caller: caller, year: year, closure: closure).write(into: folder)
        return [.message(.schoolYear(.archiveWritten(written.count, folder: folder)))]
    }

    /// The columns of `promotionTable`.
    static let promotionFields: [FieldShape] = [
        .text(.student), .text(.schoolClass), .code(.outcome, PromotionOutcome.self), .text(.outcomeClass).optional,
    ]

    private static func promotionTable(_ report: YearClosingReport, _ session: Session) -> Output {
        .table(
            columns: [.student, .schoolClass, .outcome, .outcomeClass],
            rows: report.lines.map { line in
                [
                    .text(line.student), .text(line.from), .choice(line.outcome) { session.texts(.schoolYear(.outcome($0))) },
                    Cell(line.to),
                ]
            })
    }

    private static func counts(_ report: YearClosingReport) -> [PromotionOutcome: Int] {
        Dictionary(grouping: report.lines, by: \.outcome).mapValues(\.count)
    }
}
