import Foundation
import Mail

#if canImport(Glibc)
    import Glibc
#endif

/// A file the console writes for its user: created new (O_EXCL, so that no file is ever written
/// over) and readable by its owner alone.
enum NewFile {
    static func write(_ data: Data, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return Descriptor.writeAll(descriptor, data)
    }
}
