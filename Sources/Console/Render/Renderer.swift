import Foundation
import JournalCore

/// Draws an `Output` for a person: aligned tables, labelled records, messages.
struct Renderer {
    let texts: Texts

    func render(_ output: Output) -> String {
        switch output {
        case .none: return ""
        case .message(let message): return texts(message) + "\n"
        case .text(let text): return text.hasSuffix("\n") ? text : text + "\n"
        case .table(let columns, let rows): return table(columns.map(texts.label), rows)
        case .record(let pairs):
            let labels = pairs.map { texts.label($0.0) }
            let width = labels.map(TextWidth.of).max() ?? 0
            return zip(labels, pairs).map { label, pair in
                TextWidth.pad(label + ":", to: width + 1) + " " + pair.1
            }.joined(separator: "\n") + "\n"
        case .sections(let parts):
            return parts.map { field, part in "— \(texts.label(field)) —\n" + render(part) }.joined(separator: "\n")
        case .lines(let parts):
            return parts.map(render).joined()
        }
    }

    func table(_ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return texts(.nothingFound) + "\n" }
        // A cell is one line: text with line breaks (a rollout task's list) is run together.
        let rows = rows.map { $0.map { $0.replacingOccurrences(of: "\n", with: " ") } }
        var widths = header.map(TextWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { TextWidth.pad($0, to: $1) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = [line(header), line(widths.map { String(repeating: "─", count: $0) })]
        out += rows.map(line)
        if rows.count > 5 { out.append(texts(.count(rows.count))) }
        return out.joined(separator: "\n") + "\n"
    }
}
