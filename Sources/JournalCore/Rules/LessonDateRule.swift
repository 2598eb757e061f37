import Foundation

/// J-LESSON-2, J-MARK-5, J-MARK-6 without back doors: a lesson is created, moved or cancelled only
/// on a school day and within the entry window — by everyone, the deputy director included (seed
/// 004 «Порядок» §1.5: «не позднее 7 дней», a rule that says never has no override); a held
/// lesson with marks never moves into the future or into another reporting period.
struct LessonDateRule {
    let clock: LessonClock
    let days: SchoolDays
    let periods: [ReportingPeriod]

    /// A date a lesson is put on, or taken from.
    func checkDate(_ date: LocalDate, field: Field = .date) throws {
        let daysAgo = clock.today.dayNumber - date.dayNumber
        if daysAgo > clock.settings.entryWindowDays {
            throw JournalError.entryWindowClosed(daysAgo: daysAgo, limit: clock.settings.entryWindowDays)
        }
        if !days.isSchoolDay(date) { throw JournalError.invalid(field, .notASchoolDay(date)) }
    }

    /// A lesson that has marks stays where its marks belong.
    func checkMove(_ lesson: Lesson, marks: Int, to date: LocalDate, start: ClockTime) throws {
        guard marks > 0 else { return }
        if start.instant(on: date, in: clock.zone) > clock.now { throw JournalError.lessonWithMarks(marks) }
        if period(of: lesson.date) != period(of: date) { throw JournalError.lessonWithMarks(marks) }
    }

    private func period(of date: LocalDate) -> Int? {
        periods.first { $0.startDate <= date && date <= $0.endDate }?.number
    }
}
