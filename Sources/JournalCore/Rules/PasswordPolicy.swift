import Foundation

/// What a new password must not be (NIST SP 800-63B §5.1.1.2): shorter than 8 characters,
/// the login itself, one character repeated, a common password (the shipped list of Russian and
/// school ones, and cracklib's dictionary), or a word with digits and signs around it — a
/// dictionary word, the account's login or name, the school's name or a school word
/// («Teacher2026», «школа2026», «Алексеев2026»).
public enum PasswordPolicy {
    /// Throws `invalid(field, …)` naming why `password` is refused for the account `login`;
    /// `personal`: the account's name and the school's name and code, words it must not rest on.
    public static func check(_ password: String, login: String, personal: [String] = [], field: Field = .newPassword) throws {
        do {
            try PasswordHasher.checkStrength(password)
        } catch JournalError.invalid(_, let reason) {
            throw JournalError.invalid(field, reason)
        }
        let folded = password.lowercased()
        if folded == login.trimmingCharacters(in: .whitespaces).lowercased() { throw JournalError.invalid(field, .sameAsLogin) }
        if Set(folded).count == 1 { throw JournalError.invalid(field, .repeatedCharacter) }
        if common.contains(folded) { throw JournalError.invalid(field, .commonPassword) }
        if PasswordDictionary.cracklibRefuses(password, login: login, name: personal.first ?? "") {
            throw JournalError.invalid(field, .commonPassword)
        }
        // The login or a word of one's own name with little else: «alekseev.sn2026», «Сергей1980».
        let own = Set(([login.lowercased()] + personal).flatMap(words))
        let rest = own.sorted { $0.count > $1.count }.reduce(folded) { $0.replacingOccurrences(of: $1, with: "") }
        if rest != folded && rest.filter(\.isLetter).count < 4 { throw JournalError.invalid(field, .commonPassword) }
        // The letters between the digits and signs at either end: one word is no password.
        let core = folded.trimmingCharacters(in: CharacterSet.letters.inverted)
        guard core.count >= 3, core.allSatisfy(\.isLetter) else { return }
        if common.contains(core) || PasswordDictionary.isWord(core) { throw JournalError.invalid(field, .commonPassword) }
    }

    /// The words of a name, each in both alphabets as typed and as a Latin spelling is read.
    private static func words(_ text: String) -> [String] {
        ([text.lowercased()] + text.lowercased().split { !$0.isLetter }.map(String.init)).filter { $0.count >= 3 }.flatMap { word in
            [word] + [PasswordDictionary.cyrillic(word), word.applyingTransform(.latinToCyrillic, reverse: true)].compactMap { $0 }
        }
    }

    /// The shipped list, read once.
    static let common: Set<String> = {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt", subdirectory: "Passwords"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }()
}
