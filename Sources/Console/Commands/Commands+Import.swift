import Foundation
import JournalCore

extension Commands {
    static let importFlags: [any FieldDeclaration] = [Arg.dryRun.optional, Arg.skipErrors.optional, Arg.yes.optional]

    /// Class lists, staff and teaching load from the school's spreadsheets (J-YEAR-1).
    static let imports: [CommandSpec] = [
        CommandSpec(
            .studentImport, .people, nouns: ["student", "ученик", "ученики"], verbs: ["import", "загрузить"],
            fields: [Arg.planFile, Arg.year.optional] + importFlags, writes: true,
            example: "student import 5а.xlsx --dry-run", result: importShape
        ) { session, arguments in
            let data = try session.readUserFile(try arguments.value(Arg.planFile))
            let caller = try session.requireCaller()
            return try runImport(session, arguments, .student) { mode, progress in
                try session.journal.importStudents(caller, data: data, yearId: arguments[Arg.year]?.id, mode: mode, progress: progress)
            }
        }.confirmingItself(),
        CommandSpec(
            .staffImport, .people, nouns: ["staff", "сотрудник", "сотрудники"], verbs: ["import", "загрузить"],
            fields: [Arg.planFile] + importFlags, writes: true, example: "staff import staff.xlsx --dry-run", result: importShape
        ) { session, arguments in
            let data = try session.readUserFile(try arguments.value(Arg.planFile))
            let caller = try session.requireCaller()
            return try runImport(session, arguments, .staff) { mode, _ in try session.journal.importStaff(caller, data: data, mode: mode) }
        }.confirmingItself(),
        CommandSpec(
            .assignmentImport, .teaching, nouns: ["assignment", "нагрузка"], verbs: ["import", "загрузить"],
            fields: [Arg.planFile, Arg.year.optional] + importFlags, writes: true, example: "assignment import load.csv --dry-run",
            result: importShape
        ) { session, arguments in
            let data = try session.readUserFile(try arguments.value(Arg.planFile))
            let caller = try session.requireCaller()
            return try runImport(session, arguments, .assignment) { mode, _ in
                try session.journal.importAssignments(caller, data: data, yearId: arguments[Arg.year]?.id, mode: mode)
            }
        }.confirmingItself(),
    ]

    /// What an import did, or would do (a dry run, a file refused), counted: added and changed by
    /// kind of record, unchanged, pupils moved to another class, posts given to other teachers,
    /// rows left to complete, problems. A person who answers no: a sentence.
    static let importShape = ResultShape.oneOf([
        .record([
            .list(.counts, of: .object([.code(.importKind, ImportKind.self), .number(.added), .number(.changed)])),
            .number(.unchanged), .number(.moved), .number(.reassigned), .number(.toComplete), .number(.problems),
        ]),
        .none,
    ])

    /// Runs an import, shows what it found, and asks: a person is asked once, after the file was
    /// checked whole (a file with errors is refused without a question), with what it will add,
    /// change, move and replace before them. A dry run or a file with errors fails (exit 1), so
    /// that a script checking a file notices.
    static func runImport(
        _ session: Session, _ arguments: Arguments, _ main: ImportKind, _ load: (ImportMode, WorkProgress?) throws -> ImportReport
    ) throws -> Output {
        let dryRun = arguments.isSet(Arg.dryRun)
        let asking = session.io.isInteractive && !session.assumeYes && !arguments.isSet(Arg.yes) && !dryRun
        var mode = ImportMode(
            dryRun: dryRun || asking, skipProblems: arguments.isSet(Arg.skipErrors),
            confirmed: session.assumeYes || arguments.isSet(Arg.yes))
        var report = try session.withProgress(.importing) { progress in try load(mode, progress) }
        if asking && (report.problems.isEmpty || mode.skipProblems) {
            // What it would do, then the one question.
            session.show(.lines(reportLines(report, main, session)))
            guard try Dialog(session: session).yesOrNo(session.texts(.confirm)) else { return .message(.cancelled) }
            mode.dryRun = false
            mode.confirmed = true
            report = try session.withProgress(.importing) { progress in try load(mode, progress) }
        }
        // The counts as data right after the first sentence: a refusal's last sentence stays its last.
        var lines = reportLines(report, main, session)
        lines.insert(.screen(.none, data: importRecord(report, main, session)), at: 1)
        if report.applied { return .lines(lines) }
        if !report.problems.isEmpty && !mode.skipProblems {
            throw ReportedFailure(output: .lines(lines + (dryRun ? [] : [.message(.planNotImported)])))
        }
        if report.needsConfirmation && !dryRun {
            let moves: [Output] = report.moves.isEmpty ? [] : [.message(.schoolYear(.importMovesNotConfirmed(report.moves.count)))]
            let replacements: [Output] =
                report.replacements.isEmpty ? [] : [.message(.schoolYear(.importReplacementsNotConfirmed(report.replacements.count)))]
            lines += moves + replacements
            throw ReportedFailure(output: .lines(lines))
        }
        if dryRun && !report.problems.isEmpty { throw ReportedFailure(output: .lines(lines)) }
        return .lines(lines)
    }

