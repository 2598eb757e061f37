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
            example: "rollout add \"Обучение родителей 5 классов\" \"До 15 декабря 2026\" \"Классные руководители\"", result: .none
        ) { session, arguments in
            let task = try session.desk.addRolloutTask(
                session.requireCaller(), title: try arguments.value(Arg.title),
                deadline: try arguments.value(Arg.deadline), responsible: try arguments.value(Arg.responsible))
            return .message(.desk(.rolloutSaved(number: task.number)))
        },
        CommandSpec(
            .rolloutSet, .helpdesk, nouns: ["rollout", "внедрение"], verbs: ["set", "state", "состояние", "отметить"],
            fields: [
                Arg.task, Arg.rolloutState,
                Arg.rolloutNote.optional,
            ], writes: true,
            example: "rollout set 7 готово", result: .none
        ) { session, arguments in
            let task = try session.desk.setRolloutState(
                session.requireCaller(), number: try arguments.value(Arg.task),
                state: try arguments.value(Arg.rolloutState), note: arguments[Arg.rolloutNote])
            return .message(.desk(.rolloutSaved(number: task.number)))
        },
        CommandSpec(
            .rolloutImport, .helpdesk, nouns: ["rollout", "внедрение"], verbs: ["import", "загрузить"], fields: [Arg.scheduleFile],
            writes: true,
            example: "rollout import plan.yaml", result: .none
        ) { session, arguments in
            let path = try arguments.value(Arg.scheduleFile)
            guard let text = String(data: try session.readUserFile(path), encoding: .utf8) else {
                throw ReportedFailure(output: .message(.cannotReadFile(path: path)))
            }
            let result = try session.desk.importRollout(session.requireCaller(), yaml: text)
            return .message(.desk(.rolloutImported(added: result.added, updated: result.updated)))
        },
    ]

    /// The plan's tasks: `rolloutTable`'s columns. The deadline is a date where its words name a day.
    static let rolloutFields: [FieldShape] = [
        .number(.number), .text(.title), .date(.deadline).optional, .text(.responsible), .code(.state, RolloutState.self),
    ]

    static func rolloutTable(_ tasks: [RolloutTask], today: LocalDate, _ session: Session) -> Output {
        let texts = session.texts
        return .table(
            columns: [.number, .title, .deadline, .responsible, .state],
            rows: tasks.map { task in
                var state = texts.rolloutState(task.state)
                if let done = task.doneOn { state += " \(texts.date(done))" }
                if task.isOverdue(today: today) { state += " — " + texts(.desk(.overdue)) }
                return [
                    Cell(task.number), .text(task.title), Cell(task.deadline).shown(task.deadlineText), .text(task.responsible),
                    .code(task.state.rawValue, word: state),
                ]
            })
    }
}
