import Foundation
import JournalCore

/// Draws an `Output` for a person: aligned tables, labelled records, messages. Everything it
/// draws is made safe for the terminal here (`TerminalText.safe`), so that colour, added after,
/// is the only escape sequence on the screen. Tables fit `width` when one is known.
struct Renderer {
    let texts: Texts
    var width: Int? = nil
    var colour = false

    func render(_ output: Output) -> String {
        switch output {
        case .none: return ""
        case .message(let message): return paragraph(texts(message)) + "\n"
        case .text(let text): return paragraph(text.hasSuffix("\n") ? String(text.dropLast()) : text) + "\n"
        case .table(let columns, let rows): return table(columns.map(texts.label), rows.map { $0.map(texts.words) })
        case .record(let pairs): return record(pairs.map { (texts.label($0.0), texts.words($0.1)) })
        case .shown(let screen, _): return screen.isEmpty ? "" : render(.text(screen))
        case .screen(let screen, _): return render(screen)
        case .sections(let parts):
            return parts.map { field, part in heading("— \(safe(texts.label(field))) —") + "\n" + render(part) }
                .joined(separator: "\n")
        case .lines(let parts):
            return parts.map(render).joined()
        }
    }

    /// Labels and values, values wrapped under themselves when the line is too long.
    func record(_ pairs: [(String, String)]) -> String {
        let labels = pairs.map { safe($0.0) + ":" }
        let labelWidth = labels.map(TextWidth.of).max() ?? 0
        let valueWidth = width.map { max(20, $0 - labelWidth - 1) }
        return zip(labels, pairs).map { label, pair in
            let value = safe(pair.1)
            let lines = valueWidth.map { TextWrap.lines(value, width: $0) } ?? [value]
            let indent = String(repeating: " ", count: labelWidth + 1)
            return ([TextWidth.pad(label, to: labelWidth) + " " + (lines.first ?? "")] + lines.dropFirst().map { indent + $0 })
                .joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    func table(_ header: [String], _ rows: [[String]], counted: Bool = true) -> String {
        guard !rows.isEmpty else { return safe(texts(.nothingFound)) + "\n" }
        // A cell is one line of data: text with line breaks (a rollout task's list) is run together.
        let header = header.map(safe)
        let rows = rows.map { $0.map { safe($0.replacingOccurrences(of: "\n", with: " ")) } }
        var cells = header.map { _ in 0 }
        var floors = header.map(TextWrap.longestWord)
        for row in rows {
            for (index, cell) in row.enumerated() where index < cells.count {
                cells[index] = max(cells[index], TextWidth.of(cell))
                floors[index] = max(floors[index], TextWrap.longestWord(cell))
            }
        }
        let natural = zip(header.map(TextWidth.of), cells).map { max($0, $1) }
        let layout = TableLayout(natural: natural, cells: cells, floors: floors, width: width)
        // A column with nothing in it says nothing: left out before a table is turned into records.
        let empty = header.indices.filter { column in rows.allSatisfy { column >= $0.count || $0[column].isEmpty } }
        if layout.expanded && !empty.isEmpty && empty.count < header.count {
            let kept = Self.columns(header.indices.filter { !empty.contains($0) }, of: header, rows)
            return table(kept.header, kept.rows, counted: counted)
        }
        var out: [String]
        if layout.expanded {
            out = expanded(header, rows)
        } else {
            func lines(_ cells: [String]) -> [String] {
                let wrapped = layout.widths.indices.map { index in
                    TextWrap.lines(index < cells.count ? cells[index] : "", width: layout.widths[index])
                }
                let height = wrapped.map(\.count).max() ?? 1
                return (0..<height).map { line in
                    zip(layout.widths, wrapped).map { width, parts in
                        TextWidth.pad(line < parts.count ? parts[line] : "", to: width)
                    }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
                }
            }
            out = lines(header).map(heading)
            out.append(layout.widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
            out += rows.flatMap(lines)
        }
        if counted && rows.count > 5 { out.append(safe(texts(.count(rows.count)))) }
        return out.joined(separator: "\n") + "\n"
    }

    /// A grid with names down its first column (pupils × subjects): on a narrow screen the other
    /// columns go in runs that fit beside the names, each run a table of its own with the names
    /// repeated, so that every mark stays under its subject.
    func grid(_ header: [String], _ rows: [[String]]) -> String {
        guard let width, header.count > 2 else { return table(header, rows, counted: false) }
        let first = ([header[0]] + rows.map { $0.first ?? "" }).map(TextWidth.of).max() ?? 0
        let widths = (1..<header.count).map { column in
            ([TextWrap.longestWord(header[column])] + rows.map { column < $0.count ? TextWidth.of($0[column]) : 0 }).max() ?? 0
        }
        let runs = JournalPageRenderer.pages(widths, room: width - first - TableLayout.gap)
        guard runs.count > 1 else { return table(header, rows, counted: false) }
        return runs.map { run in
            let kept = Self.columns([0] + run.map { $0 + 1 }, of: header, rows)
            return table(kept.header, kept.rows, counted: false)
        }.joined(separator: "\n")
    }

    /// The columns `indices` of a table, a short row's missing cells empty.
    static func columns(_ indices: [Int], of header: [String], _ rows: [[String]]) -> (header: [String], rows: [[String]]) {
        (indices.map { header[$0] }, rows.map { row in indices.map { $0 < row.count ? row[$0] : "" } })
    }

    /// A table too wide for the screen: each row a block of «label: value» lines under a rule
    /// with its number, values wrapped under themselves (psql's expanded display).
    private func expanded(_ header: [String], _ rows: [[String]]) -> [String] {
        rows.enumerated().flatMap { number, row -> [String] in
            let title = "─[ \(number + 1) ]"
            let rule = title + String(repeating: "─", count: max(0, min(width ?? 40, 40) - TextWidth.of(title)))
            let pairs = header.indices.map { (header[$0], $0 < row.count ? row[$0] : "") }
            return [heading(rule)] + record(pairs).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
    }

    /// Text made safe and, on a known width, wrapped line by line: a continuation lines up under
    /// the line's second column (after a run of two spaces, as in help) or its indentation.
    func paragraph(_ text: String) -> String {
        let text = safe(text)
        guard let width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { wrapLine(String($0), width) }
            .joined(separator: "\n")
    }

    private func wrapLine(_ line: String, _ width: Int) -> String {
        guard TextWidth.of(line) > width else { return line }
        let indent = String(line.prefix { $0 == " " })
        var head = indent
        var rest = String(line.dropFirst(indent.count))
        var hanging = indent.count + 2
        if let gap = rest.range(of: "  +", options: .regularExpression) {
            let first = String(rest[..<gap.lowerBound])
            let column = TextWidth.of(indent + first) + TextWidth.of(String(rest[gap]))
            if column <= width / 2 {
                head += String(rest[..<gap.upperBound])
                hanging = column
            } else {
                head += first + "  "
            }
            rest = String(rest[gap.upperBound...])
        }
        let room = width - TextWidth.of(head)
        let parts = room >= 10 ? TextWrap.lines(rest, width: room) : []
        let continuation = parts.isEmpty ? TextWrap.lines(rest, width: width - hanging) : Array(parts.dropFirst())
        let tail = continuation.isEmpty ? [] : TextWrap.lines(continuation.joined(separator: " "), width: width - hanging)
        let pad = String(repeating: " ", count: hanging)
        let first = parts.first.map { head + $0 } ?? head.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        return ([first] + tail.map { pad + $0 }).joined(separator: "\n")
    }

    private func safe(_ text: String) -> String { TerminalText.safe(text) }

    private func heading(_ text: String) -> String { colour ? Style.heading.paint(text) : text }
}
