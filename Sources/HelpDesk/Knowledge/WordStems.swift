import CStemmer
import Foundation

/// Words reduced to their stems by Snowball's stemmers (Debian's libstemmer): the Russian one for
/// Cyrillic words, the English one for Latin words, so that «загрузить», «загрузка» and
/// «загружается» meet, and "uploading" meets "upload".
public enum WordStems {
    /// The words of a text as they are compared: lower case, `ё` as `е`, letters and digits only.
    public static func words(_ text: String) -> [String] {
        folded(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Lower case, `ё` as `е`: how words are compared.
    public static func folded(_ text: String) -> String { text.lowercased().replacingOccurrences(of: "ё", with: "е") }

    /// The stem of each word of `text`, in order.
    public static func stems(_ text: String) -> [String] { words(text).map(stem) }

    /// One word's stem; a word of digits or of another script stays as it is.
    public static func stem(_ word: String) -> String {
        let isCyrillic = word.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
        let isLatin = word.unicodeScalars.contains { ("a"..."z").contains(Character($0)) }
        if isCyrillic { return russian.stem(word) }
        if isLatin { return english.stem(word) }
        return word
    }

    private static let russian = Snowball("russian")
    private static let english = Snowball("english")
}

/// One Snowball stemmer; a stemmer keeps state between calls, so calls take turns.
private final class Snowball: @unchecked Sendable {
    private let lock = NSLock()
    private let handle: OpaquePointer?

    init(_ algorithm: String) { handle = sb_stemmer_new(algorithm, "UTF_8") }

    deinit { sb_stemmer_delete(handle) }

    func stem(_ word: String) -> String {
        guard let handle else { return word }
        lock.lock()
        defer { lock.unlock() }
        let bytes = Array(word.utf8)
        let stemmed = bytes.withUnsafeBufferPointer { sb_stemmer_stem(handle, $0.baseAddress, Int32($0.count)) }
        guard let stemmed else { return word }
        return String(decoding: UnsafeBufferPointer(start: stemmed, count: Int(sb_stemmer_length(handle))), as: UTF8.self)
    }
}
