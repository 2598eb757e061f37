import Foundation
internal import GRDB

/// The marks of J-MARK-1: the 5-point scale (1 only where allowed), not assessed, exempt, pass and fail.
public enum MarkValue: String, CaseIterable, Codable, Sendable {
    case one = "1"
    case two = "2"
    case three = "3"
    case four = "4"
    case five = "5"
    case notAssessed = "н/а"
    case exempt = "ОСВ"
    case pass = "зачёт"
    case fail = "незачёт"

    /// The number a weighted average counts, nil for н/а, ОСВ, pass and fail.
    public var points: Int? { Int(rawValue) }

    /// Reads what a teacher types: `5`, `н/а`, `на`, `осв`, `зач`, `незач`, `pass`, `fail`.
    public init?(typed: String) {
        switch typed.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1": self = .one
        case "2": self = .two
        case "3": self = .three
        case "4": self = .four
        case "5": self = .five
        case "н/а", "на", "n/a", "na": self = .notAssessed
        case "осв", "освобождён", "освобожден", "exempt": self = .exempt
        case "зачёт", "зачет", "зач", "pass": self = .pass
        case "незачёт", "незачет", "незач", "fail": self = .fail
        default: return nil
        }
    }
}

/// What a mark was given for (J-MARK-1), each with a weight set per organization.
public enum WorkKind: String, CaseIterable, Codable, Sendable {
    case answer, homework, classwork, test, lab, practical, dictation, essay, quiz, project, external
}

/// A mark in a lesson's column (J-MARK-1); several per student per lesson.
public struct Mark: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var lessonId: Int64
    public var studentId: Int64
    public var value: MarkValue
    public var workKind: WorkKind
    public var comment: String?
    /// J-MARK-7: the document a mark from another institution rests on.
    public var documentReference: String?
    public var enteredBy: Int64
    public var enteredAt: Date
    /// J-MARK-2: entered after the day's deadline.
    public var late: Bool

    public static let tableName = "mark"

}

/// A corrected lesson mark keeps old value, new value, time and reason (J-MARK-4).
public struct MarkCorrection: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var markId: Int64
    public var oldValue: MarkValue
    public var newValue: MarkValue
    public var reason: String
    public var correctedBy: Int64
    public var correctedAt: Date

    public static let tableName = "markCorrection"

}

public enum AttendanceStatus: String, CaseIterable, Codable, Sendable {
    case present, absent, late
}

/// УП / НП: whether an absence is excused (J-ATT-1).
public enum AbsenceReason: String, CaseIterable, Codable, Sendable {
    case excused, unexcused
}

/// A student's presence at one lesson (J-ATT-1).
public struct Attendance: Codable, Sendable, Equatable, StoredRecord {
    public var lessonId: Int64
    public var studentId: Int64
    public var status: AttendanceStatus
    public var reason: AbsenceReason?
    public var reasonNote: String?
    public var enteredBy: Int64
    public var enteredAt: Date

    public static let tableName = "attendance"

}
