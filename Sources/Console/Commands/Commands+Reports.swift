import Foundation
import JournalCore

extension Commands {
    /// What the school sees (J-REP-1): summary sheets on screen, as XLSX and for print.
    static let reports: [CommandSpec] = [
        CommandSpec(
            .reportSummary, .journal, nouns: ["report", "отчёт", "отчет"], verbs: ["summary", "сводная", "сводка"],
            fields: [Arg.schoolClass, Arg.period.optional, Arg.xlsx.optional, Arg.printFile.optional, Arg.csv.optional],
            example: "report summary 5А --period 1 --xlsx 5a.xlsx --print 5a.html"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let schoolClass = try arguments.value(Arg.schoolClass)
            let summary = try session.journal.classSummary(caller, classId: schoolClass.id)
            let period = arguments[Arg.period]
            if let period, !summary.periods.contains(where: { $0.number == period }) {
                throw JournalError.invalid(.period, .unknown(String(period)))
            }
            let sheet = SummarySheet(summary: summary, period: period, texts: session.texts)
            var lines: [Output] = []
            if let path = arguments[Arg.xlsx] {
                let workbook = try XLSXWriter.workbook([sheet.worksheet(named: schoolClass.name)])
                try session.writeUserFile(workbook, to: path)
                lines.append(.message(.schoolYear(.fileWritten(path))))
            }
            if let path = arguments[Arg.printFile] {
                let head = try session.journal.auditHead(caller)
                let html = sheet.printable(
                    school: try session.journal.organization(caller).name, schoolClass: schoolClass.name,
                    date: try session.journal.today(caller), auditHead: head.printed)
                try session.writeUserFile(Data(html.utf8), to: path)
                lines.append(.message(.schoolYear(.fileWritten(path))))
            }
            if let path = arguments[Arg.csv] {
                try session.writeUserFile(try SpreadsheetCSV.data(header: sheet.header, rows: sheet.textRows), to: path)
                lines.append(.message(.schoolYear(.fileWritten(path))))
            }
            let renderer = Renderer(texts: session.texts)
            let table = Output.shown(session.json ? "" : renderer.table(sheet.header, sheet.textRows, counted: false), data: sheet.data)
            return lines.isEmpty ? table : .lines([table] + lines)
        },
        CommandSpec(
            .reportSchool, .journal, nouns: ["report", "отчёт", "отчет"], verbs: ["school", "школа"],
            fields: [Arg.period.optional, Arg.year.optional, Arg.xlsx.optional, Arg.printFile.optional, Arg.csv.optional],
            example: "report school --period 1 --xlsx school.xlsx"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let year =
                try arguments[Arg.year].map { try session.journal.year(caller, named: $0.name) } ?? session.journal.year(caller, named: nil)
            let period = arguments[Arg.period]
            let classes = try session.journal.schoolSummary(caller, yearId: year.id!)
            let sheets = classes.map {
                (name: $0.schoolClass.name, sheet: SummarySheet(summary: $0.summary, period: period, texts: session.texts))
            }
            // Classes × subjects: the average, quality and success of each.
            let rows: [[Cell]] = sheets.flatMap { entry in
                entry.sheet.summary.subjects.map { subject in
                    let figures = entry.sheet.statistics(subject)
                    return [.text(entry.name), .text(subject.name), Cell(figures.counted)]
                        + [figures.average, figures.quality, figures.success].map { $0.map { Cell.decimal($0, digits: 1) } ?? .empty }
                }
            }
            let columns: [Label] = [.schoolClass, .subject, .students, .average, .quality, .success]
            var lines: [Output] = [.table(columns: columns, rows: rows)]
            if let path = arguments[Arg.xlsx] {
                let school = Worksheet(
                    name: session.texts(.schoolYear(.schoolSheet)), header: columns.map(session.texts.label),
                    rows: rows.map { $0.map(SheetCell.init) })
                try session.writeUserFile(try XLSXWriter.workbook([school] + sheets.map { $0.sheet.worksheet(named: $0.name) }), to: path)
                lines.append(.message(.schoolYear(.fileWritten(path))))
            }
            if let path = arguments[Arg.csv] {
                let data = try SpreadsheetCSV.data(header: columns.map(session.texts.label), rows: rows.map { $0.map(session.texts.words) })
                try session.writeUserFile(data, to: path)
                lines.append(.message(.schoolYear(.fileWritten(path))))
            }
            if let path = arguments[Arg.printFile] {
                let date = try session.journal.today(caller).dotted
                let html = PrintableTable(texts: session.texts).document(
                    title: session.texts(
                        .schoolYear(.schoolSummaryTitle(school: try session.journal.organization(caller).name, period: period, date: date))),
                    header: columns.map(session.texts.label), rows: rows.map { $0.map(session.texts.words) },
                    auditHead: try session.journal.auditHead(caller).printed)
                try session.writeUserFile(Data(html.utf8), to: path)
                lines.append(.message(.schoolYear(.fileWritten(path))))
            }
            return .lines(lines)
        },
    ]
}

