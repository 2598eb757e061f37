internal import GRDB

/// A language the product speaks: the console's, and each recipient's for the mail they get.
public enum Language: String, Sendable, CaseIterable, Codable {
    case ru
    case en

    /// English when `LANG` (or `LC_ALL`, `LC_MESSAGES`) asks for it, Russian otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        let value = environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"] ?? ""
        return value.lowercased().hasPrefix("en") ? .en : .ru
    }
}
