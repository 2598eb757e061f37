import CSV
import Foundation

/// CSV as spreadsheet programs in Russian settings open it (RFC 4180 via CSV.swift): UTF-8 with
/// a BOM, `;`-separated, CRLF line ends. For reports, a value a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so
/// that it is shown as text and never executed (OWASP, CSV injection).
public enum SpreadsheetCSV {
    public static func data(header: [String], rows: [[String]], neutralizingFormulas: Bool = true) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: ";", newline: .crlf)
        func safe(_ value: String) -> String {
            guard neutralizingFormulas, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
                return value
            }
            return "'" + value
        }
        try writer.write(row: header.map(safe))
        for row in rows { try writer.write(row: row.map(safe)) }
        writer.stream.close()
        let body = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + body + Data("\r\n".utf8)
    }
}
