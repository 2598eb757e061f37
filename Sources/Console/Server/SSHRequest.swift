import Foundation
import JournalCore

/// What a person asked of the console over SSH: the forced command's `SSH_ORIGINAL_COMMAND`,
/// read with the console's own tokenizer (never a shell), and the key sshd accepted, from the
/// file `ExposeAuthInfo` names in `SSH_USER_AUTH`.
struct SSHRequest: Equatable {
    var json = false
    var yes = false
    var language: Language?
    /// The one command line to run; nil for the console itself.
    var line: String?

    enum Refusal: Error, Equatable {
        /// A word that is none of the console's options: a program, a shell's `;`, a path.
        case notAllowed(String)
    }

    /// `--json`, `--lang ru|en`, `--yes`, then `-c` and the command line (one quoted word, or
    /// the words that follow, each kept whole). Anything else is refused, nothing is run.
    init(_ original: String?) throws {
        let words = try Tokenizer.split(original ?? "")
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            switch word {
            case "--": continue
            case "--json": json = true
            case "--yes", "-y": yes = true
            case "--lang":
                guard index < words.count, let language = Language(rawValue: words[index]) else { throw Refusal.notAllowed(word) }
                self.language = language
                index += 1
            case "-c", "--command":
                let rest = Array(words[index...])
                guard !rest.isEmpty else { throw Refusal.notAllowed(word) }
                line = rest.count == 1 ? rest[0] : rest.map(Tokenizer.quoted).joined(separator: " ")
                index = words.count
            default: throw Refusal.notAllowed(word)
            }
        }
    }

    /// The public key sshd authenticated this connection with: the last `publickey` line of the
    /// `SSH_USER_AUTH` file (`publickey ssh-ed25519 AAAA…`); nil without one.
    static func key(environment: [String: String]) -> PublicKey? {
        guard let path = environment["SSH_USER_AUTH"], let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("publickey ") }
        return lines.last.flatMap { PublicKey(line: String($0.dropFirst("publickey ".count))) }
    }
}
