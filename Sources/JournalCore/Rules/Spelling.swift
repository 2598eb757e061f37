import CHunspell
import Foundation

/// Russian spelling by hunspell with Debian's dictionary (hunspell-ru): the suggestions for a
/// word the dictionary does not know, so that «зописаться» is read as «записаться». Without the
/// dictionary every word is taken as typed.
public final class Spelling: @unchecked Sendable {
    /// The dictionary Debian's hunspell-ru installs.
    public static let russian = Spelling(
        affix: "/usr/share/hunspell/ru_RU.aff", dictionary: "/usr/share/hunspell/ru_RU.dic")

    private let lock = NSLock()
    private let handle: OpaquePointer?

    init(affix: String, dictionary: String) {
        let present = FileManager.default.fileExists(atPath: affix) && FileManager.default.fileExists(atPath: dictionary)
        handle = present ? Hunspell_create(affix, dictionary) : nil
    }

    deinit { if let handle { Hunspell_destroy(handle) } }

    /// Whether the dictionary is there to ask.
    public var isAvailable: Bool { handle != nil }

    /// Whether the dictionary knows the word (true without a dictionary: nothing to correct).
    public func knows(_ word: String) -> Bool {
        guard let handle else { return true }
        lock.lock()
        defer { lock.unlock() }
        return Hunspell_spell(handle, word) != 0
    }

    /// The dictionary's suggestions for a word it does not know, likeliest first.
    public func suggestions(_ word: String) -> [String] {
        guard let handle else { return [] }
        lock.lock()
        defer { lock.unlock() }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = Hunspell_suggest(handle, &list, word)
        defer { Hunspell_free_list(handle, &list, count) }
        guard let list, count > 0 else { return [] }
        return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
    }
}
