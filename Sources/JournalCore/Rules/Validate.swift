import Foundation

/// Small checks of user-typed values, each naming the field it refuses.
public enum Validate {
    /// Trimmed, non-empty text of at most `max` characters.
    public static func text(_ value: String, _ field: Field, max: Int = 200) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw JournalError.invalid(field, .missing) }
        if trimmed.count > max { throw JournalError.invalid(field, .tooLong(max: max)) }
        return trimmed
    }

    /// Optional text: nil or blank becomes nil.
    public static func optionalText(_ value: String?, _ field: Field, max: Int = 200) throws -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return try text(value, field, max: max)
    }

    /// A person's full name: surname and first name at least, letters, hyphens, spaces, apostrophes.
    static func fullName(_ value: String) throws -> String {
        let name = try text(value, .fullName, max: 120)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let allowed = CharacterSet.letters.union(CharacterSet(charactersIn: " -'’."))
        guard name.unicodeScalars.allSatisfy(allowed.contains), name.contains(" ") else {
            throw JournalError.invalid(.fullName, .badFormat)
        }
        return name
    }

    static func email(_ value: String?) throws -> String? {
        guard let email = try optionalText(value, .email, max: 254) else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !email.contains(" ")
        else { throw JournalError.invalid(.email, .badFormat) }
        return email
    }

    /// A phone number: digits with the usual separators, 10 to 15 digits.
    static func phone(_ value: String?) throws -> String? {
        guard let phone = try optionalText(value, .phone, max: 32) else { return nil }
        let allowed = CharacterSet(charactersIn: "+0123456789 -()")
        let digits = phone.filter(\.isNumber).count
        guard phone.unicodeScalars.allSatisfy(allowed.contains), (10...15).contains(digits) else {
            throw JournalError.invalid(.phone, .badFormat)
        }
        return phone
    }

    /// A login: 3–32 Latin letters, digits, dots, hyphens and underscores.
    public static func login(_ value: String) throws -> String {
        let login = try text(value, .login, max: 32)
        if login.contains(where: { $0.isWhitespace || ($0.isLetter && !$0.isASCII) }) { throw JournalError.invalid(.login, .notALogin) }
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard login.count >= 3 else { throw JournalError.invalid(.login, .tooShort(min: 3)) }
        guard login.unicodeScalars.allSatisfy(allowed.contains) else {
            throw JournalError.invalid(.login, .badFormat)
        }
        return login
    }

    static func range(_ start: LocalDate, _ end: LocalDate) throws {
        if end < start { throw JournalError.invalid(.endDate, .endBeforeStart) }
    }
}
