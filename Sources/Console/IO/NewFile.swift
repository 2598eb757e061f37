import Foundation
import JournalCore
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
        // Another run writing the same file holds the lock; a killed one held it no longer.
        guard let lock = PartialLock(creating: URL(fileURLWithPath: partial)) else { return false }
        defer { lock.release() }
        guard Descriptor.writeAll(lock.descriptor, data), fsync(lock.descriptor) == 0 else {
            unlink(partial)
            return false
        }
        let named = link(partial, path) == 0
        unlink(partial)
        return named
    }
}
