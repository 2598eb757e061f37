import Foundation
import HelpDesk
import JournalCore

extension Commands {

    /// Trainings and seminars (H-TRAIN-1): planned, registered for, attended, and checked against
    /// the once-a-quarter obligation.
    static let trainings: [CommandSpec] = [
        CommandSpec(
            .trainingNew, .helpdesk, nouns: ["training", "обучение", "семинар"], verbs: Words.new + ["запланировать"],
            fields: [
                Arg.audience, Arg.date,
                Arg.startTime, Arg.endTime,
                Arg.trainer,
                Arg.capacity,
                Arg.topic.optional,
                Arg.grades.optional,
                Arg.format.optional,
                Arg.trainingRoom.optional,
            ],
            writes: true, example: "training new учителя 15.01.2027 15:00 16:30 \"Нечаева О.О.\" 25 --grades 5-9",
            result: .table(trainingFields)
        ) { session, arguments in
            let training = try session.desk.planTraining(
                session.requireCaller(),
                TrainingPlan(
                    topic: arguments[Arg.topic], audience: try arguments.value(Arg.audience), gradeBand: arguments[Arg.grades],
                    format: arguments[Arg.format] ?? .training, date: try arguments.value(Arg.date),
                    start: try arguments.value(Arg.startTime),
                    end: try arguments.value(Arg.endTime), room: arguments[Arg.trainingRoom], trainer: try arguments.value(Arg.trainer),
                    capacity: try arguments.value(Arg.capacity)))
            return try .lines([
                .message(.desk(.trainingPlanned(id: training.savedId))),
                trainingTable([TrainingRow(training: training, registered: 0, attended: 0)], session),
            ])
        },
        CommandSpec(
            .trainingList, .helpdesk, nouns: ["training", "обучение", "семинар", "занятия"], verbs: Words.list,
            fields: [Arg.from.optional], result: .table(trainingFields)
        ) { session, arguments in
            trainingTable(try session.desk.trainings(session.requireCaller(), from: arguments[Arg.from]), session)
        },
        CommandSpec(
            .trainingTopics, .helpdesk, nouns: ["training", "обучение"], verbs: ["topics", "темы"],
            fields: [Arg.audience.optional], needsLogin: false,
            result: .table([.code(.audience, TrainingAudience.self), .text(.topic)])
        ) { session, arguments in
            let audiences = arguments[Arg.audience].map { [$0] } ?? TrainingAudience.allCases
            return .lines([
                .message(.desk(.defaultTopics)),
                .table(
                    columns: [.audience, .topic],
                    rows: audiences.flatMap { audience in
                        DefaultTopics.topics(for: audience).map { [.choice(audience, session.texts.audience), .text($0)] }
                    }),
            ])
        },
        CommandSpec(
            .trainingRegister, .helpdesk, nouns: ["training", "обучение", "семинар"], verbs: ["register", "записаться", "записать"],
            fields: [Arg.training, Arg.trainee.optional], writes: true,
            example: "training register 4", result: .record([.number(.training), .text(.person)])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let training = try session.desk.register(
                caller, trainingId: try arguments.value(Arg.training), personId: arguments[Arg.trainee]?.id)
            let person = arguments[Arg.trainee]?.name ?? caller.fullName
            let id = try training.savedId
            let when = "\(session.texts.date(training.date)) \(training.start)"
            return .lines([
                .message(
                    .desk(
                        arguments[Arg.trainee].map { .registeredOther(name: $0.name, topic: training.topic, when: when) }
                            ?? .registered(topic: training.topic, when: when))),
                .screen(.none, data: .record([(.training, Cell(id)), (.person, .text(person))])),
            ])
        },
        CommandSpec(
            .trainingShow, .helpdesk, nouns: ["training", "обучение", "семинар"], verbs: Words.show, fields: [Arg.training],
            result: .table([.text(.person), .flag(.attended).optional])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let id = try arguments.value(Arg.training)
            let people = try session.desk.registrations(caller, trainingId: id)
            let texts = session.texts
            return .table(
                columns: [.person, .attended],
                rows: people.map { person in
                    [.text(person.name), person.attended.map { Cell.flag($0).shown(texts(.desk($0 ? .came : .didNotCome))) } ?? .empty]
                })
        },
        CommandSpec(
            .trainingAttendance, .helpdesk, nouns: ["training", "обучение", "семинар"], verbs: ["attendance", "посещение", "отметить"],
            fields: [
                Arg.training, Arg.person,
                Arg.attended,
            ], writes: true,
            example: "training attendance 4 \"Волкова Ирина Петровна\" да",
            result: .record([.number(.training), .text(.person), .flag(.attended)])
        ) { session, arguments in
            let training = try arguments.value(Arg.training)
            let person = try arguments.value(Arg.person)
            let attended = arguments[Arg.attended] == .yes
            try session.desk.recordTrainingAttendance(
                session.requireCaller(), trainingId: training, personId: person.id, attended: attended)
            return .lines([
                .message(.desk(.attendanceRecorded)),
                .screen(.none, data: .record([(.training, Cell(training)), (.person, .text(person.name)), (.attended, .flag(attended))])),
            ])
        },
        CommandSpec(
            .trainingCancel, .helpdesk, nouns: ["training", "обучение", "семинар"], verbs: ["cancel", "отменить"],
            fields: [Arg.training], writes: true, result: .record([.number(.training), .marker(.cancelled)])
        ) { session, arguments in
            let training = try session.desk.cancelTraining(session.requireCaller(), trainingId: try arguments.value(Arg.training))
            let id = try training.savedId
            return .lines([
                .message(.desk(.trainingCancelled)),
                .screen(.none, data: .record([(.training, Cell(id).marked(.cancelled, if: training.cancelled))])),
            ])
        },
        CommandSpec(
            .trainingCheck, .helpdesk, nouns: ["training", "обучение"], verbs: ["check", "проверка", "проверить"],
            fields: [Arg.quarterYear.optional], example: "training check",
            result: .table([
                .number(.quarter), .date(.startDate), .date(.endDate), .code(.audience, TrainingAudience.self), .number(.trainingsHeld),
            ])
        ) { session, arguments in
            let coverage = try session.desk.quarterlyCheck(session.requireCaller(), year: arguments[Arg.quarterYear])
            let unmet = coverage.filter { !$0.isMet }
            let texts = session.texts
            return .lines([
                .message(.desk(unmet.isEmpty ? .quartersAllMet : .quartersUnmet(unmet.count))),
                .table(
                    columns: [.quarter, .startDate, .endDate, .audience, .trainingsHeld],
                    rows: coverage.map { quarter -> [Cell] in
                        let held = Cell(quarter.trainings)
                        return [
                            Cell(quarter.quarter), .date(quarter.start), .date(quarter.end), .choice(quarter.audience, texts.audience),
                            quarter.isMet ? held : held.shown(texts(.desk(.notHeld))),
                        ]
                    }),
            ])
        },
    ]

