import Foundation
import HelpDesk
import JournalCore

extension Commands {
    static let trainingField = FieldSpec("training", "занятие", .training, .integer(1...Int(Int32.max)))

    /// Trainings and seminars (H-TRAIN-1): planned, registered for, attended, and checked against
    /// the once-a-quarter obligation.
    static let trainings: [CommandSpec] = [
        CommandSpec(
            .trainingNew, .helpdesk, nouns: ["training", "обучение", "семинар"], verbs: Words.new + ["запланировать"],
            fields: [
                FieldSpec("audience", "для", .audience, .choice(.audience)), FieldSpec("date", "дата", .date, .date),
                FieldSpec("start", "начало", .startDate, .time), FieldSpec("end", "конец", .endDate, .time),
                FieldSpec("trainer", "ведущий", .trainer, .text(max: 120)),
                FieldSpec("capacity", "мест", .capacity, .integer(1...1000)),
                FieldSpec("topic", "тема", .topic, .text(max: 300), required: false),
                FieldSpec("grades", "классы", .gradeBand, .choice(.gradeBand), required: false),
                FieldSpec("format", "формат", .format, .choice(.trainingFormat), required: false),
                FieldSpec("room", "кабинет", .room, .text(max: 60), required: false),
            ],
            writes: true, example: "training new учителя 15.01.2027 15:00 16:30 \"Нечаева О.О.\" 25 --grades 5-9"
        ) { session, arguments in
            let training = try session.desk.planTraining(
                session.requireCaller(),
                TrainingPlan(
                    topic: arguments.text("topic"), audience: arguments.choice("audience")!, gradeBand: arguments.choice("grades"),
                    format: arguments.choice("format") ?? .training, date: arguments.date("date")!, start: arguments.time("start")!,
                    end: arguments.time("end")!, room: arguments.text("room"), trainer: arguments.text("trainer")!,
                    capacity: arguments.integer("capacity")!))
            return .lines([
                .message(.desk(.trainingPlanned(id: training.id!))),
                trainingTable([TrainingRow(training: training, registered: 0, attended: 0)], session),
            ])
        },
        CommandSpec(
            .trainingList, .helpdesk, nouns: ["training", "обучение", "семинар", "занятия"], verbs: Words.list,
            fields: [fromField]
        ) { session, arguments in
            let rows = try session.desk.trainings(session.requireCaller(), from: arguments.date("from"))
            return rows.isEmpty ? .message(.nothingFound) : trainingTable(rows, session)
        },
        CommandSpec(
            .trainingTopics, .helpdesk, nouns: ["training", "обучение"], verbs: ["topics", "темы"],
            fields: [FieldSpec("audience", "для", .audience, .choice(.audience), required: false)], needsLogin: false
        ) { session, arguments in
            let audiences = arguments.choice("audience").map { [$0] } ?? TrainingAudience.allCases
            return .lines([
                .message(.desk(.defaultTopics)),
                .table(
                    columns: [.audience, .topic],
                    rows: audiences.flatMap { audience in
                        DefaultTopics.topics(for: audience).map { [session.texts.audience(audience), $0] }
                    }),
            ])
        },
        CommandSpec(
            .trainingRegister, .helpdesk, nouns: ["training", "обучение", "семинар"], verbs: ["register", "записаться", "записать"],
            fields: [trainingField, FieldSpec("person", "кого", .person, .person(nil), required: false)], writes: true,
            example: "training register 4"
        ) { session, arguments in
            let training = try session.desk.register(
                session.requireCaller(), trainingId: Int64(arguments.integer("training")!), personId: arguments.id("person"))
            return .message(.desk(.registered(topic: training.topic, when: "\(session.texts.date(training.date)) \(training.start)")))
        },
        CommandSpec(.trainingShow, .helpdesk, nouns: ["training", "обучение", "семинар"], verbs: Words.show, fields: [trainingField]) {
            session, arguments in
            let caller = try session.requireCaller()
            let id = Int64(arguments.integer("training")!)
            let people = try session.desk.registrations(caller, trainingId: id)
            let texts = session.texts
            return .table(
                columns: [.person, .attended],
                rows: people.map { person in
                    [person.name, person.attended.map { texts(.desk($0 ? .came : .didNotCome)) } ?? ""]
                })
        },
        CommandSpec(
            .trainingAttendance, .helpdesk, nouns: ["training", "обучение", "семинар"], verbs: ["attendance", "посещение", "отметить"],
            fields: [
                trainingField, FieldSpec("person", "кто", .person, .person(nil)),
                FieldSpec("came", "был", .attended, .choice(.yesNo)),
            ], writes: true,
            example: "training attendance 4 \"Волкова Ирина Петровна\" да"
        ) { session, arguments in
            try session.desk.recordTrainingAttendance(
                session.requireCaller(), trainingId: Int64(arguments.integer("training")!),
                personId: arguments.id("person")!, attended: arguments.choice("came", as: YesNo.self) == .yes)
            return .message(.desk(.attendanceRecorded))
        },
        CommandSpec(
            .trainingCancel, .helpdesk, nouns: ["training", "обучение", "семинар"], verbs: ["cancel", "отменить"],
            fields: [trainingField], writes: true
        ) { session, arguments in
            _ = try session.desk.cancelTraining(session.requireCaller(), trainingId: Int64(arguments.integer("training")!))
            return .message(.desk(.trainingCancelled))
        },
        CommandSpec(
            .trainingCheck, .helpdesk, nouns: ["training", "обучение"], verbs: ["check", "проверка", "проверить"],
            fields: [FieldSpec("year", "год", .year, .text(max: 20), required: false)], example: "training check"
        ) { session, arguments in
            let coverage = try session.desk.quarterlyCheck(session.requireCaller(), year: arguments.text("year"))
            let unmet = coverage.filter { !$0.isMet }
            let texts = session.texts
            return .lines([
                .message(.desk(unmet.isEmpty ? .quartersAllMet : .quartersUnmet(unmet.count))),
                .table(
                    columns: [.quarter, .startDate, .endDate, .audience, .trainingsHeld],
                    rows: coverage.map {
                        [
                            String($0.quarter), texts.date($0.start), texts.date($0.end), texts.audience($0.audience),
                            $0.isMet ? String($0.trainings) : texts(.desk(.notHeld)),
                        ]
                    }),
            ])
        },
    ]

    static func trainingTable(_ rows: [TrainingRow], _ session: Session) -> Output {
        let texts = session.texts
        return .table(
            columns: [.training, .date, .time, .format, .audience, .topic, .trainer, .room, .registered],
            rows: rows.map { row in
                let training = row.training
                let audience = texts.audience(training.audience) + (training.gradeBand.map { " \($0.rawValue)" } ?? "")
                return [
                    String(training.id!), texts.date(training.date), "\(training.start)–\(training.end)",
                    texts.format(training.format) + (training.cancelled ? " (\(texts.bookingState(.cancelled)))" : ""), audience,
                    training.topic, training.trainer, training.room ?? "", "\(row.registered)/\(training.capacity)",
                ]
            })
    }
}
