import Crypto
import Foundation

/// An OpenSSH public key as `authorized_keys` and `ssh-keygen` write it: `ssh-ed25519 AAAA… comment`.
/// The product keeps the key and its SHA-256 fingerprint; sshd alone checks the signature.
public struct PublicKey: Sendable, Equatable {
    /// The algorithm, such as `ssh-ed25519`.
    public let algorithm: String
    /// The key's blob, base64 as written.
    public let blob: String
    public let comment: String

    /// The algorithms OpenSSH offers by default; DSA and short RSA keys are not among them.
    static let algorithms: Set<String> = [
        "ssh-ed25519", "sk-ssh-ed25519@openssh.com", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ecdsa-sha2-nistp256@openssh.com", "ssh-rsa",
    ]

    /// Reads one line; nil when it is no public key of an accepted algorithm, or its blob
    /// does not name the algorithm the line does.
    public init?(line: String) {
        let parts = line.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 2).map(String.init)
        guard parts.count >= 2, Self.algorithms.contains(parts[0]), let data = Data(base64Encoded: parts[1]),
            Self.named(in: data) == parts[0]
        else { return nil }
        algorithm = parts[0]
        blob = parts[1]
        comment = parts.count > 2 ? String(parts[2].prefix(100)) : ""
    }

    /// `SHA256:…` as `ssh-keygen -l` prints it.
    public var fingerprint: String {
        let digest = SHA256.hash(data: Data(base64Encoded: blob) ?? Data())
        return "SHA256:" + Data(digest).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// The algorithm a key blob starts with (a length-prefixed string, RFC 4253 §6.6).
    private static func named(in data: Data) -> String? {
        let bytes = [UInt8](data)
        guard bytes.count > 4 else { return nil }
        let length = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }
        guard length > 0, length <= 64, bytes.count >= 4 + length else { return nil }
        return String(bytes: bytes[4..<(4 + length)], encoding: .ascii)
    }
}
