import CSV
import Foundation

/// One row of a spreadsheet: its cells as text, and where it stands in the file.
public struct SheetRow: Sendable, Equatable {
    /// The worksheet's name in a workbook; nil for CSV.
    public var sheet: String?
    /// The line of a CSV file, or the row number a spreadsheet program shows.
    public var line: Int
    public var cells: [String]

    public init(sheet: String? = nil, line: Int, cells: [String]) {
        self.sheet = sheet
        self.line = line
        self.cells = cells
    }
}

/// The rows of a file as schools keep lists (J-YEAR-1): CSV as Excel or LibreOffice save it
/// (UTF-8 with or without BOM, or Windows-1251; `;`, `,` or tab) or an XLSX workbook.
enum SheetFile {
    /// Bigger than the list of any school: 20 MB.
    static let maxBytes = 20 << 20

    /// Every way the file can be read: a workbook has one reading (all its sheets, in order); CSV
    /// text one reading per delimiter, for the caller to keep the one whose header it knows.
    static func readings(_ data: Data) throws -> [[SheetRow]] {
        if data.count > maxBytes { throw JournalError.unreadablePlan(.tooLarge(bytes: data.count, maxBytes: maxBytes)) }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return [try XLSXReader.rows(data)] }
        try PlanFileCheck.check(data, maxBytes: maxBytes)
        let text = try decode(data)
        return [";", "\t", ","].compactMap { (delimiter: UnicodeScalar) in
            try? csvRows(text, delimiter: delimiter)
        }
    }

    /// UTF-8 (a BOM is dropped), else Windows-1251.
    static func decode(_ data: Data) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return text }
        if let text = String(data: bytes, encoding: .windowsCP1251) { return text }
        throw JournalError.invalid(.document, .badFormat)
    }

    /// RFC 4180 records, each with the physical line it starts on (a quoted field may hold line
    /// breaks, so records and lines differ).
    static func csvRows(_ text: String, delimiter: UnicodeScalar) throws -> [SheetRow] {
        let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        var rows: [SheetRow] = []
        var line = 1
        while let cells = reader.next() {
            rows.append(SheetRow(line: line, cells: cells))
            line += 1 + cells.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
        }
        if reader.error != nil { throw JournalError.invalid(.document, .badFormat) }
        return rows
    }

    /// A header cell as it is compared with known names: lower case, `ё` as `е`, single spaces.
    static func key(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The spreadsheet's name of a column: A, B, … Z, AA, AB, …
    static func columnLetters(_ index: Int) -> String {
        var number = index + 1
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}
