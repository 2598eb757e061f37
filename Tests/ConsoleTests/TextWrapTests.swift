import Testing

@testable import Console

/// Wrapping never parts what reads as one (issue 23, part 3; from the tour at 60 and 80 columns).
@Suite struct TextWrapTests {
    @Test(
        "A phone number, «№ 1», «§ 12, упр. 24», «16 ч» and a date with its time stay on one line; a line never grows past the width"
    )
    func whatReadsAsOneStaysTogether() {
        let cases: [(String, [String])] = [
            ("Телефон родителя: +7 912 891-43-87, звонить вечером", ["+7 912 891-43-87"]),
            ("МБОУ «Демонстрационная средняя общеобразовательная школа № 1»", ["№ 1"]),
            ("Домашнее задание: прочитать § 12, упр. 24 и выучить правило", ["§ 12,", "упр. 24"]),
            ("до ответа осталось 16 ч (ср 09.12.2026 14:00)", ["16 ч", "09.12.2026 14:00"]),
        ]
        for width in [12, 16, 20, 24, 30, 40] {
            for (text, together) in cases {
                let lines = TextWrap.lines(text, width: width)
                #expect(lines.allSatisfy { TextWidth.of($0) <= width }, "\(width): \(lines)")
                for piece in together where TextWidth.of(piece) < width {
                    #expect(lines.contains { $0.contains(piece) }, "\(width): «\(piece)» split in \(lines)")
                }
            }
        }
    }
}
