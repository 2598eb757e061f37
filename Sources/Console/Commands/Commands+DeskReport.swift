import Foundation
import HelpDesk
import JournalCore

extension Commands {
    /// The desk's week for its head: tickets by school, topic and specialist against their
    /// deadlines in working time, consultations held and cancelled, trainings per quarter.
    static let deskReport: [CommandSpec] = [
        CommandSpec(
            .reportDesk, .helpdesk, nouns: ["report", "отчёт", "отчет"], verbs: ["desk", "поддержка"],
            fields: [Arg.from.optional, Arg.to.optional, Arg.xlsx.optional, Arg.printFile.optional, Arg.csv.optional],
            example: "report desk --from 23.11.2026 --to 29.11.2026",
            result: .sections(
                [Label.organization, .topic, .specialist].map { SectionShape($0, .table(deskLineFields)) } + [
                    SectionShape(
                        .training,
                        .table([
                            .number(.quarter), .date(.startDate), .date(.endDate), .code(.audience, TrainingAudience.self),
                            .number(.trainingsHeld),
                        ])),
                    SectionShape(.booking, .record([.number(.bookingsHeld), .number(.bookingsCancelled)])),
                ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let today = try session.journal.today(caller)
            let monday = today.adding(days: 1 - today.weekday)
            let from = arguments[Arg.from] ?? monday
            let to = arguments[Arg.to] ?? from.adding(days: 6)
            let report = try session.desk.deskReport(caller, from: from, to: to)
            let texts = session.texts
            let columns: [Label] = [
                .name, .tickets, .resolvedCount, .deadlinesMet, .firstResponseHours, .resolutionHours, .ratedCount, .rating,
            ]
            func hours(_ minutes: Double?) -> Cell { minutes.map { .decimal($0 / 60, digits: 1) } ?? .empty }
            func rows(_ lines: [DeskTicketLine]) -> [[Cell]] { lines.map { row($0, name: .text($0.name)) } }
            func row(_ line: DeskTicketLine, name: Cell) -> [Cell] {
                [
                    name, Cell(line.tickets), Cell(line.resolved),
                    line.metPercent.map { .decimal($0, digits: 1) } ?? .empty, hours(line.averageFirstResponse),
                    hours(line.averageResolution), Cell(line.rated), line.averageRating.map { .decimal($0, digits: 1) } ?? .empty,
                ]
            }
            // A specialist not yet named, and the total, as codes: JSON is the same in both languages.
            let unassigned = Cell.code("unassigned", word: texts(.report(.unassigned)))
            let specialists = report.bySpecialist.map { row($0, name: $0.name.isEmpty ? unassigned : .text($0.name)) }
            let parts: [(ReportSentence, Label, [[Cell]])] = [
                (.bySchool, .organization, rows(report.bySchool) + [row(report.total, name: .code("total", word: texts(.report(.total))))]),
                (.byTopic, .topic, rows(report.byTopic)), (.bySpecialist, .specialist, specialists),
            ]
            let quarterColumns: [Label] = [.quarter, .startDate, .endDate, .audience, .trainingsHeld]
            let quarterRows: [[Cell]] = report.quarters.map { quarter in
                let held = Cell(quarter.trainings)
                return [
                    Cell(quarter.quarter), .date(quarter.start), .date(quarter.end), .choice(quarter.audience, texts.audience),
                    quarter.isMet ? held : held.shown(texts(.desk(.notHeld))),
                ]
            }
            let heading = Message.report(.deskTitle(from: report.from.dotted, to: report.to.dotted))
            let title = texts(heading)
            let tables =
                parts.map { ReportTable(name: texts(.report($0.0)), header: columns.map(texts.label), rows: $0.2) }
                + (quarterRows.isEmpty
                    ? [] : [ReportTable(name: texts(.report(.trainings)), header: quarterColumns.map(texts.label), rows: quarterRows)])
            let files = try ReportFiles(session: session, caller: caller).write(arguments, title: title, tables: tables)
            // On screen each table under its sentence, the trainings' last; in JSON the tables by
            // their labels, the trainings' even when empty, and the consultations' counts as well.
            var sections: [Output] = parts.map { part in
                .lines([.message(.report(part.0)), .table(columns: columns, rows: part.2)])
            }
            if !quarterRows.isEmpty { sections.append(.table(columns: quarterColumns, rows: quarterRows)) }
            let counts: Output = .record([(.bookingsHeld, Cell(report.bookingsHeld)), (.bookingsCancelled, Cell(report.bookingsCancelled))])
            let shown: Output = .screen(
                .lines(sections),
                data: .sections(
                    parts.map { ($0.1, .table(columns: columns, rows: $0.2)) } + [
                        (.training, .table(columns: quarterColumns, rows: quarterRows)), (.booking, counts),
                    ]))
            return Output.lines(
                [
                    .message(heading), shown,
                    .message(.report(.bookings(held: report.bookingsHeld, cancelled: report.bookingsCancelled))),
                ]
            ).with(files)
        }
    ]

    /// One line of the desk's report, by school (the last the total, its name the code `total`),
    /// topic or specialist (one not yet named the code `unassigned`): each figure null without
    /// tickets to reckon it by.
    static let deskLineFields: [FieldShape] = [
        .text(.name), .number(.tickets), .number(.resolvedCount), .decimal(.deadlinesMet).optional,
        .decimal(.firstResponseHours).optional, .decimal(.resolutionHours).optional, .number(.ratedCount), .decimal(.rating).optional,
    ]
}
