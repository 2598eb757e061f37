import Foundation
import JournalCore

extension Commands {
    static let planFields: [any FieldDeclaration] = [
        Arg.schoolClass, Arg.subject,
        Arg.subgroup.optional,
        Arg.teacher.optional,
    ]

    /// Course plans (КТП, J-PLAN-1).
    static let plans: [CommandSpec] = [
        CommandSpec(
            .planImport, .journal, nouns: ["plan", "ктп"], verbs: ["import", "загрузить"],
            fields: [Arg.planFile] + planFields
                + [
                    Arg.dryRun.optional,
                    Arg.skipErrors.optional,
                ],
            writes: true, example: "plan import ktp-5a.csv 5А Математика --dry-run",
            // What it did, or would do (a dry run, a file refused), counted; a person who answers no: a sentence.
            result: .oneOf([
                .record([.number(.added), .number(.changed), .number(.unchanged), .number(.removed), .number(.problems)]), .none,
            ])
        ) { session, arguments in
            let data = try session.readUserFile(try arguments.value(Arg.planFile))
            let caller = try session.requireCaller()
            let assignmentId = try planAssignment(session, arguments)
            func load(dryRun: Bool, allowRemoval: Bool) throws -> PlanImportReport {
                try session.journal.importCoursePlan(
                    caller, assignmentId: assignmentId, data: data, dryRun: dryRun,
                    skipProblems: arguments.isSet(Arg.skipErrors), allowRemoval: allowRemoval)
            }
            // A person is asked once, after the file was checked whole: a file with errors is
            // refused without a question; else what it would do, the topics that would go listed.
            let asking = session.io.isInteractive && !session.assumeYes && !arguments.isSet(Arg.yes) && !arguments.isSet(Arg.dryRun)
            var report = try load(
                dryRun: arguments.isSet(Arg.dryRun) || asking, allowRemoval: asking || session.assumeYes || arguments.isSet(Arg.yes))
            if asking && (report.problems.isEmpty || arguments.isSet(Arg.skipErrors)) {
                let removals: [Output] =
                    report.removedTopics.isEmpty
                    ? []
                    : [.message(.planWouldRemove(report.removedTopics.count))] + report.removedTopics.map { .text("  – " + $0) }
                session.show(
                    .lines(
                        [
                            .message(
                                .planReport(
                                    added: report.added, changed: report.changed, unchanged: report.unchanged, removed: report.removed,
                                    applied: false))
                        ] + removals))
                guard try Dialog(session: session).yesOrNo(session.texts(.confirm)) else { return .message(.cancelled) }
                report = try load(dryRun: false, allowRemoval: true)
            }
            var lines: [Output] = report.problems.map {
                .message(.planProblem(line: $0.line, column: $0.column, text: session.texts.reason($0.reason)))
            }
            // The counts as data right after the first sentence: a refusal's last sentence stays its last.
            let counts: [(Label, Cell)] = [
                (.added, Cell(report.added)), (.changed, Cell(report.changed)), (.unchanged, Cell(report.unchanged)),
                (.removed, Cell(report.removed)), (.problems, Cell(report.problems.count)),
            ]
            lines.insert(
                contentsOf: [
                    .message(
                        .planReport(
                            added: report.added, changed: report.changed, unchanged: report.unchanged,
                            removed: report.removed, applied: report.applied)),
                    .screen(.none, data: .record(counts)),
                ], at: 0)
            if report.needsConfirmation && !arguments.isSet(Arg.dryRun) {
                throw ReportedFailure(output: .lines(lines + [.message(.planRemovalNotConfirmed(report.removedTopics.count))]))
            }
            if !report.applied && !arguments.isSet(Arg.dryRun) {
                throw ReportedFailure(output: .lines(lines + [.message(.planNotImported)]))
            }
            // A dry run that finds errors fails too, so that a script checking a file notices.
            if !report.problems.isEmpty && arguments.isSet(Arg.dryRun) { throw ReportedFailure(output: .lines(lines)) }
            return .lines(lines)
        }.confirmingItself(),
        CommandSpec(
            .planExport, .journal, nouns: ["plan", "ктп"], verbs: ["export", "выгрузить"],
            fields: [Arg.planFile] + planFields,
            example: "plan export ktp-5a.csv 5А Математика", result: .none
        ) { session, arguments in
            let path = try arguments.value(Arg.planFile)
            let caller = try session.requireCaller()
            let assignmentId = try planAssignment(session, arguments)
            let data = try session.journal.exportCoursePlan(caller, assignmentId: assignmentId)
            try session.writeUserFile(data, to: path)
            if path == "-" { return .lines([]) }
            return .message(.planExported(path: path, items: try session.journal.planCoverage(caller, assignmentId: assignmentId).count))
        },
        CommandSpec(
            .planShow, .journal, nouns: ["plan", "ктп"], verbs: Words.show, fields: planFields,
            example: "plan show 5А Математика",
            result: .table([
                .number(.number), .text(.topic), .number(.hours), .date(.plannedDate).optional, .list(.covered, of: .date),
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let assignmentId = try planAssignment(session, arguments)
            let coverage = try session.journal.planCoverage(caller, assignmentId: assignmentId)
            let table = Output.table(
                columns: [.number, .topic, .hours, .plannedDate, .covered],
                rows: coverage.map {
                    [
                        Cell($0.item.position), .text($0.item.topic), Cell($0.item.hours), Cell($0.item.plannedDate),
                        .list($0.lessonDates.map(Cell.date)),
                    ]
                })
            guard let next = try session.journal.suggestedTopic(caller, assignmentId: assignmentId) else { return table }
            return .lines([table, .message(.nextTopic(next.topic))])
        },
    ]

    /// The assignment a plan belongs to: the caller's own, or the named teacher's.
    static func planAssignment(_ session: Session, _ arguments: Arguments) throws -> Int64 {
        let caller = try session.requireCaller()
        let classId = try arguments.value(Arg.schoolClass).id
        let subgroupId = try arguments[Arg.subgroup].map { try session.journal.findSubgroup(caller, classId: classId, named: $0).savedId }
        let year = try session.journal.year(caller, named: nil)
        let teacherId = arguments[Arg.teacher]?.id ?? caller.personId
        let found = try session.journal.assignments(caller, yearId: year.savedId, classId: classId, teacherId: teacherId)
            .first { $0.assignment.subjectId == arguments[Arg.subject]?.id && $0.assignment.subgroupId == subgroupId }
        guard let found else { throw JournalError.invalid(.subject, .unknown(arguments[Arg.subject]?.name ?? "")) }
        return try found.assignment.savedId
    }
}
