import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The cells of an Office Open XML workbook (ECMA-376 part 1, SpreadsheetML) as text, sheet by
/// sheet: the package opened by ZIPFoundation, its parts read by the XML parser. Shared and
/// inline strings, numbers as written, and dates — numbers with a date format — as `dd.MM.yyyy`.
enum XLSXReader {
    /// An unpacked part larger than this is no school list (and may be a ZIP bomb).
    static let maxPartBytes = 200 << 20

    static func rows(_ data: Data) throws -> [SheetRow] {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw JournalError.invalid(.file, .badFormat) }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= maxPartBytes else { throw JournalError.invalid(.file, .tooLong(max: maxPartBytes)) }
            var bytes = Data()
            do { _ = try archive.extract(entry) { bytes.append($0) } } catch { throw JournalError.invalid(.file, .badFormat) }
            return bytes
        }
        guard let workbookData = try part("xl/workbook.xml") else { throw JournalError.invalid(.file, .badFormat) }
        let workbook = WorkbookPart(try parse(workbookData))
        let relations = RelationsPart(try parse(try part("xl/_rels/workbook.xml.rels") ?? Data()))
        let strings = try part("xl/sharedStrings.xml").map { SharedStringsPart(try parse($0)).strings } ?? []
        let dateStyles = try part("xl/styles.xml").map { StylesPart(try parse($0)).dateStyles } ?? []
        var rows: [SheetRow] = []
        for sheet in workbook.sheets {
            guard let target = relations.targets[sheet.relation] else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let sheetData = try part(path) else { continue }
            let cells = try WorksheetPart(
                try parse(sheetData), strings: strings, dateStyles: dateStyles, date1904: workbook.date1904)
            rows += cells.rows.map { SheetRow(sheet: sheet.name, line: $0.line, cells: $0.cells) }
        }
        return rows
    }

    /// The part's elements in document order, each with its attributes and its own text.
    static func parse(_ data: Data) throws -> [XMLElementEvent] {
        // A part that is not UTF-8 is no SpreadsheetML part (and Foundation's parser crashes on a
        // bad byte inside a tag, issue 24): refused before it is parsed.
        guard String(data: data, encoding: .utf8) != nil else { throw JournalError.invalid(.file, .badFormat) }
        let collector = ElementCollector()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = collector
        guard parser.parse() else { throw JournalError.invalid(.file, .badFormat) }
        return collector.events
    }

    /// An Excel serial day number as a date: days since 30 December 1899 (since 1 January 1904
    /// in the 1904 system), so that 25569 is 1 January 1970; nil outside the years a date can have.
    static func date(serial: Double, date1904: Bool) -> LocalDate? {
        guard serial.isFinite, (1...109_574).contains(serial) else { return nil }
        let day = LocalDate(dayNumber: Int(serial.rounded(.down)) - 25569 + (date1904 ? 1462 : 0))
        return (1900...2200).contains(day.year) ? day : nil
    }

    /// Whether a number format shows a date: a built-in date format, or a code with day, month or
    /// year letters outside quoted text and brackets.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (45...47).contains(id) { return true }
        guard let code else { return false }
        var inQuotes = false
        var inBrackets = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuotes.toggle()
            case "[": inBrackets = true
            case "]": inBrackets = false
            case "d", "y", "m": if !inQuotes && !inBrackets { return true }
            default: continue
            }
        }
        return false
    }
}

/// One element of a part: its local name, attributes, the text directly inside it, and how deep
/// it sits.
struct XMLElementEvent {
    var name: String
    var attributes: [String: String]
    var text: String
    var depth: Int
    /// The names of the elements around it, outermost first.
    var path: [String]
}

private final class ElementCollector: NSObject, XMLParserDelegate {
    var events: [XMLElementEvent] = []
    private var open: [Int] = []
    private var names: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        // Attributes keep their local names (r:id as id), as elements do.
        let local = Dictionary(
            attributes.map { (key, value) in (String(key.split(separator: ":").last ?? Substring(key)), value) },
            uniquingKeysWith: { first, _ in first })
        events.append(XMLElementEvent(name: elementName, attributes: local, text: "", depth: open.count, path: names))
        open.append(events.count - 1)
        names.append(elementName)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { events[index].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
        names.removeLast()
    }
}

