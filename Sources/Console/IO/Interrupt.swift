import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C during long work (an import, a class's credentials, a backup, the demo): the work is
/// stopped at its next step and what it had not committed is rolled back, never half kept.
enum Interrupt {
    /// Whether Ctrl-C was pressed since the work began.
    static var pressed: Bool { ReadlineState.interrupted != 0 }

    /// Runs `body` with Ctrl-C caught as a request to stop (a one-shot command at a terminal
    /// would otherwise be killed, saying nothing); the handler before is put back after.
    static func catching<T>(_ body: () throws -> T) throws -> T {
        ReadlineState.interrupted = 0
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in ReadlineState.interrupted = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var previous = sigaction()
        sigaction(SIGINT, &action, &previous)
        defer {
            sigaction(SIGINT, &previous, nil)
            ReadlineState.interrupted = 0
        }
        return try body()
    }
}

/// The work was stopped by Ctrl-C; nothing of it was written.
struct WorkInterrupted: Error {}
