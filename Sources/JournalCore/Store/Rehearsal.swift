/// A write tried before it is asked for: a command's first write runs with every rule and is
/// rolled back, so that a refusal comes before the question «Записать?», never after the «да».
public enum Rehearsal: Error, Sendable {
    /// The first write passed every rule and was rolled back: the work stops here.
    case finished

    /// Whether writes are being rehearsed.
    @TaskLocal static var isOn = false

    /// Runs `body` with every write of the journal and the desk rehearsed, up to its first write:
    /// a refusal is thrown as the real write would throw it; nothing is kept either way.
    public static func check(_ body: () throws -> Void) throws {
        do {
            try $isOn.withValue(true) { try body() }
        } catch Rehearsal.finished {}
    }
}
