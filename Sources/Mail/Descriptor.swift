import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writing to an open file descriptor.
public enum Descriptor {
    /// All of `data`, however many `write` calls it takes, retried when interrupted.
    public static func writeAll(_ descriptor: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            // No bytes, no address: nothing to write.
            guard let base = bytes.baseAddress else { return true }
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, base + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }
}
