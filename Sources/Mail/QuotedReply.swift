import Foundation

/// The new part of a reply: what the writer typed above the quoted message their mail program
/// added (`> ` lines, «… написал(а):», Outlook's «-----Original Message-----» or «От:» block).
public enum QuotedReply {
    public static func fresh(_ text: String) -> String {
        var kept: [Substring] = []
        // By any line end: a CRLF (RFC 5322) is one Character in Swift, not a "\n".
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if isQuoteStart(trimmed) { break }
            if trimmed.hasPrefix(">") { continue }
            kept.append(line)
        }
        return kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isQuoteStart(_ line: String) -> Bool {
        let lower = line.lowercased()
        if lower.hasPrefix("-----original message") || lower.hasPrefix("-----исходное сообщение") { return true }
        if lower.hasPrefix("from:") && lower.contains("@") || lower.hasPrefix("от:") && lower.contains("@") { return true }
        guard lower.hasSuffix(":") else { return false }
        // Gmail in Russian: «чт, 26 нояб. 2026 г. в 08:30, Имя <адрес>:» — no verb, the address.
        if lower.contains("@") && lower.hasSuffix(">:") { return true }
        return ["wrote:", "написал:", "написала:", "написал(а):", "пишет:"].contains { lower.hasSuffix($0) }
    }
}
