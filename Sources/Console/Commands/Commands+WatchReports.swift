import Foundation
import JournalCore

extension Commands {
    /// What the administration watches: attendance (J-REP-1), monitoring (J-REP-2) and user
    /// activity (J-REP-3), on screen, as XLSX, for print and as CSV.
    static let watchReports: [CommandSpec] = [
        CommandSpec(
            .reportAttendance, .journal, nouns: ["report", "отчёт", "отчет"], verbs: ["attendance", "посещаемость"],
            fields: [Arg.schoolClass, Arg.period.optional, Arg.xlsx.optional, Arg.printFile.optional, Arg.csv.optional],
            example: "report attendance 5А --period 1 --print 5a-attendance.html",
            // The last row is the class's total, its name the code `total`.
            result: .table(
                [.text(.fullName)]
                    + [Label.lessons, .missedLessons, .excused, .unexcused, .withoutReason, .lateCount, .missedDays].map {
                        FieldShape.number($0)
                    }
            )
        ) { session, arguments in
            let caller = try session.requireCaller()
            let summary = try session.journal.attendanceSummary(
                caller, classId: try arguments.value(Arg.schoolClass).id, period: arguments[Arg.period])
            let columns: [Label] = [.fullName, .lessons, .missedLessons, .excused, .unexcused, .withoutReason, .lateCount, .missedDays]
            func figures(_ values: [Int]) -> [Cell] { values.map { Cell($0) } }
            let total = summary.total
            let rows: [[Cell]] =
                summary.rows.map { row in
                    [.text(row.student.fullName)]
                        + figures([row.lessons, row.missed, row.excused, row.unexcused, row.withoutReason, row.late, row.daysMissed])
                }
                + [
                    [.code("total", word: session.texts(.report(.total)))]
                        + figures([
                            total.lessons, total.missed, total.excused, total.unexcused, total.missed - total.excused - total.unexcused,
                            total.late, total.daysMissed,
                        ])
                ]
            let heading = Message.report(
                .attendanceTitle(
                    school: try session.journal.organization(caller).name, schoolClass: summary.schoolClass.name,
                    from: summary.days.lowerBound.dotted, to: summary.days.upperBound.dotted))
            let title = session.texts(heading)
            let files = try ReportFiles(session: session, caller: caller).write(
                arguments, title: title,
                tables: [ReportTable(name: summary.schoolClass.name, header: columns.map(session.texts.label), rows: rows)])
            return Output.lines([.message(heading), .table(columns: columns, rows: rows)]).with(files)
        },
        CommandSpec(
            .reportMonitoring, .journal, nouns: ["report", "отчёт", "отчет"], verbs: ["monitoring", "мониторинг"],
            fields: [
                Arg.from.optional, Arg.to.optional, Arg.period.optional, Arg.year.optional, Arg.xlsx.optional, Arg.printFile.optional,
            ],
            example: "report monitoring --from 16.11.2026 --to 29.11.2026 --print monitoring.html",
            result: .sections([
                SectionShape(.teacher, .table(MonitoringReport.teacherFields)),
                SectionShape(.schoolClass, .table(MonitoringReport.classFields)),
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let year =
                try arguments[Arg.year].map { try session.journal.year(caller, named: $0.name) } ?? session.journal.year(caller, named: nil)
            let days = try reportDays(session, caller, arguments, year: year, defaultDays: 14)
            let monitoring = try session.journal.monitoring(caller, yearId: year.savedId, from: days.lowerBound, to: days.upperBound)
            let report = MonitoringReport(monitoring: monitoring, texts: session.texts)
            let heading = Message.report(
                .monitoringTitle(
                    school: try session.journal.organization(caller).name, from: monitoring.days.lowerBound.dotted,
                    to: monitoring.days.upperBound.dotted))
            let title = session.texts(heading)
            let files = try ReportFiles(session: session, caller: caller).write(
                arguments, title: title, tables: report.tables, charts: report.charts)
            let working = Message.report(.teachersWorking(visited: monitoring.teachersVisited, of: monitoring.teachers))
            // The charts are the tables' shares drawn for people: the screen's alone.
            let bars = report.charts.map { TerminalBars.lines($0, width: 24, texts: session.texts) }.joined(separator: "\n\n")
            return Output.lines(
                [
                    .message(heading), .message(working),
                    .sections([
                        (.teacher, .table(columns: MonitoringReport.teacherColumns, rows: report.teacherRows)),
                        (.schoolClass, .table(columns: MonitoringReport.classColumns, rows: report.classRows)),
                    ]),
                    session.json ? .none : .shown(bars, data: .none),
                ]
            ).with(files)
        },
        CommandSpec(
            .reportActivity, .journal, nouns: ["report", "отчёт", "отчет"], verbs: ["activity", "активность"],
            fields: [Arg.from.optional, Arg.to.optional, Arg.xlsx.optional, Arg.printFile.optional, Arg.csv.optional],
            example: "report activity --from 01.11.2026 --to 30.11.2026 --xlsx activity.xlsx",
            result: .sections([
                SectionShape(
                    .role,
                    .table([.code(.role, Role.self), .number(.accountCount), .number(.activeCount), .number(.visits), .number(.entries)])),
                SectionShape(
                    .staff, .table([.text(.fullName), .list(.roles, of: .codes(Role.self)), .number(.visits), .number(.entries)])),
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let today = try session.journal.today(caller)
            let from = arguments[Arg.from] ?? LocalDate(today.year, today.month, 1)
            let to = arguments[Arg.to] ?? today
            let lines = try session.journal.activity(caller, from: from, to: to)
            let roleColumns: [Label] = [.role, .accountCount, .activeCount, .visits, .entries]
            let roleRows: [[Cell]] = lines.totals.map { total in
                [
                    .choice(total.role, session.texts.role), Cell(total.accounts), Cell(total.active), Cell(total.visitDays),
                    Cell(total.entries),
                ]
            }
            // Staff one by one; pupils and guardians are counted by role above.
            let personColumns: [Label] = [.fullName, .roles, .visits, .entries]
            let personRows: [[Cell]] = lines.filter { $0.roles.contains { $0.isStaff } }.map { line in
                [.text(line.fullName), .choices(line.roles, session.texts.role), Cell(line.visitDays), Cell(line.entries)]
            }
            let heading = Message.report(
                .activityTitle(school: try session.journal.organization(caller).name, from: from.dotted, to: to.dotted))
            let title = session.texts(heading)
            let files = try ReportFiles(session: session, caller: caller).write(
                arguments, title: title,
                tables: [
                    ReportTable(name: session.texts(.report(.byRole)), header: roleColumns.map(session.texts.label), rows: roleRows),
                    ReportTable(name: session.texts(.report(.byPerson)), header: personColumns.map(session.texts.label), rows: personRows),
                ])
            return Output.lines([
                .message(heading),
                .sections([
                    (.role, .table(columns: roleColumns, rows: roleRows)), (.staff, .table(columns: personColumns, rows: personRows)),
                ]),
            ]).with(files)
        },
    ]

    /// The days a report covers: `--from`/`--to`, a period of the year, or the last `defaultDays` to today.
    static func reportDays(_ session: Session, _ caller: Caller, _ arguments: Arguments, year: AcademicYear, defaultDays: Int) throws
        -> ClosedRange<LocalDate>
    {
        if let number = arguments[Arg.period] {
            guard let period = try session.journal.periods(caller, yearId: year.savedId).first(where: { $0.number == number }) else {
                throw JournalError.invalid(.period, .unknown(String(number)))
            }
            return period.startDate...period.endDate
        }
        let today = try session.journal.today(caller)
        let to = arguments[Arg.to] ?? min(today, year.endDate)
        let from = arguments[Arg.from] ?? max(year.startDate, to.adding(days: -(defaultDays - 1)))
        guard from <= to else { throw JournalError.invalid(.endDate, .endBeforeStart) }
        return from...to
    }
}
