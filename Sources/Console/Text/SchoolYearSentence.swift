import JournalCore

/// The sentences of the school year's bulk work — imports, the year's opening and closing —
/// worded side by side in both languages.
public enum SchoolYearSentence: Equatable, Sendable {
    /// What an import added and changed, per kind of record.
    case importReport(applied: Bool, counts: [ImportCount], unchanged: Int)
    case importProblem(sheet: String?, line: Int, column: String, text: String)
    /// Loaded, with this left for the class teacher to complete (J-PEOPLE-1).
    case importToComplete(Int)
    case importChange(applied: Bool, name: String, fields: String)
    case importWouldMove(applied: Bool, Int)
    case importMove(student: String, from: String, to: String)
    case importMovesNotConfirmed(Int)
    case importWouldReplace(applied: Bool, Int)
    case importReplacement(ImportReplacement)
    case importReplacementsNotConfirmed(Int)
    case importKind(ImportKind)
    case promotionNote(PromotionOutcome, order: String, date: String)
    case outcome(PromotionOutcome)
    case closingPlan(String, String, [PromotionOutcome: Int])
    case closingNeedsYes
    case closingQuestion(String)
    case closingCancelled
    case yearClosed(String, order: String, auditHead: String)
    case archiveNeedsClosedYear(String)
    case archiveWritten(Int, folder: String)
    case archiveTitle(school: String, schoolClass: String, year: String)
    case archiveCertificate(order: String, date: String, auditHead: String)
    case archiveSummary
    case templateHint
    case fileWritten(String)
    case averageMark
    case qualityPercent
    case successPercent
    case summaryTitle(school: String, schoolClass: String, period: Int?, date: String)
    case summarySignatures
    case schoolSheet
    case schoolSummaryTitle(school: String, period: Int?, date: String)
    case auditHeadLine(String)
    case noFinalMarksYet
    case yearMark
    case everyoneSigned
    case notSigned(Int)
    case slipsSigned(Int)
}

/// How many records of one kind an import added and changed.
public struct ImportCount: Equatable, Sendable {
    public var kind: ImportKind
    public var added: Int
    public var changed: Int
}
