import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock (flock) on a copy being written, so that the next backup can tell a copy a
/// killed run left (nobody holds it; the kernel drops a dead process's locks) from one being made.
/// flock's locks are apart from the POSIX locks SQLite takes on the same file.
public struct PartialLock {
    public let descriptor: Int32
    /// Whether this process holds the lock.
    public let held: Bool

    /// Locks a file that is there.
    init(existing file: URL) {
        descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        held = descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }

    /// Makes a new empty file, 0600, locked; nil when it cannot be made, or when another run
    /// holds it (its bytes are emptied only once the lock is this run's; a killed run held none).
    public init?(creating file: URL) {
        descriptor = open(file.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        held =
            descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0 && ftruncate(descriptor, 0) == 0
            && fchmod(descriptor, 0o600) == 0
        guard held else {
            release()
            return nil
        }
    }

    public func release() {
        if descriptor >= 0 { close(descriptor) }
    }
}