private struct WorkbookPart {
    var sheets: [(name: String, relation: String)] = []
    var date1904 = false

    init(_ events: [XMLElementEvent]) {
        for event in events {
            if event.name == "sheet", let name = event.attributes["name"], let relation = event.attributes["id"] {
                sheets.append((name, relation))
            }
            if event.name == "workbookPr", let value = event.attributes["date1904"] { date1904 = value == "1" || value == "true" }
        }
    }
}

private struct RelationsPart {
    var targets: [String: String] = [:]

    init(_ events: [XMLElementEvent]) {
        for event in events where event.name == "Relationship" {
            if let id = event.attributes["Id"], let target = event.attributes["Target"] { targets[id] = target }
        }
    }
}

/// `<si>` items: plain `<t>`, or rich-text runs `<r><t>…</t></r>`; phonetic runs are no text.
private struct SharedStringsPart {
    var strings: [String] = []

    init(_ events: [XMLElementEvent]) {
        for event in events {
            if event.name == "si" { strings.append("") }
            if event.name == "t", !event.path.contains("rPh"), !strings.isEmpty { strings[strings.count - 1] += event.text }
        }
    }
}

/// The cell formats (`cellXfs`) whose number format is a date.
private struct StylesPart {
    var dateStyles: Set<Int> = []

    init(_ events: [XMLElementEvent]) {
        var codes: [Int: String] = [:]
        var index = 0
        for event in events {
            if event.name == "numFmt", let id = event.attributes["numFmtId"].flatMap(Int.init) {
                codes[id] = event.attributes["formatCode"]
            }
            if event.name == "xf", event.path.last == "cellXfs" {
                let id = event.attributes["numFmtId"].flatMap(Int.init) ?? 0
                if XLSXReader.isDateFormat(id: id, code: codes[id]) { dateStyles.insert(index) }
                index += 1
            }
        }
    }
}

/// A worksheet's rows: cells placed by their reference (`B3`), or one after another where a
/// writer leaves the reference out.
private struct WorksheetPart {
    var rows: [(line: Int, cells: [String])] = []

    init(_ events: [XMLElementEvent], strings: [String], dateStyles: Set<Int>, date1904: Bool) throws {
        var line = 0
        var cell: (column: Int, type: String, style: Int)?
        var column = -1
        for event in events {
            switch event.name {
            case "row":
                line = event.attributes["r"].flatMap(Int.init) ?? line + 1
                column = -1
                rows.append((line, []))
            case "c":
                if let reference = event.attributes["r"] {
                    // A reference past the last column a sheet has (XFD) is a damaged file, not a wider row.
                    guard let placed = Self.column(reference) else { throw JournalError.invalid(.file, .badFormat) }
                    column = placed
                } else {
                    column += 1
                }
                guard column < Self.lastColumn else { throw JournalError.invalid(.file, .badFormat) }
                cell = (column, event.attributes["t"] ?? "n", event.attributes["s"].flatMap(Int.init) ?? 0)
            case "v", "t":
                guard event.path.contains("c") else { continue }
                guard let current = cell, !rows.isEmpty else { continue }
                if event.name == "t" && current.type != "inlineStr" { continue }
                if event.path.contains("rPh") { continue }
                let value = Self.value(
                    event.text, current.type, isDate: dateStyles.contains(current.style), strings: strings, date1904: date1904)
                var cells = rows[rows.count - 1].cells
                while cells.count <= current.column { cells.append("") }
                cells[current.column] += value
                rows[rows.count - 1].cells = cells
            default: continue
            }
        }
    }

    static func value(_ text: String, _ type: String, isDate: Bool, strings: [String], date1904: Bool) -> String {
        switch type {
        case "s": return Int(text).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "b": return text == "1" ? "1" : "0"
        case "n":
            guard let number = Double(text) else { return text }
            if isDate, let date = XLSXReader.date(serial: number, date1904: date1904) { return date.dotted }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return text
        default: return text
        }
    }

    /// How many columns a sheet has (A to XFD).
    static let lastColumn = 16_384

    /// The zero-based column of a reference such as `AB12`; nil past XFD or without letters.
    static func column(_ reference: String) -> Int? {
        var number = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) else { break }
            number = number * 26 + Int(scalar.value) - 64
            if number > lastColumn { return nil }
        }
        return number > 0 ? number - 1 : nil
    }
}
