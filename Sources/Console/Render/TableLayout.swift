/// How a table's columns share the screen: first long headings wrap (a column shrinks to its
/// widest cell), then the widest columns shrink (their cells wrap at spaces) down to their longest
/// word, so that no word, date, number or name is ever cut; a table that does not fit even so is
/// shown as one record per row (as psql's `\x` does), never with columns lost.
struct TableLayout {
    private(set) var widths: [Int]
    /// The table does not fit the width in columns: each row becomes a block of labelled lines.
    private(set) var expanded = false
    static let gap = 2

    /// `natural`: each column's widest cell, heading included; `cells`: its widest cell below the
    /// heading; `floors`: its longest word.
    init(natural: [Int], cells: [Int]? = nil, floors: [Int], width: Int?) {
        widths = natural
        guard let width, total > width else { return }
        let headingsWrapped = zip(cells ?? natural, floors).map { Swift.max($0, $1) }
        for limits in [headingsWrapped, floors] {
            while total > width {
                guard let widest = widths.indices.filter({ widths[$0] > limits[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        expanded = total > width
    }

    private var total: Int { widths.reduce(0, +) + Self.gap * max(0, widths.count - 1) }
}
