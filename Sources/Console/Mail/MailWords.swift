import Foundation
import HelpDesk
import JournalCore

/// The body of a message as blocks — paragraphs, quoted texts, lines, a child's week — written
/// once as plain text and, for the digests, as HTML too.
struct MailWords {
    let texts: Texts
    let zone: TimeZone
    private var blocks: [Block] = []

    private enum Block {
        case paragraph(String)
        case quote(String)
        case lines([String])
        case heading(String)
        /// A table of the week: date, subject and what happened.
        case table([[String]])
    }

    init(texts: Texts, zone: TimeZone) {
        self.texts = texts
        self.zone = zone
    }

    mutating func add(_ sentence: MailSentence) { blocks.append(.paragraph(texts.mail(sentence))) }

    mutating func quote(_ text: String?) {
        if let text, !text.isEmpty { blocks.append(.quote(text)) }
    }

    mutating func lines(_ sentences: [MailSentence?]) {
        blocks.append(.lines(sentences.compactMap { $0.map(texts.mail) }))
    }

    /// Each child's marks, homework and absences of the week.
    mutating func weeks(_ children: [ChildWeek]) {
        for child in children {
            blocks.append(.heading(texts.mail(.child(name: child.name, className: child.className))))
            section(.marksHeading, child.marks.map { [texts.date($0.date), $0.subject, $0.values.joined(separator: " ")] })
            section(.homeworkHeading, child.homework.map { [texts.date($0.date), $0.subject, $0.text] })
            section(.absencesHeading, child.absences.map { [texts.date($0.date), $0.subject, texts.mail(.absence(late: $0.late))] })
        }
    }

    private mutating func section(_ heading: MailSentence, _ rows: [[String]]) {
        blocks.append(.paragraph(texts.mail(heading) + ":"))
        blocks.append(rows.isEmpty ? .lines([texts.mail(.nothing)]) : .table(rows))
    }

    var text: String {
        blocks.map { block in
            switch block {
            case .paragraph(let text), .heading(let text): text
            case .quote(let text): text.split(separator: "\n", omittingEmptySubsequences: false).map { "> \($0)" }.joined(separator: "\n")
            case .lines(let lines): lines.joined(separator: "\n")
            case .table(let rows): rows.map { "  " + $0.joined(separator: " · ") }.joined(separator: "\n")
            }
        }.joined(separator: "\n\n") + "\n"
    }

    /// The same as a self-contained HTML document that prints on A4.
    func html(title: String) -> String {
        let body = blocks.map { block in
            switch block {
            case .paragraph(let text): "<p>\(HTML.escape(text).replacingOccurrences(of: "\n", with: "<br>"))</p>"
            case .heading(let text): "<h2>\(HTML.escape(text))</h2>"
            case .quote(let text): "<blockquote>\(HTML.escape(text).replacingOccurrences(of: "\n", with: "<br>"))</blockquote>"
            case .lines(let lines): "<p>" + lines.map(HTML.escape).joined(separator: "<br>") + "</p>"
            case .table(let rows):
                "<table>" + rows.map { "<tr>" + $0.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>" }.joined() + "</table>"
            }
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="\(texts.language.rawValue)"><head><meta charset="utf-8"><title>\(HTML.escape(title))</title>
            <style>@page { size: A4; margin: 15mm } body { font-family: sans-serif; font-size: 11pt }
            table { border-collapse: collapse } td { border: 1px solid #999; padding: 2px 6px }
            blockquote { border-left: 3px solid #999; margin-left: 0; padding-left: 8px }</style></head>
            <body>
            \(body)
            </body></html>

            """
    }
}

enum HTML {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
