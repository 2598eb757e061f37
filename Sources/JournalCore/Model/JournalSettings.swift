internal import GRDB

/// The organization's journal settings; the seeds' values are the defaults (REQUIREMENTS.md:
/// "configurable" rules).
public struct JournalSettings: Codable, Sendable, Equatable, StoredRecord {
    public var organizationId: Int64
    /// J-MARK-2: lesson marks are due by this local time of the lesson's day (16:00 in seed 004, 17:00 in seed 003).
    public var markDeadline: ClockTime
    /// J-HW-1: homework is due this long after the class's last lesson of the day (2 h; 1.5 h in seed 004 §2.7).
    public var homeworkGraceMinutes: Int
    /// J-LESSON-2: the days after a lesson during which it may still be filled in — the
    /// regulation's 7, fixed («не позднее 7 дней»): the stored column is no longer read or set.
    public var entryWindowDays: Int { Self.entryWindowDays }
    public static let entryWindowDays = 7
    /// J-MARK-1: whether the mark 1 is used.
    public var allowsMarkOne: Bool
    /// A six-day week: Saturday is a school day.
    public var saturdayLessons: Bool
    /// H-CRED-2: how long a temporary password works (72 hours).
    public var temporaryPasswordHours: Int = 72
    /// J-ARCH-1: the administrator is told at login when the last backup is older than this.
    public var backupMaxAgeDays: Int = 7

    public static let tableName = "journalSettings"

    public static func defaults(organizationId: Int64) -> JournalSettings {
        JournalSettings(
            organizationId: organizationId, markDeadline: ClockTime(minutes: 16 * 60), homeworkGraceMinutes: 120, allowsMarkOne: false,
            saturdayLessons: false)
    }
}
