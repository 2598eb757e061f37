/// How a table's columns share the screen: the widest shrink (their cells wrap at spaces) down to
/// their longest word, so that no word, date, number or name is ever cut; a table that does not
/// fit even so is shown as one record per row (as psql's `\x` does), never with columns lost.
struct TableLayout {
    private(set) var widths: [Int]
    /// The table does not fit the width in columns: each row becomes a block of labelled lines.
    private(set) var expanded = false
    static let gap = 2

    /// `natural`: each column's widest cell; `floors`: each column's longest word.
    init(natural: [Int], floors: [Int], width: Int?) {
        widths = natural
        guard let width, total > width else { return }
        while total > width {
            guard let widest = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        expanded = total > width
    }

    private var total: Int { widths.reduce(0, +) + Self.gap * max(0, widths.count - 1) }
}
