import Foundation
import JournalCore

extension Commands {
    /// What the school sees (J-REP-1): summary sheets on screen, as XLSX and for print.
    static let reports: [CommandSpec] = [
        CommandSpec(
            .reportSummary, .journal, nouns: ["report", "отчёт", "отчет"], verbs: ["summary", "сводная", "сводка"],
            fields: [Arg.schoolClass, Arg.period.optional, Arg.xlsx.optional, Arg.printFile.optional, Arg.csv.optional],
            example: "report summary 5А --period 1 --xlsx 5a.xlsx --print 5a.html", result: SummarySheet.dataShape
        ) { session, arguments in
            let caller = try session.requireCaller()
            let schoolClass = try arguments.value(Arg.schoolClass)
            let summary = try session.journal.classSummary(caller, classId: schoolClass.id)
            let period = arguments[Arg.period]
            if let period, !summary.periods.contains(where: { $0.number == period }) {
                throw JournalError.invalid(.period, .unknown(String(period)))
            }
            let sheet = SummarySheet(summary: summary, period: period, texts: session.texts)
            let title = session.texts(
                .schoolYear(
                    .summaryTitle(
                        school: try session.journal.organization(caller).name, schoolClass: schoolClass.name, period: period,
                        date: try session.journal.today(caller).dotted)))
            let files = try ReportFiles(session: session, caller: caller)
                .write(arguments, title: title, tables: [sheet.table(named: schoolClass.name)])
            let screen = try session.screenRenderer.grid(sheet.header, sheet.rows.map { $0.map(session.texts.words) })
            return try Output.shown(session.json ? "" : screen, data: sheet.data).with(files)
        },
        CommandSpec(
            .reportSchool, .journal, nouns: ["report", "отчёт", "отчет"], verbs: ["school", "школа"],
            fields: [Arg.period.optional, Arg.year.optional, Arg.xlsx.optional, Arg.printFile.optional, Arg.csv.optional],
            example: "report school --period 1 --xlsx school.xlsx",
            result: .sections([
                SectionShape(
                    .subject,
                    .table(
                        [.text(.schoolClass), .text(.subject), .number(.students)]
                            + [Label.average, .quality, .success].map { FieldShape.decimal($0).optional })),
                SectionShape(
                    .students,
                    .table(
                        [.text(.schoolClass), .number(.students)]
                            + [Label.excellentCount, .goodCount, .oneThreeCount, .failingCount, .notAssessedCount].map {
                                FieldShape.number($0)
                            }
                            + [.decimal(.quality).optional, .decimal(.success).optional])),
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let year =
                try arguments[Arg.year].map { try session.journal.year(caller, named: $0.name) } ?? session.journal.year(caller, named: nil)
            // Without --period, the last period that has ended: the year's marks come only at its end.
            let today = try session.journal.today(caller)
            let period =
                try arguments[Arg.period]
                ?? session.journal.periods(caller, yearId: year.savedId).last { $0.endDate < today }?.number
            let classes = try session.journal.schoolSummary(caller, yearId: year.savedId)
            let sheets = classes.map {
                (name: $0.schoolClass.name, sheet: SummarySheet(summary: $0.summary, period: period, texts: session.texts))
            }
            // Classes × subjects: the average, quality and success of each.
            let rows: [[Cell]] = try sheets.flatMap { entry in
                try entry.sheet.summary.subjects.map { subject in
                    let figures = try entry.sheet.statistics(subject)
                    return [.text(entry.name), .text(subject.name), Cell(figures.counted)]
                        + [figures.average, figures.quality, figures.success].map { $0.map { Cell.decimal($0, digits: 1) } ?? .empty }
                }
            }
            let columns: [Label] = [.schoolClass, .subject, .students, .average, .quality, .success]
            let school = ReportTable(name: session.texts(.schoolYear(.schoolSheet)), header: columns.map(session.texts.label), rows: rows)
            let title = session.texts(
                .schoolYear(
                    .schoolSummaryTitle(
                        school: try session.journal.organization(caller).name, period: period,
                        date: try session.journal.today(caller).dotted)))
            // The progress and quality report: pupils of each class by how they did (J-REP-3).
            let progressColumns: [Label] = [
                .schoolClass, .students, .excellentCount, .goodCount, .oneThreeCount, .failingCount, .notAssessedCount, .quality, .success,
            ]
            let progressRows: [[Cell]] = try sheets.map { entry in
                let counts = try entry.sheet.summary.progress(period: period)
                let counted = counts.values.reduce(0, +)
                let good = (counts[.excellent] ?? 0) + (counts[.good] ?? 0)
                let successful = counted - (counts[.failing] ?? 0) - (counts[.notAssessed] ?? 0)
                func percent(_ part: Int) -> Cell { counted > 0 ? .decimal(Double(part) * 100 / Double(counted), digits: 1) : .empty }
                return [.text(entry.name), Cell(counted)]
                    + [PupilProgress.excellent, .good, .oneThree, .failing, .notAssessed].map { Cell(counts[$0] ?? 0) }
                    + [percent(good), percent(successful)]
            }
            let progress = ReportTable(
                name: session.texts(.report(.progress)), header: progressColumns.map(session.texts.label), rows: progressRows)
            let files = try ReportFiles(session: session, caller: caller)
                .write(
                    arguments, title: title, tables: try [school, progress] + sheets.map { try $0.sheet.table(named: $0.name) },
                    printed: [school, progress])
            return Output.lines([
                .sections([
                    (.subject, .table(columns: columns, rows: rows)), (.students, .table(columns: progressColumns, rows: progressRows)),
                ])
            ]).with(files)
        },
    ]
}

extension SheetCell {
    /// A report's cell as a worksheet holds it: numbers stay numbers, dates dates, anything else
    /// the words the screen shows.
    init(_ cell: Cell, texts: Texts) {
        switch cell {
        case .number(let value): self = .number(Double(value))
        case .decimal(let value, let digits): self = .number((value * pow(10, Double(digits))).rounded() / pow(10, Double(digits)))
        case .date(let date): self = .date(date)
        case .shown(_, let data), .marked(let data, _): self.init(data, texts: texts)
        case .empty: self = .empty
        default: self = .text(texts.words(cell))
        }
    }
}

/// A class's summary sheet for one period (or the year): pupils down, subjects across, then the
/// average, quality and success per subject.
struct SummarySheet {
    let summary: ClassSummary
    let period: Int?
    let texts: Texts

    var header: [String] { [texts.label(.fullName)] + summary.subjects.map(\.name) }

    func mark(_ student: Person, _ subject: Subject) throws -> MarkValue? { try summary.mark(student, subject, period: period) }

    func statistics(_ subject: Subject) throws -> MarkStatistics { MarkStatistics(try summary.marks(subject, period: period)) }

    /// The figures' rows: their word, then one figure per subject.
    var figures: [(Message, (MarkStatistics) -> Double?)] {
        [(.schoolYear(.averageMark), \.average), (.schoolYear(.qualityPercent), \.quality), (.schoolYear(.successPercent), \.success)]
    }

    /// A mark as a cell: points as a number (a spreadsheet sums them), н/а and ОСВ as text.
    static func cell(_ value: MarkValue?) -> Cell {
        guard let value else { return .empty }
        return value.points.map { Cell.number(Int64($0)) } ?? .text(value.rawValue)
    }

    var rows: [[Cell]] {
        get throws {
            try summary.students.map { student in try [.text(student.fullName)] + summary.subjects.map { Self.cell(try mark(student, $0)) }
            }
                + figures.map { word, figure in
                    try [.text(texts(word))]
                        + summary.subjects.map { figure(try statistics($0)).map { Cell.decimal($0, digits: 1) } ?? .empty }
                }
        }
    }

    func table(named name: String) throws -> ReportTable { ReportTable(name: name, header: header, rows: try rows) }

    /// The shape of `data`: each figure null for a subject without marks.
    static let dataShape = ResultShape.sections([
        SectionShape(.marks, .table([.text(.student), .text(.subject), .code(.mark, MarkValue.self)])),
        SectionShape(.summary, .table([.text(.subject)] + [Label.average, .quality, .success].map { FieldShape.decimal($0).optional })),
    ])

    /// As JSON: one row a pupil and subject with a mark, and the figures per subject.
    var data: Output {
        get throws {
            try .sections([
                (
                    .marks,
                    .table(
                        columns: [.student, .subject, .mark],
                        rows: summary.students.flatMap { student in
                            try summary.subjects.compactMap { subject in
                                try mark(student, subject).map { [.text(student.fullName), .text(subject.name), .text($0.rawValue)] }
                            }
                        })
                ),
                (
                    .summary,
                    .table(
                        columns: [.subject, .average, .quality, .success],
                        rows: summary.subjects.map { subject in
                            let figures = try statistics(subject)
                            return [.text(subject.name)]
                                + [figures.average, figures.quality, figures.success].map {
                                    $0.map { Cell.decimal($0, digits: 1) } ?? .empty
                                }
                        })
                ),
            ])
        }
    }
}
