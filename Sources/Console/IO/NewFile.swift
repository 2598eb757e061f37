import Foundation
import Mail

#if canImport(Glibc)
    import Glibc
#endif

/// A file the console writes for its user: readable by its owner alone, never written over, and
/// whole or absent. The bytes go to `NAME.partial` (locked while written, so a leftover of a
/// killed run is known as such and replaced), are synced, and only then get their name by a hard
/// link, which fails when the name is taken: a kill half way never leaves a cut document.
enum NewFile {
    static func write(_ data: Data, to path: String) -> Bool {
        let partial = path + ".partial"
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        // Another run writing the same file holds the lock; a killed one held it no longer.
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0, ftruncate(descriptor, 0) == 0, fchmod(descriptor, 0o600) == 0 else {
            return false
        }
        guard Descriptor.writeAll(descriptor, data), fsync(descriptor) == 0 else {
            unlink(partial)
            return false
        }
        let named = link(partial, path) == 0
        unlink(partial)
        return named
    }
}
