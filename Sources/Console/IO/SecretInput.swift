import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a password from the terminal with echo off; it never passes through readline or its history.
enum SecretInput {
    static func read(prompt: String) -> InputEvent {
        // The prompt goes where the person looks: standard error when the output goes to a file.
        let screen = isatty(STDOUT_FILENO) == 1 ? FileHandle.standardOutput : FileHandle.standardError
        // Echo goes off before the prompt shows, and nothing typed is thrown away: a password typed
        // as soon as «Пароль:» appears is neither shown nor lost (TCSAFLUSH discarded it).
        var saved = termios()
        let isTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if isTerminal {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        }
        screen.write(Data(prompt.utf8))
        defer {
            if isTerminal {
                tcsetattr(STDIN_FILENO, TCSADRAIN, &saved)
                screen.write(Data("\n".utf8))
            }
        }
        ReadlineState.interrupted = 0
        var bytes: [UInt8] = []
        while true {
            var byte: UInt8 = 0
            let count = Glibc.read(STDIN_FILENO, &byte, 1)
            if count < 0 && errno == EINTR {
                if ReadlineState.interrupted != 0 { return .interrupt }
                continue
            }
            if count <= 0 { return bytes.isEmpty ? .end : .line(String(decoding: bytes, as: UTF8.self)) }
            if byte == 10 || byte == 13 { return .line(String(decoding: bytes, as: UTF8.self)) }
            bytes.append(byte)
        }
    }
}