    /// What an import did, or would do: its counts, the changes, what is left to complete, the
    /// problems, and what it moves or replaces under its own heading after the problems.
    private static func reportLines(_ report: ImportReport, _ main: ImportKind, _ session: Session) -> [Output] {
        var lines: [Output] = [
            .message(.schoolYear(.importReport(applied: report.applied, counts: counts(report, main), unchanged: report.unchanged)))
        ]
        lines += report.changed.prefix(200).map { entry in
            .message(
                .schoolYear(
                    .importChange(
                        applied: report.applied, name: entry.name,
                        fields: entry.fields.map { session.texts.label(Label($0)) }.joined(separator: ", "))))
        }
        func problemLine(_ problem: ImportProblem) -> Output {
            .message(
                .schoolYear(
                    .importProblem(
                        sheet: problem.sheet, line: problem.line, column: problem.column,
                        text: session.texts.reason(problem.reason, of: Label(problem.field)))
                ))
        }
        if !report.toComplete.isEmpty {
            lines += [.message(.schoolYear(.importToComplete(report.toComplete.count)))] + report.toComplete.map(problemLine)
        }
        lines += report.problems.map(problemLine)
        // What the file moves or replaces, under its own heading after the problems.
        return lines + moveLines(report)
    }

    /// The pupils the file moves to another class and the posts it gives to other teachers, each
    /// under its heading: asked about before loading, listed by a dry run and after loading.
    private static func moveLines(_ report: ImportReport) -> [Output] {
        let moves: [Output] =
            report.moves.isEmpty
            ? []
            : [.message(.schoolYear(.importWouldMove(applied: report.applied, report.moves.count)))]
                + report.moves.map { .message(.schoolYear(.importMove(student: $0.student, from: $0.from, to: $0.to))) }
        let replacements: [Output] =
            report.replacements.isEmpty
            ? []
            : [.message(.schoolYear(.importWouldReplace(applied: report.applied, report.replacements.count)))]
                + report.replacements.map { .message(.schoolYear(.importReplacement($0))) }
        return moves + replacements
    }

    private static func importRecord(_ report: ImportReport, _ main: ImportKind, _ session: Session) -> Output {
        let counts = counts(report, main).map { count in
            Cell.object([
                (.importKind, .code(count.kind.rawValue, word: session.texts(.schoolYear(.importKind(count.kind))))),
                (.added, Cell(count.added)), (.changed, Cell(count.changed)),
            ])
        }
        return .record([
            (.counts, .list(counts)), (.unchanged, Cell(report.unchanged)), (.moved, Cell(report.moves.count)),
            (.reassigned, Cell(report.replacements.count)), (.toComplete, Cell(report.toComplete.count)),
            (.problems, Cell(report.problems.count)),
        ])
    }

    private static func counts(_ report: ImportReport, _ main: ImportKind) -> [ImportCount] {
        ImportKind.allCases.compactMap { kind in
            let (added, changed) = report.count(kind)
            let present = report.added.contains { $0.kind == kind } || report.changed.contains { $0.kind == kind }
            return present || kind == main ? ImportCount(kind: kind, added: added, changed: changed) : nil
        }
    }
}
