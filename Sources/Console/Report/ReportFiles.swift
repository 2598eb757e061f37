import Foundation
import JournalCore

/// One table of a report as files hold it: a worksheet of the workbook, a table on paper, the
/// rows of a CSV file.
struct ReportTable {
    var name: String
    var header: [String]
    var rows: [[Cell]]
}

/// Shares drawn as bars: in the terminal with Unicode blocks, on paper as SVG.
struct ReportChart {
    var title: String
    var bars: [(label: String, percent: Double)]
}

/// Writes the files a report command was asked for: `--xlsx` (a sheet per table), `--print`
/// (a document to certify, with the charts) and `--csv` (the first table), each said once.
struct ReportFiles {
    let session: Session
    let caller: Caller

    /// Writes the files asked for; the printed document holds `printed` tables (all by default).
    func write(
        _ arguments: Arguments, title: String, tables: [ReportTable], printed: [ReportTable]? = nil, charts: [ReportChart] = []
    ) throws -> [Output] {
        var said: [Output] = []
        if let path = arguments[Arg.xlsx] {
            let sheets = tables.map {
                Worksheet(name: $0.name, header: $0.header, rows: $0.rows.map { $0.map { SheetCell($0, texts: session.texts) } })
            }
            try session.writeUserFile(try XLSXWriter.workbook(sheets), to: path)
            said.append(.message(.schoolYear(.fileWritten(path))))
        }
        if let path = arguments[Arg.printFile] {
            let document = PrintableTable(texts: session.texts).document(
                title: title, tables: (printed ?? tables).map { ($0.name, $0.header, $0.rows.map(words)) }, charts: charts,
                auditHead: try session.journal.auditHead(caller).printed)
            try session.writeUserFile(Data(document.utf8), to: path)
            said.append(.message(.schoolYear(.fileWritten(path))))
        }
        if let path = arguments[Arg.csv], let table = tables.first {
            try session.writeUserFile(try SpreadsheetCSV.data(header: table.header, rows: table.rows.map(words)), to: path)
            said.append(.message(.schoolYear(.fileWritten(path))))
        }
        return said
    }

    private func words(_ row: [Cell]) -> [String] { row.map(session.texts.words) }
}

extension Output {
    /// The report on screen followed by what was written.
    func with(_ files: [Output]) -> Output { files.isEmpty ? self : .lines([self] + files) }
}
