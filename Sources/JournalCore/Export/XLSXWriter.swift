import Foundation
import ZIPFoundation

/// One cell of a worksheet written out: text, a number, or a date (a number with a date format).
public enum SheetCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case date(LocalDate)
    case empty
}

/// One worksheet: a name (31 characters at most, as spreadsheet programs allow), a header row
/// that stays frozen, and the rows.
public struct Worksheet: Sendable, Equatable {
    public var name: String
    public var header: [String]
    public var rows: [[SheetCell]]

    public init(name: String, header: [String], rows: [[SheetCell]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

/// Writes an Office Open XML workbook (ECMA-376, SpreadsheetML) with ZIPFoundation: one sheet
/// per `Worksheet`, the header row frozen and bold, column widths from the contents, numbers as
/// numbers, dates as serial days formatted `dd.mm.yyyy`, text as inline strings (UTF-8).
public enum XLSXWriter {
    public static func workbook(_ sheets: [Worksheet]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let names = uniqueNames(sheets.map(\.name))
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", rootRelations),
            ("xl/workbook.xml", workbookXML(names)),
            ("xl/_rels/workbook.xml.rels", workbookRelations(count: sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheetXML(sheet))) }
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw JournalError.invalid(.file, .badFormat) }
        return data
    }

    /// Sheet names as Excel accepts them: no `[]:*?/\`, at most 31 characters, unique.
    static func uniqueNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.map { raw in
            let clean = String(raw.filter { !"[]:*?/\\".contains($0) }.prefix(31))
            var name = clean.isEmpty ? "Лист" : clean
            var counter = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(counter))"
                name = String(clean.prefix(31 - suffix.count)) + suffix
                counter += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            // XML 1.0 has no place for other control characters.
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(count: Int) -> String {
        header
            + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            """
            + (1...max(count, 1)).prefix(count).map {
                "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            }.joined() + "</Types>"
    }

    private static let rootRelations =
        header
            + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """

    private static func workbookXML(_ names: [String]) -> String {
        header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>"
            + names.enumerated().map { "<sheet name=\"\(escape($0.element))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }
            .joined() + "</sheets></workbook>"
    }

    private static func workbookRelations(count: Int) -> String {
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + (0..<count).map {
                "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
            }.joined()
            + "<Relationship Id=\"rId\(count + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/></Relationships>"
    }

    /// Style 0 plain, 1 bold (the header), 2 a date `dd.mm.yyyy`.
    private static let styles =
        header
            + """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """

    private static func worksheetXML(_ sheet: Worksheet) -> String {
        let columns = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
        let widths = (0..<columns).map { column -> Int in
            let texts =
                [column < sheet.header.count ? sheet.header[column] : ""]
                + sheet.rows.map { column < $0.count ? display($0[column]) : "" }
            return min(60, max(6, (texts.map(\.count).max() ?? 0) + 2))
        }
        var xml = header + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        xml +=
            "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        if columns > 0 {
            xml +=
                "<cols>"
                + widths.enumerated().map {
                    "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element)\" customWidth=\"1\"/>"
                }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        xml += row(1, sheet.header.map(SheetCell.text), style: 1)
        for (index, cells) in sheet.rows.enumerated() { xml += row(index + 2, cells, style: 0) }
        return xml + "</sheetData></worksheet>"
    }

    private static func row(_ line: Int, _ cells: [SheetCell], style: Int) -> String {
        "<row r=\"\(line)\">"
            + cells.enumerated().map { column, cell in
                let reference = SheetFile.columnLetters(column) + String(line)
                switch cell {
                case .empty: return ""
                case .text(let text):
                    return "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
                case .number(let value):
                    return "<c r=\"\(reference)\" s=\"\(style)\"><v>\(number(value))</v></c>"
                case .date(let date):
                    return "<c r=\"\(reference)\" s=\"2\"><v>\(date.dayNumber + 25569)</v></c>"
                }
            }.joined() + "</row>"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static func display(_ cell: SheetCell) -> String {
        switch cell {
        case .text(let text): text
        case .number(let value): number(value)
        case .date: "00.00.0000"
        case .empty: ""
        }
    }
}
