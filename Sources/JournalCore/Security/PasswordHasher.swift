import Crypto
import Foundation
import _CryptoExtras

/// scrypt password hashing. The stored form keeps the parameters beside the salt and the
/// hash (`scrypt$N$r$p$salt$hash`, base64), so that they can be raised later while old
/// hashes still verify.
public struct PasswordHasher: Sendable {
    public var logRounds: Int
    public var blockSize: Int
    public var parallelism: Int

    /// OWASP's current recommendation: N = 2^17, r = 8, p = 1.
    public static let owasp = PasswordHasher(logRounds: 17, blockSize: 8, parallelism: 1)
    /// Cheap parameters for tests only.
    public static let fastForTests = PasswordHasher(logRounds: 10, blockSize: 8, parallelism: 1)

    public init(logRounds: Int, blockSize: Int, parallelism: Int) {
        self.logRounds = logRounds
        self.blockSize = blockSize
        self.parallelism = parallelism
    }

    static let saltLength = 16
    static let keyLength = 32
    public static let minimumLength = 8

    /// Hashes `password` with a fresh random salt.
    public func hash(_ password: String) throws -> String {
        try PasswordHasher.checkStrength(password)
        var salt = [UInt8](repeating: 0, count: Self.saltLength)
        var generator = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = generator.next() }
        let key = try derive(password, salt: salt)
        return [
            "scrypt", String(1 << logRounds), String(blockSize), String(parallelism),
            Data(salt).base64EncodedString(), Data(key).base64EncodedString(),
        ].joined(separator: "$")
    }

    /// Checks `password` against a stored hash, in constant time; false for a malformed hash.
    public static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", !password.isEmpty,
            let rounds = Int(parts[1]), rounds > 1, rounds.nonzeroBitCount == 1,
            let blockSize = Int(parts[2]), let parallelism = Int(parts[3]),
            let salt = Data(base64Encoded: parts[4]), let expected = Data(base64Encoded: parts[5])
        else { return false }
        let hasher = PasswordHasher(logRounds: rounds.trailingZeroBitCount, blockSize: blockSize, parallelism: parallelism)
        guard let key = try? hasher.derive(password, salt: Array(salt)), key.count == expected.count else {
            return false
        }
        var difference: UInt8 = 0
        for (a, b) in zip(key, expected) { difference |= a ^ b }
        return difference == 0
    }

    /// A well-formed hash with this hasher's parameters that no password matches: checking a
    /// password against it costs what checking against a real one costs.
    public var dummyHash: String {
        let zeros = Data(count: Self.keyLength).base64EncodedString()
        return [
            "scrypt", String(1 << logRounds), String(blockSize), String(parallelism), Data(count: Self.saltLength).base64EncodedString(),
            zeros,
        ]
        .joined(separator: "$")
    }

    /// Refuses passwords too short to be worth hashing.
    public static func checkStrength(_ password: String) throws {
        if password.count < minimumLength {
            throw JournalError.invalid(.password, .tooShort(min: minimumLength))
        }
        if password.count > 256 {
            throw JournalError.invalid(.password, .tooLong(max: 256))
        }
    }

    func derive(_ password: String, salt: [UInt8]) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(password.utf8), salt: salt, outputByteCount: Self.keyLength,
            rounds: 1 << logRounds, blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Array($0) }
    }
}
