import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The terminal's size and manners: `COLUMNS` and `LINES` win when set (also when the output is
/// no terminal, as in a script that wants 80 columns), else the terminal's own size.
enum TerminalSize {
    static func columns(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        if let value = environment["COLUMNS"].flatMap(Int.init), value > 0 { return value }
        return window()?.columns
    }

    static func rows(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        if let value = environment["LINES"].flatMap(Int.init), value > 0 { return value }
        return window()?.rows
    }

    /// Whether standard output is a terminal.
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colour for a terminal unless `NO_COLOR` is set (no-color.org) or the terminal is dumb.
    static func colours(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        isTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
    }

    private static func window() -> (columns: Int, rows: Int)? {
        guard isTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }
}
