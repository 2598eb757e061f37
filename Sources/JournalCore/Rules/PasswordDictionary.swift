import CCrack
import Foundation

/// The system's words a password must not rest on: cracklib's packed dictionary (Debian's
/// cracklib-runtime: tens of thousands of English words and common passwords, checked in every
/// form cracklib's rules make of them, with the account's login and name), and hunspell's Russian
/// dictionary for a Russian word typed in either alphabet («школа», «shkola»).
enum PasswordDictionary {
    /// cracklib keeps state between calls: one check at a time.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var dictionary: UnsafeMutablePointer<PWDICT>? = {
        let path = String(cString: GetDefaultCracklibDict())
        return PWOpen(path, strdup("r"))
    }()

    /// Whether cracklib refuses the password for the account (a dictionary word however mangled,
    /// too systematic, built on the login or name). Nothing is refused without its dictionary.
    static func cracklibRefuses(_ password: String, login: String, name: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let dictionary else { return false }
        // With the dictionary this process opened (cracklib holds one open at a time).
        return password.withCString { text in FascistLookUser(dictionary, UnsafeMutablePointer(mutating: text), login, name) != nil }
    }

    /// Whether a run of letters is a word of the dictionaries: English in cracklib's, Russian in
    /// hunspell's, a Latin spelling of a Russian word read in Cyrillic.
    static func isWord(_ letters: String) -> Bool {
        let word = letters.lowercased()
        if englishWord(word) { return true }
        let cyrillic = word.unicodeScalars.contains { $0.properties.isAlphabetic && $0.value < 0x250 } ? Self.cyrillic(word) : word
        guard let cyrillic else { return false }
        // A Latin spelling drops the soft sign: «uchitel», «parol».
        return [cyrillic, cyrillic + "ь"].contains { Spelling.russian.isAvailable && Spelling.russian.knows($0) }
    }

    private static func englishWord(_ word: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let dictionary else { return false }
        return helpdesk_crack_holds(dictionary, word) != 0
    }

    /// A word typed in the usual Latin spelling of Russian (sh, ch, zh, ya…) in Cyrillic, the
    /// rest by ICU's Latin–Cyrillic transform.
    static func cyrillic(_ latin: String) -> String? {
        var text = latin
        for (from, to) in [
            ("shch", "щ"), ("sch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ya", "я"),
            ("yu", "ю"), ("yo", "ё"), ("ye", "е"), ("iy", "ий"), ("y", "ы"),
        ] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text.applyingTransform(.latinToCyrillic, reverse: false)
    }
}
