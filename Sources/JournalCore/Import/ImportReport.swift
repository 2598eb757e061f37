import Foundation

/// What an import brings in.
public enum ImportKind: String, Sendable, Equatable, CaseIterable {
    case student, guardian, staff, subject, assignment
}

/// One person or record an import added, or changed with the fields that differ.
public struct ImportEntry: Sendable, Equatable {
    public var kind: ImportKind
    public var name: String
    /// Empty for an added one.
    public var fields: [Field]
}

/// A pupil the file puts in another class than the one they sit in: asked about first.
public struct ClassMove: Sendable, Equatable {
    public var student: String
    public var from: String
    public var to: String
}

/// A post the file gives to someone else than who holds it: a class's class teacher, or the
/// teacher of a class's subject (or subgroup). Listed and confirmed, like a move between classes.
public struct ImportReplacement: Sendable, Equatable {
    public enum Post: Sendable, Equatable {
        case classTeacher(schoolClass: String)
        case teacher(schoolClass: String, subject: String, subgroup: String?)
    }

    public var post: Post
    public var from: String
    public var to: String
}

/// What an import did, or would do in a dry run (J-YEAR-1).
public struct ImportReport: Sendable, Equatable {
    public var added: [ImportEntry] = []
    public var changed: [ImportEntry] = []
    /// Rows that match what the journal holds already.
    public var unchanged = 0
    public var moves: [ClassMove] = []
    public var replacements: [ImportReplacement] = []
    public var problems: [ImportProblem] = []
    /// What is loaded but left to complete (a guardian's e-mail: J-PEOPLE-1).
    public var toComplete: [ImportProblem] = []
    /// False for a dry run, when problems stopped it, or when moves or replacements wait for `confirmed`.
    public var applied = false

    /// Nothing was written because pupils would change class or teachers be replaced: the caller
    /// lists them and asks.
    public var needsConfirmation: Bool { !applied && (!moves.isEmpty || !replacements.isEmpty) }

    public func count(_ kind: ImportKind) -> (added: Int, changed: Int) {
        (added.filter { $0.kind == kind }.count, changed.filter { $0.kind == kind }.count)
    }
}

/// How an import goes: `dryRun` only reports; with problems nothing is written unless
/// `skipProblems`, which leaves the rows with problems out; moves between classes and teachers
/// replaced wait for `confirmed`.
public struct ImportMode: Sendable, Equatable {
    public var dryRun: Bool
    public var skipProblems: Bool
    public var confirmed: Bool

    public init(dryRun: Bool = false, skipProblems: Bool = false, confirmed: Bool = false) {
        self.dryRun = dryRun
        self.skipProblems = skipProblems
        self.confirmed = confirmed
    }

    /// Whether a report with these findings may be written.
    func mayApply(_ report: ImportReport) -> Bool {
        !dryRun && (report.problems.isEmpty || skipProblems) && ((report.moves.isEmpty && report.replacements.isEmpty) || confirmed)
    }
}
