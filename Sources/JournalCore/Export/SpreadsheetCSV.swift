import CSV
import Foundation

/// CSV as spreadsheet programs in Russian settings open it (RFC 4180 via CSV.swift): UTF-8 with
/// a BOM, `;`-separated, CRLF line ends. Every value a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so
/// that it is shown as text and never executed (OWASP, CSV injection).
public enum SpreadsheetCSV {
    /// The first characters that make a spreadsheet run a cell.
    static let formulaStarts = "=+-@\t\r".unicodeScalars

    /// Every file the product writes is safe to open: no value is ever a live formula.
    public static func data(header: [String], rows: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: ";", newline: .crlf)
        try writer.write(row: header.map(neutralized))
        for row in rows { try writer.write(row: row.map(neutralized)) }
        writer.stream.close()
        let body = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + body + Data("\r\n".utf8)
    }

    /// A value a spreadsheet would run, with a `'` before it.
    static func neutralized(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }

    /// A value read back from a file the product wrote: the `'` before a formula's first
    /// character taken off, so that an export is imported as it was.
    static func restored(_ value: String) -> String {
        guard value.hasPrefix("'"), let second = value.unicodeScalars.dropFirst().first, formulaStarts.contains(second) else {
            return value
        }
        return String(value.dropFirst())
    }
}
