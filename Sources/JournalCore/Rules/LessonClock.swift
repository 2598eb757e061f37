import Foundation

/// The time rules of a lesson, in the organization's time zone: J-LESSON-2 (the day of the
/// lesson, up to 7 days later, never in advance), J-MARK-2 (the marks' daily deadline) and
/// J-HW-1 (homework within the grace time after the class's lessons end).
struct LessonClock {
    let now: Date
    let zone: TimeZone
    let settings: JournalSettings

    var today: LocalDate { LocalDate(now, in: zone) }

    /// Refuses an entry for a lesson that has not begun or is past the entry window, counted
    /// from the lesson's day or, for written work's marks, from the day its checking ends.
    func checkOpen(_ lesson: Lesson, windowFrom start: LocalDate? = nil) throws {
        if lesson.cancelled { throw JournalError.lessonCancelled }
        if now < lesson.startTime.instant(on: lesson.date, in: zone) { throw JournalError.lessonInFuture }
        let daysAgo = today.dayNumber - max(start ?? lesson.date, lesson.date).dayNumber
        if daysAgo > settings.entryWindowDays {
            throw JournalError.entryWindowClosed(daysAgo: daysAgo, limit: settings.entryWindowDays)
        }
    }

    /// J-MARK-2: a lesson mark entered after the deadline of its due day is late: the lesson's
    /// day, or the day a written work's checking ends.
    func isMarkLate(_ lesson: Lesson, due: LocalDate? = nil) -> Bool {
        let deadline = settings.markDeadline
        return now > deadline.instant(on: max(due ?? lesson.date, lesson.date), in: zone)
    }

    /// J-HW-1: homework entered after the class's last lesson of the day plus the grace time is late.
    func isHomeworkLate(lessonsEndAt end: ClockTime, on date: LocalDate) -> Bool {
        now > end.instant(on: date, in: zone).addingTimeInterval(Double(settings.homeworkGraceMinutes) * 60)
    }
}
