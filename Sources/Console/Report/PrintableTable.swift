import Foundation

/// A printable A4 document to certify: the title, the tables, the charts, signature lines and
/// the audit head. Self-contained HTML with print CSS; a browser prints it.
struct PrintableTable {
    let texts: Texts

    func document(title: String, header: [String], rows: [[String]], auditHead: String) -> String {
        document(title: title, tables: [(nil, header, rows)], charts: [], auditHead: auditHead)
    }

    func document(
        title: String, tables: [(caption: String?, header: [String], rows: [[String]])], charts: [ReportChart], auditHead: String
    ) -> String {
        let body = tables.map { table in
            let caption = tables.count > 1 ? table.caption.map { "<h2>\(HTML.escape($0))</h2>\n" } ?? "" : ""
            // A table wider than the page goes in runs of columns, the first column in each; the
            // header row repeats on every page a run takes (thead).
            return caption
                + Self.runs(table.header, table.rows).map { columns in
                    Self.table(
                        head: [columns.map { HeadCell(table.header[$0]) }],
                        rows: table.rows.map { row in columns.map { $0 < row.count ? row[$0] : "" } })
                }.joined(separator: "\n")
        }
        return """
            <!DOCTYPE html>
            <html lang="\(texts.language.rawValue)"><head><meta charset="utf-8"><title>\(HTML.escape(title))</title>
            <style>@page { size: A4 landscape; margin: 12mm } body { font-family: sans-serif; font-size: 10pt }
            table { border-collapse: collapse; margin-bottom: 6mm } th, td { border: 1px solid #444; padding: 1mm 2mm }
            td:first-child, td.number { white-space: nowrap }
            h2 { font-size: 11pt; page-break-after: avoid } figure { margin: 0 0 6mm; page-break-inside: avoid }
            .signatures { margin-top: 12mm } .certificate { font-family: monospace; font-size: 8pt }</style></head>
            <body>
            <h1>\(HTML.escape(title))</h1>
            \((body + charts.map(chart)).joined(separator: "\n"))
            <p class="signatures">\(HTML.escape(texts(.schoolYear(.summarySignatures))))</p>
            <p class="certificate">\(HTML.escape(texts(.schoolYear(.auditHeadLine(auditHead)))))</p>
            </body></html>

            """
    }

    /// A heading cell, over `span` columns.
    struct HeadCell {
        var text: String
        var span = 1

        init(_ text: String, span: Int = 1) {
            self.text = text
            self.span = span
        }
    }

    /// One table: its heading rows in thead (repeated on every page the table takes), its rows escaped.
    static func table(head: [[HeadCell]], rows: [[String]]) -> String {
        let heading = head.map { row in
            "<tr>" + row.map { cell in "<th\(cell.span > 1 ? " colspan=\"\(cell.span)\"" : "")>\(HTML.escape(cell.text))</th>" }.joined()
                + "</tr>"
        }
        let body = rows.map { row in "<tr>" + row.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>" }
        return "<table>\n<thead>" + heading.joined() + "</thead>\n<tbody>\n" + body.joined(separator: "\n") + "\n</tbody>\n</table>"
    }

    /// How many characters of 10-point text a row of an A4 landscape page holds, cell padding counted.
    static let pageCharacters = 120

    /// The columns of each run that fits the page's width: the first column and as many others as fit.
    static func runs(_ header: [String], _ rows: [[String]]) -> [[Int]] {
        guard header.count > 2 else { return [Array(header.indices)] }
        let widths = header.indices.map { column in
            ([TextWrap.longestWord(header[column])] + rows.map { column < $0.count ? $0[column].count : 0 }).max() ?? 0
        }
        let runs = JournalPageRenderer.pages(widths.dropFirst().map { $0 + 2 }, room: pageCharacters - widths[0] - 2)
        return runs.map { [0] + $0.map { $0 + 1 } }
    }

    /// A horizontal bar chart as inline SVG: a label, a bar of 0–100 %, and the figure.
    func chart(_ chart: ReportChart) -> String {
        let row = 16
        let labelWidth = 220
        let barWidth = 360
        let height = chart.bars.count * row + 4
        let bars = chart.bars.enumerated().map { index, bar in
            let y = index * row + 2
            let width = Int((max(0, min(100, bar.percent)) / 100 * Double(barWidth)).rounded())
            return """
                <text x="0" y="\(y + 11)" font-size="10">\(HTML.escape(bar.label))</text>\
                <rect x="\(labelWidth)" y="\(y + 2)" width="\(width)" height="\(row - 5)" fill="#4a6fa5"/>\
                <text x="\(labelWidth + barWidth + 6)" y="\(y + 11)" font-size="10">\(texts.decimal(bar.percent, digits: 1)) %</text>
                """
        }
        return """
            <figure><figcaption>\(HTML.escape(chart.title))</figcaption>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(labelWidth + barWidth + 60)" height="\(height)" role="img" \
            aria-label="\(HTML.escape(chart.title))">
            \(bars.joined(separator: "\n"))
            </svg></figure>
            """
    }
}
