/// How people write a colleague's name on paper: «Жуков Пётр Ильич», «Жуков П.И.», «Жуков П. И.».
public enum PersonName {
    /// Lower case, `ё` as `е`, spaces folded: how names are compared and stored for lookup.
    public static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace {
                folded.append(" ")
                pendingSpace = false
            }
            folded.append(scalar == "ё" ? "е" : scalar)
        }
        return String(folded)
    }

    /// The surname a written name starts with, folded: «Гусева В.П.» gives «гусева».
    static func surname(_ written: String) -> String {
        words(written).first ?? ""
    }

    /// Whether `written` names the person `fullName`: the same surname, and each given initial
    /// or name the start of the matching name.
    public static func matches(_ written: String, fullName: String) -> Bool {
        let given = words(written)
        let full = words(fullName)
        guard let surname = given.first, surname == full.first, given.count <= full.count else { return false }
        return zip(given.dropFirst(), full.dropFirst()).allSatisfy { $1.hasPrefix($0) }
    }

    /// Lower-case words with `ё` as `е`; «П.И.» gives «п» and «и».
    private static func words(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: { $0 == " " || $0 == "." || $0 == "," }).map(String.init)
    }
}
