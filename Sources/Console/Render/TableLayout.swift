/// How a table's columns share the screen: the widest shrink (their cells wrap) down to a
/// floor; when even that is too wide, the columns on the right (the least important) are left
/// out and named under the table.
struct TableLayout {
    private(set) var widths: [Int]
    private(set) var shown: [Int]
    private(set) var hidden: [Int] = []
    static let gap = 2

    init(natural: [Int], header: [String], width: Int?) {
        widths = natural
        shown = Array(natural.indices)
        guard let width, total(shown) > width else { return }
        let floors = zip(natural, header).map { natural, title in
            min(natural, max(6, min(12, TextWrap.longestWord(title))))
        }
        while total(shown) > width {
            guard let widest = shown.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        while total(shown) > width && shown.count > 1 {
            hidden.insert(shown.removeLast(), at: 0)
        }
    }

    private func total(_ columns: [Int]) -> Int {
        columns.reduce(0) { $0 + widths[$1] } + Self.gap * max(0, columns.count - 1)
    }
}
