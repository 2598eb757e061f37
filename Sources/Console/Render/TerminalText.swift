/// Text as a terminal may safely show it (issue 9, input hygiene): what users typed is kept as
/// data, but no control or escape sequence of it reaches the screen. C0 controls but the line
/// break and tab are shown as their control pictures (ESC as ␛), DEL as ␡, C1 controls and the
/// bidirectional overrides as �.
enum TerminalText {
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: out.append(scalar)
            case 0x00..<0x20: out.append(controlPictures[Int(scalar.value)])
            case 0x7F: out.append("\u{2421}")
            case _ where isUnsafe(scalar): out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// U+2400…U+241F: the control picture of each C0 control, by its code.
    private static let controlPictures = Array("␀␁␂␃␄␅␆␇␈␉␊␋␌␍␎␏␐␑␒␓␔␕␖␗␘␙␚␛␜␝␞␟".unicodeScalars)

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
