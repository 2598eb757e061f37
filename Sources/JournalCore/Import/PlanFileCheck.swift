import Foundation

/// What a plan file turned out to be when it is no CSV text that can be read (J-PLAN-1): said to
/// the teacher with what to do instead.
public enum PlanFileProblem: Equatable, Sendable {
    /// Larger than any course plan: not read at all.
    case tooLarge(bytes: Int, maxBytes: Int)
    case utf16
    case cp866
    /// An Excel workbook (.xlsx is a ZIP file, .xls an OLE one), not its CSV.
    case spreadsheet
    /// Not text: zero bytes or other control bytes.
    case binary
}

/// Looks at a plan file's bytes before any parsing.
enum PlanFileCheck {
    /// A course plan is tens of kilobytes; a megabyte is far more than a year of lessons.
    static let maxBytes = 1 << 20

    /// `maxBytes` is the largest file of its kind.
    static func check(_ data: Data, maxBytes: Int = maxBytes) throws {
        if data.count > maxBytes { throw JournalError.unreadablePlan(.tooLarge(bytes: data.count, maxBytes: maxBytes)) }
        let bytes = [UInt8](data.prefix(4096))
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw JournalError.unreadablePlan(.spreadsheet)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw JournalError.unreadablePlan(.utf16) }
        if looksLikeUTF16(bytes) { throw JournalError.unreadablePlan(.utf16) }
        if bytes.contains(0) || bytes.contains(where: { $0 < 0x20 && ![0x09, 0x0A, 0x0D].contains($0) }) {
            throw JournalError.unreadablePlan(.binary)
        }
        if String(data: data, encoding: .utf8) == nil && looksLikeCP866(bytes) { throw JournalError.unreadablePlan(.cp866) }
    }

    /// UTF-16 without a BOM: every other byte is the high byte of a letter, 0x00 for Latin and
    /// 0x04 for Cyrillic ones.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8 else { return false }
        for start in [0, 1] {
            let high = stride(from: start, to: bytes.count, by: 2).map { bytes[$0] }
            if Double(high.filter { $0 == 0x00 || $0 == 0x04 }.count) > Double(high.count) * 0.8 { return true }
        }
        return false
    }

    /// DOS Cyrillic puts а–п at 0xA0–0xAF and А–Я at 0x80–0x9F, where Windows-1251 has
    /// punctuation and rare letters; Windows-1251 text has its letters at 0xC0–0xFF.
    static func looksLikeCP866(_ bytes: [UInt8]) -> Bool {
        let dos = bytes.filter { (0x80...0xAF).contains($0) }.count
        let windows = bytes.filter { (0xC0...0xDF).contains($0) || (0xF0...0xFF).contains($0) }.count
        return dos > windows
    }

    /// The line where a quoted field opens and never closes (RFC 4180), if any.
    static func unclosedQuote(_ text: String, delimiter: Character) -> Int? {
        var line = 1
        var openedAt = 0
        var inQuotes = false
        var atFieldStart = true
        var characters = text.makeIterator()
        var pending: Character?
        while let character = pending ?? characters.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { continue }
                    inQuotes = false
                    pending = next
                    atFieldStart = false
                    continue
                }
                if character == "\n" || character == "\r\n" { line += 1 }
                continue
            }
            switch character {
            case "\"" where atFieldStart:
                inQuotes = true
                openedAt = line
            case delimiter:
                atFieldStart = true
            case "\n", "\r\n", "\r":
                line += 1
                atFieldStart = true
            default:
                atFieldStart = false
            }
        }
        return inQuotes ? openedAt : nil
    }
}
