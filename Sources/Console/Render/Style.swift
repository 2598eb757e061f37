/// The colours of the console, as SGR sequences; only text the console drew itself is painted.
enum Style {
    case heading, warning, refusal

    func paint(_ text: String) -> String {
        let code =
            switch self {
            case .heading: "1"
            case .warning: "33"
            case .refusal: "31"
            }
        return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
    }
}
