import Foundation
import JournalCore

/// Who a training is for (seed 000 §2.1–2.4).
public enum TrainingAudience: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    case teachers, guardians, students

    /// Whether a person with `roles` belongs to the audience.
    func includes(_ roles: Set<Role>) -> Bool {
        switch self {
        case .teachers: roles.contains { $0.isStaff }
        case .guardians: roles.contains(.guardian)
        case .students: roles.contains(.student)
        }
    }
}

/// The grade levels a teachers' training is for (seed 001 "График внедрения": 10–11, 5–9, 2–4).
public enum GradeBand: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    case senior = "10-11"
    case middle = "5-9"
    case primary = "2-4"
}

public enum TrainingFormat: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    /// Group training or consultation, held at least once a quarter (H-TRAIN-1).
    case training
    /// A one-off seminar.
    case seminar
}

/// One training session or seminar (H-TRAIN-1).
public struct Training: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var organizationId: Int64
    public var topic: String
    public var audience: TrainingAudience
    public var gradeBand: GradeBand?
    public var format: TrainingFormat
    public var date: LocalDate
    public var start: ClockTime
    public var end: ClockTime
    public var room: String?
    public var trainer: String
    public var capacity: Int
    public var cancelled: Bool

    public static let tableName = "training"
}

/// A person registered for a training, and whether they came.
public struct TrainingRegistration: Codable, Sendable, Equatable, StoredRecord {
    public var trainingId: Int64
    public var personId: Int64
    public var registeredAt: Date
    public var attended: Bool?

    public static let tableName = "trainingRegistration"
}

/// A training with how many registered and came, as lists show it.
public struct TrainingRow: Sendable, Equatable {
    public var training: Training
    public var registered: Int
    public var attended: Int

    public init(training: Training, registered: Int, attended: Int) {
        self.training = training
        self.registered = registered
        self.attended = attended
    }
}

/// The topics seed 000 §2.1–2.4 lists for each audience, offered when planning a training.
public enum DefaultTopics {
    public static let common = "Технологии работы с ЭЖ / ЭД"

    public static func topics(for audience: TrainingAudience) -> [String] {
        switch audience {
        case .teachers:
            [
                common,
                "Оформление тематики уроков в соответствии с календарно-тематическими планами, в том числе с использованием режимов импорта/экспорта",
                "Организация ввода текущих, итоговых отметок в ЭЖ / ЭД",
                "Получение отчетной документации по успеваемости обучающихся и посещаемости занятий",
            ]
        case .guardians:
            [
                common, "Отслеживание текущей и промежуточной успеваемости ребёнка / подростка",
                "Отслеживание посещаемости ребёнка / подростка", "Отслеживание домашних заданий",
            ]
        case .students:
            [
                common, "Отслеживание состояния по текущей и промежуточной успеваемости", "Отслеживание состояния посещаемости",
                "Отслеживание домашних заданий",
            ]
        }
    }
}