    /// The columns of `trainingTable`: a training called off has its `cancelled` mark.
    static let trainingFields: [FieldShape] = [
        .number(.training), .date(.date), .value(.time, .span), .code(.format, TrainingFormat.self), .marker(.cancelled),
        .object(.audience, [.code(.audience, TrainingAudience.self), .code(.gradeBand, GradeBand.self).optional]), .text(.topic),
        .text(.trainer), .text(.room).optional, .object(.registered, [.number(.registered), .number(.capacity)]),
    ]

    static func trainingTable(_ rows: [TrainingRow], _ session: Session) -> Output {
        let texts = session.texts
        return .table(
            columns: [.training, .date, .time, .format, .audience, .topic, .trainer, .room, .registered],
            rows: rows.map { row in
                let training = row.training
                let audience = Cell.object([
                    (.audience, .choice(training.audience, texts.audience)),
                    (.gradeBand, training.gradeBand.map { .code($0.rawValue, word: $0.rawValue) } ?? .empty),
                ])
                let places = Cell.object([(.registered, Cell(row.registered)), (.capacity, Cell(training.capacity))])
                return [
                    Cell(training.id), .date(training.date), .span(training.start, training.end),
                    Cell.choice(training.format, texts.format).marked(.cancelled, if: training.cancelled),
                    audience.shown(texts.audience(training.audience) + (training.gradeBand.map { " \($0.rawValue)" } ?? "")),
                    .text(training.topic), .text(training.trainer), Cell(training.room),
                    places.shown("\(row.registered)/\(training.capacity)"),
                ]
            })
    }
}
