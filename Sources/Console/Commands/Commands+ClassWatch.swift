import Foundation
import JournalCore

extension Commands {
    /// The forecast; with `--send` under `marks`, beside what was sent: whether it went later than
    /// two weeks before the period's end, and to how many families and deputy directors.
    static let forecastShape = ResultShape.oneOf([
        ForecastSheet.dataShape,
        .sections([
            SectionShape(.marks, ForecastSheet.dataShape),
            SectionShape(.send, .record([.flag(.late), .number(.familyCount), .number(.deputyCount)])),
        ]),
    ])

    /// The class teacher's watch (J-REP-4, J-DIARY-3, J-DIARY-4): the risk group, the forecast
    /// sent two weeks before a period ends, and the guardians' acknowledgements of final marks.
    static let classWatch: [CommandSpec] = [
        CommandSpec(
            .reportRisk, .journal, nouns: ["report", "отчёт", "отчет"], verbs: ["risk", "риск"],
            fields: [Arg.schoolClass, Arg.averageBelow.optional, Arg.absencesOver.optional],
            example: "report risk 5А --average 3,0 --absences 5", result: .table(riskFields)
        ) { session, arguments in
            let caller = try session.requireCaller()
            let schoolClass = try arguments.value(Arg.schoolClass)
            var rule = RiskRule()
            if let text = arguments[Arg.averageBelow] {
                guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), (1...5).contains(value) else {
                    throw ReportedFailure(output: .message(.invalidValue(.averageBelow, .outOfRange(min: 1, max: 5))))
                }
                rule.averageBelow = value
            }
            if let over = arguments[Arg.absencesOver] { rule.unexcusedOver = over }
            let lines = try session.journal.riskGroup(caller, classId: schoolClass.id, rule: rule)
            let title = Output.message(.report(.riskTitle(schoolClass: schoolClass.name, date: try session.journal.today(caller).dotted)))
            guard !lines.isEmpty else { return .lines([title, .message(.report(.riskEmpty(schoolClass.name)))]) }
            let texts = session.texts
            return .lines([
                title,
                .table(
                    columns: [.fullName, .riskReason, .average, .unexcused, .marks, .missedLessons, .guardianVisits],
                    rows: lines.map { line in
                        [
                            .text(line.student.fullName),
                            Cell.list(line.reasons.map(riskCode)).shown(line.reasons.map { riskReason($0, texts) }.joined(separator: "; ")),
                            line.average.map { .decimal($0, digits: 2) } ?? .empty, Cell(line.unexcused),
                            .list(line.weekMarks.map { .code($0.rawValue, word: $0.rawValue) })
                                .shown(line.weekMarks.map(\.rawValue).joined(separator: " ")),
                            Cell(line.weekAbsences), Cell(line.guardianVisitDays),
                        ]
                    }),
            ])
        },
        CommandSpec(
            .riskAdd, .journal, nouns: ["risk", "риск"], verbs: ["add", "включить"], fields: [Arg.student, Arg.reason], writes: true,
            example: "risk add \"Ильин Павел\" --reason \"много пропусков в октябре\"", result: .none
        ) { session, arguments in
            let caller = try session.requireCaller()
            let student = try arguments.value(Arg.student)
            _ = try session.journal.addToRiskGroup(caller, studentId: student.id, reason: try arguments.value(Arg.reason))
            return .message(.report(.riskAdded(student.name)))
        },
        CommandSpec(
            .riskRemove, .journal, nouns: ["risk", "риск"], verbs: ["remove", "снять"], fields: [Arg.student], writes: true,
            example: "risk remove \"Ильин Павел\"", result: .none
        ) { session, arguments in
            let caller = try session.requireCaller()
            let student = try arguments.value(Arg.student)
            _ = try session.journal.removeFromRiskGroup(caller, studentId: student.id)
            return .message(.report(.riskRemoved(student.name, session.sex(of: student))))
        },
        CommandSpec(
            .reportForecast, .journal, nouns: ["report", "отчёт", "отчет"], verbs: ["forecast", "прогноз"],
            fields: [Arg.schoolClass, Arg.period.optional, Arg.send.optional, Arg.xlsx.optional, Arg.printFile.optional],
            example: "report forecast 5А --send", result: forecastShape
        ) { session, arguments in
            let caller = try session.requireCaller()
            let schoolClass = try arguments.value(Arg.schoolClass)
            let forecast = try session.journal.forecast(caller, classId: schoolClass.id, periodNumber: arguments[Arg.period])
            let sheet = ForecastSheet(forecast: forecast, texts: session.texts)
            let heading = Message.report(
                .forecastTitle(
                    schoolClass: schoolClass.name, period: forecast.period.number, end: forecast.period.endDate.dotted,
                    daysLeft: max(0, forecast.daysLeft)))
            let title = session.texts(heading)
            var said = try ReportFiles(session: session, caller: caller).write(
                arguments, title: title, tables: [ReportTable(name: schoolClass.name, header: sheet.header, rows: sheet.rows)])
            var data = try sheet.data
            if arguments[Arg.send] == true {
                let late = forecast.daysLeft < Journal.forecastDaysBefore
                if late {
                    said.append(.message(.report(.forecastLate(daysLeft: forecast.daysLeft))))
                }
                let sent = try session.desk.sendForecast(
                    caller, classId: schoolClass.id, periodNumber: forecast.period.number, family: sheet.letter, deputy: sheet.preliminary)
                said.append(.message(.report(.forecastSent(families: sent.families, deputies: sent.deputies))))
                data = .sections([
                    (.marks, data),
                    (.send, .record([(.late, .flag(late)), (.familyCount, Cell(sent.families)), (.deputyCount, Cell(sent.deputies))])),
                ])
            }
            let screen = try session.screenRenderer.grid(sheet.header, sheet.rows.map { $0.map(session.texts.words) })
            return try Output.lines([.message(heading), .shown(session.json ? "" : screen, data: data)]).with(said)
        },
        CommandSpec(
            .finalAcknowledge, .journal, nouns: ["diary", "дневник"], verbs: ["acknowledge", "ознакомлен"],
            fields: [Arg.student.optional, Arg.messageText], writes: true,
            example: "diary acknowledge --text \"С итоговыми отметками ознакомлена. Белкина Н.О.\"", result: .none
        ) { session, arguments in
            let caller = try session.requireCaller()
            let studentId = try arguments[Arg.student]?.id ?? ownStudent(session, caller)
            let name = try session.journal.personRow(caller, id: studentId).person.fullName
            let done = try session.desk.acknowledgeFinalMarks(
                caller, studentId: studentId, text: try arguments.value(Arg.messageText),
                subject: { session.texts(.report(.acknowledgementSubject(period: $0.number, student: name))) })
            return .message(.report(.acknowledged(period: done.period.number)))
        },
        CommandSpec(
            .reportAcknowledged, .journal, nouns: ["report", "отчёт", "отчет"], verbs: ["acknowledged", "ознакомление"],
            fields: [Arg.schoolClass, Arg.period.optional],
            example: "report acknowledged 5А --period 1",
            result: .table([.text(.student), .text(.guardian).optional, .moment(.acknowledgedAt).optional])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let schoolClass = try arguments.value(Arg.schoolClass)
            let (period, lines) = try session.journal.acknowledgements(caller, classId: schoolClass.id, periodNumber: arguments[Arg.period])
            let zone = session.zone
            let rows: [[Cell]] = lines.flatMap { line in
                line.guardians.isEmpty
                    ? [[.text(line.student.fullName), .empty, .empty]]
                    : line.guardians.map { guardian in
                        [.text(line.student.fullName), .text(guardian.name), guardian.at.map { .moment($0, zone) } ?? .empty]
                    }
            }
            let done = lines.filter { $0.guardians.contains { $0.at != nil } }.count
            return .lines([
                .message(.report(.acknowledgementsTitle(schoolClass: schoolClass.name, period: period.number))),
                .table(columns: [.student, .guardian, .acknowledgedAt], rows: rows),
                .message(.report(.acknowledgedCount(done: done, of: lines.count))),
            ])
        },
    ]

    /// The columns of the risk group: each reason an object of its kind and its figure (`riskCode`).
    static let riskFields: [FieldShape] = [
        .text(.fullName),
        .list(
            .riskReason,
            of: .object([
                .value(.reason, .code(["marked", "lowAverage", "absences"])), .text(.note).optional, .decimal(.average).optional,
                .number(.unexcused).optional,
            ])),
        .decimal(.average).optional, .number(.unexcused), .list(.marks, of: .codes(MarkValue.self)), .number(.missedLessons),
        .number(.guardianVisits),
    ]

    /// A reason as JSON has it, the same in both languages: its kind and figure.
    static func riskCode(_ reason: RiskReason) -> Cell {
        switch reason {
        case .marked(let why): .object([(.reason, .code("marked", word: "marked")), (.note, .text(why))])
        case .lowAverage(let average):
            .object([(.reason, .code("lowAverage", word: "lowAverage")), (.average, .decimal(average, digits: 2))])
        case .absences(let count): .object([(.reason, .code("absences", word: "absences")), (.unexcused, Cell(count))])
        }
    }

    static func riskReason(_ reason: RiskReason, _ texts: Texts) -> String {
        switch reason {
        case .marked(let why): texts(.report(.markedAtRisk(why)))
        case .lowAverage(let average): texts(.report(.lowAverage(texts.decimal(average, digits: 2))))
        case .absences(let count): texts(.report(.manyAbsences(count)))
        }
    }
}
