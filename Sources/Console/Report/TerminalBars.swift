/// Shares drawn in the terminal with Unicode block elements, to an eighth of a cell.
enum TerminalBars {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar of `width` cells for 0–100 %: full blocks, then the part of the last one.
    static func bar(_ percent: Double, width: Int) -> String {
        let filled = Int((max(0, min(100, percent)) / 100 * Double(width * 8)).rounded())
        let part = filled % 8
        return String(repeating: "█", count: filled / 8) + (part > 0 ? String(eighths[part - 1]) : "")
    }

    /// The chart as lines: the labels padded to one width, the bar and the figure.
    static func lines(_ chart: ReportChart, width: Int, texts: Texts) -> String {
        let labels = chart.bars.map { TerminalText.safe($0.label) }
        let labelWidth = labels.map(TextWidth.of).max() ?? 0
        let rows = zip(labels, chart.bars).map { label, bar in
            "  \(TextWidth.pad(label, to: labelWidth))  \(self.bar(bar.percent, width: width)) \(texts.decimal(bar.percent, digits: 0)) %"
        }
        return ([TerminalText.safe(chart.title)] + rows).joined(separator: "\n")
    }
}
