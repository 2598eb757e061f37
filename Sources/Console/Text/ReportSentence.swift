import JournalCore

/// The sentences of the school's reports — attendance, monitoring, activity, the risk group, the
/// forecast, acknowledgements and the desk's week — worded side by side in both languages.
public enum ReportSentence: Equatable, Sendable {
    case attendanceTitle(school: String, schoolClass: String, from: String, to: String)
    case monitoringTitle(school: String, from: String, to: String)
    case activityTitle(school: String, from: String, to: String)
    case deskTitle(from: String, to: String)
    case total
    case byTeacher, byClass, byRole, byPerson, bySchool, byTopic, bySpecialist, progress, trainings
    case teachersWorking(visited: Int, of: Int)
    case chartTopics, chartMarksOnTime, chartGuardians
    case riskTitle(schoolClass: String, date: String)
    /// The journal page's first line: the class, the subject, the period and its days.
    case journalTitle(schoolClass: String, subject: String, period: Int?, kind: PeriodKind, from: String, to: String)
    /// The page's last column: the period's mark.
    case periodColumn(Int, PeriodKind)
    case riskEmpty(String)
    case riskToday(schoolClass: String, count: Int)
    /// `today` on a day without the caller's lessons: the day named, and where to look next.
    case noLessonsToday(day: String)
    /// `lesson list` of a day without lessons: the day named.
    case noLessonsOn(day: String, ofClass: String?)
    /// A pupil's or a parent's day without lessons.
    case noDiaryLessonsToday(day: String)
    case markedAtRisk(String)
    case lowAverage(String)
    case manyAbsences(Int)
    case riskAdded(String)
    case riskRemoved(String, Sex?)
    case forecastTitle(schoolClass: String, period: Int, end: String, daysLeft: Int)
    case forecastLate(daysLeft: Int)
    case forecastSent(families: Int, deputies: Int)
    case forecastFamilySubject(period: Int)
    case forecastFamilyText(student: String, period: Int, end: String, lines: [String])
    case forecastLine(subject: String, mark: String, average: String, counted: Int)
    case forecastNoMarks(String)
    case preliminarySubject(schoolClass: String, period: Int)
    case preliminaryText(schoolClass: String, period: Int, pupils: Int, atRisk: [String], missed: Int, unexcused: Int)
    case acknowledgementSubject(period: Int, student: String)
    case acknowledged(period: Int)
    case acknowledgementsTitle(schoolClass: String, period: Int)
    case acknowledgedCount(done: Int, of: Int)
    case bookings(held: Int, cancelled: Int)
    case unassigned
}
