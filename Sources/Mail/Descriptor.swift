import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writing to an open file descriptor.
public enum Descriptor {
    /// All of `data`, however many `write` calls it takes, retried when interrupted.
    public static func writeAll(_ descriptor: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }
}