extension SheetCell {
    /// A report's cell as a worksheet holds it: numbers stay numbers.
    init(_ cell: Cell) {
        switch cell {
        case .number(let value): self = .number(Double(value))
        case .decimal(let value, let digits): self = .number((value * pow(10, Double(digits))).rounded() / pow(10, Double(digits)))
        case .text(let text): self = .text(text)
        case .date(let date): self = .date(date)
        default: self = .empty
        }
    }

}

/// A printable A4 document of one table, to certify: the title, the table, signature lines and
/// the audit head.
struct PrintableTable {
    let texts: Texts

    func document(title: String, header: [String], rows: [[String]], auditHead: String) -> String {
        let head = "<tr>" + header.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>"
        let body = rows.map { row in "<tr>" + row.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="\(texts.language.rawValue)"><head><meta charset="utf-8"><title>\(HTML.escape(title))</title>
            <style>@page { size: A4 landscape; margin: 12mm } body { font-family: sans-serif; font-size: 10pt }
            table { border-collapse: collapse } th, td { border: 1px solid #444; padding: 1mm 2mm }
            .signatures { margin-top: 12mm } .certificate { font-family: monospace; font-size: 8pt }</style></head>
            <body>
            <h1>\(HTML.escape(title))</h1>
            <table>
            \(head)
            \(body)
            </table>
            <p class="signatures">\(HTML.escape(texts(.schoolYear(.summarySignatures))))</p>
            <p class="certificate">\(HTML.escape(texts(.schoolYear(.auditHeadLine(auditHead)))))</p>
            </body></html>

            """
    }
}

/// A class's summary sheet for one period (or the year): pupils down, subjects across, then the
/// average, quality and success per subject.
struct SummarySheet {
    let summary: ClassSummary
    let period: Int?
    let texts: Texts

    var header: [String] { [texts.label(.fullName)] + summary.subjects.map(\.name) }

    func mark(_ student: Person, _ subject: Subject) -> MarkValue? { summary.mark(student.id!, subject.id!, period: period) }

    func statistics(_ subject: Subject) -> MarkStatistics { MarkStatistics(summary.students.compactMap { mark($0, subject) }) }

    /// The figures' rows: their word, then one figure per subject.
    var figures: [(Message, (MarkStatistics) -> Double?)] {
        [(.schoolYear(.averageMark), \.average), (.schoolYear(.qualityPercent), \.quality), (.schoolYear(.successPercent), \.success)]
    }

    var textRows: [[String]] {
        summary.students.map { student in [student.fullName] + summary.subjects.map { mark(student, $0)?.rawValue ?? "" } }
            + figures.map { word, figure in
                [texts(word)] + summary.subjects.map { figure(statistics($0)).map { texts.decimal($0, digits: 1) } ?? "" }
            }
    }

    /// As JSON: one row a pupil and subject with a mark, and the figures per subject.
    var data: Output {
        .sections([
            (
                .marks,
                .table(
                    columns: [.student, .subject, .mark],
                    rows: summary.students.flatMap { student in
                        summary.subjects.compactMap { subject in
                            mark(student, subject).map { [.text(student.fullName), .text(subject.name), .text($0.rawValue)] }
                        }
                    })
            ),
            (
                .summary,
                .table(
                    columns: [.subject, .average, .quality, .success],
                    rows: summary.subjects.map { subject in
                        let figures = statistics(subject)
                        return [.text(subject.name)]
                            + [figures.average, figures.quality, figures.success].map { $0.map { Cell.decimal($0, digits: 1) } ?? .empty }
                    })
            ),
        ])
    }

    func worksheet(named name: String) -> Worksheet {
        Worksheet(
            name: name, header: header,
            rows: summary.students.map { student in
                [.text(student.fullName)]
                    + summary.subjects.map { subject in
                        guard let value = mark(student, subject) else { return SheetCell.empty }
                        return value.points.map { SheetCell.number(Double($0)) } ?? .text(value.rawValue)
                    }
            }
                + figures.map { word, figure in
                    [.text(texts(word))]
                        + summary.subjects.map { subject in
                            figure(statistics(subject)).map { SheetCell(.decimal($0, digits: 1)) } ?? .empty
                        }
                })
    }

    /// A document to print and certify: school, class, period, date, the sheet, signature lines
    /// and the audit head, so that paper and file certify each other.
    func printable(school: String, schoolClass: String, date: LocalDate, auditHead: String) -> String {
        PrintableTable(texts: texts).document(
            title: texts(.schoolYear(.summaryTitle(school: school, schoolClass: schoolClass, period: period, date: date.dotted))),
            header: header, rows: textRows, auditHead: auditHead)
    }
}
