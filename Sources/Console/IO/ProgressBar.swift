import Foundation
import JournalCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A bar on standard error for work over a second (demo load, backups, audit verify), drawn
/// only for a person at a terminal and never in JSON mode; standard output stays the result's.
final class ProgressBar: Sendable {
    private struct State {
        var started = ContinuousClock.now
        var drawn = -1
    }

    private let state = Mutex(State())
    private let enabled: Bool
    private let title: String
    private let width: Int

    init(_ title: String, enabled: Bool, columns: Int? = TerminalSize.columns()) {
        self.title = title
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
        width = max(10, min(40, (columns ?? 80) - TextWidth.of(title) - 8))
    }

    /// The handler the core calls; cheap when nothing is drawn. After Ctrl-C it stops the work.
    var handler: WorkProgress {
        { [self] fraction in
            if Interrupt.pressed { throw WorkInterrupted() }
            self.update(fraction)
        }
    }

    func update(_ fraction: Double) {
        guard enabled else { return }
        let line: String? = state.withLock { state in
            let percent = Int((min(1, max(0, fraction)) * 100).rounded(.down))
            guard ContinuousClock.now - state.started > .seconds(1), percent != state.drawn else { return nil }
            state.drawn = percent
            return "\r" + Self.line(title, percent: percent, width: width)
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// `Копия ████████░░░░░░░░ 50%`: the title, `width` blocks, the percentage.
    static func line(_ title: String, percent: Int, width: Int) -> String {
        let filled = width * min(100, max(0, percent)) / 100
        return "\(title) " + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + " \(percent)%"
    }

    /// Clears the bar's line, if one was drawn.
    func finish() {
        guard enabled, state.withLock({ $0.drawn >= 0 }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
