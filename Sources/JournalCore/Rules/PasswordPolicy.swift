import Foundation

/// What a new password must not be (NIST SP 800-63B §5.1.1.2): shorter than 8 characters,
/// the login itself, one character repeated, or one of the shipped common passwords.
public enum PasswordPolicy {
    /// Throws `invalid(field, …)` naming why `password` is refused for the account `login`.
    public static func check(_ password: String, login: String, field: Field = .newPassword) throws {
        do {
            try PasswordHasher.checkStrength(password)
        } catch JournalError.invalid(_, let reason) {
            throw JournalError.invalid(field, reason)
        }
        let folded = password.lowercased()
        if folded == login.trimmingCharacters(in: .whitespaces).lowercased() { throw JournalError.invalid(field, .sameAsLogin) }
        if Set(folded).count == 1 { throw JournalError.invalid(field, .repeatedCharacter) }
        if common.contains(folded) { throw JournalError.invalid(field, .commonPassword) }
    }

    /// The shipped list, read once.
    static let common: Set<String> = {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt", subdirectory: "Passwords"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }()
}
