/// A write tried before it is asked for: a command's first write runs with every rule and is
/// rolled back, so that a refusal comes before the question «Записать?», never after the «да».
public enum Rehearsal: Error, Sendable {
    /// The first write passed every rule and was rolled back: the work stops here.
    case finished

    @TaskLocal static var active = false

    /// Whether writes are being rehearsed.
    static var isOn: Bool { active }

    /// Runs `body` with every write of the journal and the desk rehearsed: a refusal is thrown as
    /// it would be by the real write; `finished` when the first write passed.
    public static func run(_ body: () throws -> Void) throws {
        try $active.withValue(true) { try body() }
    }
}
