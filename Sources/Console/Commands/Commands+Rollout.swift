import Foundation
import HelpDesk
import JournalCore

extension Commands {
    /// The rollout plan (H-PLAN-1).
    static let rollout: [CommandSpec] = [
        CommandSpec(.rolloutList, .helpdesk, nouns: ["rollout", "внедрение"], verbs: Words.list, result: .table(rolloutFields)) {
            session, _ in
            let caller = try session.requireCaller()
            return rolloutTable(try session.desk.rollout(caller), today: try session.journal.today(caller), session)
        },
        CommandSpec(
            .rolloutOverdue, .helpdesk, nouns: ["rollout", "внедрение"], verbs: ["overdue", "просрочено"], result: .table(rolloutFields)
        ) { session, _ in
            let caller = try session.requireCaller()
            let tasks = try session.desk.overdueRollout(caller)
            return tasks.isEmpty ? .message(.desk(.nothingOverdue)) : rolloutTable(tasks, today: try session.journal.today(caller), session)
        },
        CommandSpec(
            .rolloutAdd, .helpdesk, nouns: ["rollout", "внедрение"], verbs: Words.new,
            fields: [
                Arg.title, Arg.deadline,
                Arg.responsible,
            ], writes: true,
            example: "rollout add \"Обучение родителей 5 классов\" \"До 15 декабря 2026\" \"Классные руководители\"",
            result: .record(rolloutFields)
        ) { session, arguments in
            let caller = try session.requireCaller()
            let task = try session.desk.addRolloutTask(
                caller, title: try arguments.value(Arg.title),
                deadline: try arguments.value(Arg.deadline), responsible: try arguments.value(Arg.responsible))
            return .lines([
                .message(.desk(.rolloutSaved(number: task.number))), rolloutRecord(task, today: try session.journal.today(caller), session),
            ])
        },
        CommandSpec(
            .rolloutSet, .helpdesk, nouns: ["rollout", "внедрение"], verbs: ["set", "state", "состояние", "отметить"],
            fields: [
                Arg.task, Arg.rolloutState,
                Arg.rolloutNote.optional,
            ], writes: true,
            example: "rollout set 7 готово", result: .record(rolloutFields)
        ) { session, arguments in
            let caller = try session.requireCaller()
            let task = try session.desk.setRolloutState(
                caller, number: try arguments.value(Arg.task),
                state: try arguments.value(Arg.rolloutState), note: arguments[Arg.rolloutNote])
            return .lines([
                .message(.desk(.rolloutSaved(number: task.number))), rolloutRecord(task, today: try session.journal.today(caller), session),
            ])
        },
        CommandSpec(
            .rolloutImport, .helpdesk, nouns: ["rollout", "внедрение"], verbs: ["import", "загрузить"], fields: [Arg.scheduleFile],
            writes: true,
            example: "rollout import plan.yaml", result: .record([.number(.added), .number(.changed)])
        ) { session, arguments in
            let path = try arguments.value(Arg.scheduleFile)
            guard let text = String(data: try session.readUserFile(path), encoding: .utf8) else {
                throw ReportedFailure(output: .message(.cannotReadFile(path: path)))
            }
            let result = try session.desk.importRollout(session.requireCaller(), yaml: text)
            return .lines([
                .message(.desk(.rolloutImported(added: result.added, updated: result.updated))),
                .screen(.none, data: .record([(.added, Cell(result.added)), (.changed, Cell(result.updated))])),
            ])
        },
    ]

    /// The plan's tasks: `rolloutTable`'s columns. The deadline is a date where its words name a day;
    /// the day a task was done and whether it is overdue, said on screen beside its state, are keys.
    static let rolloutFields: [FieldShape] = [
        .number(.number), .text(.title), .date(.deadline).optional, .text(.responsible), .code(.state, RolloutState.self),
        .date(.doneDate).optional, .flag(.overdue),
    ]

    private static let rolloutColumns: [Label] = [.number, .title, .deadline, .responsible, .state]
    /// `rolloutFields`' keys: the shown columns, then the done day and the overdue flag.
    private static let rolloutDataColumns: [Label] = rolloutColumns + [.doneDate, .overdue]

    static func rolloutTable(_ tasks: [RolloutTask], today: LocalDate, _ session: Session) -> Output {
        let rows = tasks.map { rolloutRow($0, today: today, session.texts) }
        return .screen(
            .table(columns: rolloutColumns, rows: rows.map { Array($0.prefix(rolloutColumns.count)) }),
            data: .table(columns: rolloutDataColumns, rows: rows))
    }

    /// A task added or changed: the sentence on screen, its row as data.
    static func rolloutRecord(_ task: RolloutTask, today: LocalDate, _ session: Session) -> Output {
        .screen(.none, data: .record(Array(zip(rolloutDataColumns, rolloutRow(task, today: today, session.texts)))))
    }

    /// A task's cells under `rolloutDataColumns`.
    private static func rolloutRow(_ task: RolloutTask, today: LocalDate, _ texts: Texts) -> [Cell] {
        var state = texts.rolloutState(task.state)
        if let done = task.doneOn { state += " \(texts.date(done))" }
        let overdue = task.isOverdue(today: today)
        if overdue { state += " — " + texts(.desk(.overdue)) }
        return [
            Cell(task.number), .text(task.title), Cell(task.deadline).shown(task.deadlineText), .text(task.responsible),
            .code(task.state.rawValue, word: state), Cell(task.doneOn), .flag(overdue),
        ]
    }
}
