import Foundation

/// The journal's fields a refusal can name (the desk has its own, the console its labels); the
/// console words them in the user's language.
public enum Field: String, CaseIterable, Sendable, Codable {
    case code, name, timeZone, login, password, newPassword, identifier, fullName, birthDate, sex, email, phone
    case role, roles, year, period, periodKind, number, startDate, endDate, date, schoolClass, gradeLevel
    case letter, classTeacher, subgroup, student, guardian, staff, teacher, subject, account, person
    case organization, note, lesson, topic, homework, mark, comment, document, status, reason, time, weight
    case room, hours, file, temporaryPasswordHours, backupMaxAgeDays, description, change, publicKey, message
}

/// Why a value was refused.
public enum Reason: Equatable, Sendable {
    case missing
    case tooLong(max: Int)
    case tooShort(min: Int)
    case badFormat
    /// A day written as one but not in the calendar: «31.02.2026».
    case noSuchDate(String)
    /// Words that are no day: a date is asked.
    case notADate
    /// Words where a login is asked («не знаю», «не помню»): a login is one Latin word.
    case notALogin
    case outOfRange(min: Int, max: Int)
    case unknown(String)
    case ambiguous([String])
    case endBeforeStart
    case outsideYear
    case overlaps(String)
    case alreadyExists(String)
    case notStaff
    case notStudent
    case notTeacher
    case otherOrganization
    case inUse
    case sameAsCurrent
    case notInClass
    /// A pupil taken off the risk group who is not in it.
    case notInRiskGroup
    case inFuture
    case lastAdministrator
    case notAllowedRole
    case markOneNotAllowed
    /// The account does not hold the role the requester stated (H-TICKET-1, H-CRED-1).
    case roleNotHeld
    /// «зачёт» or «незачёт» in a subject graded on the 5-point scale (J-MARK-1).
    case passFailNotUsed
    /// A number in a subject graded «зачёт»/«незачёт» only (J-MARK-1).
    case passFailOnly
    case notAbsent
    case overlapsLesson(String)
    case weight
    /// A public holiday of the production calendar, by name.
    case holiday(String)
    /// Nothing has that name; the closest known ones are offered.
    case notFound(String, closest: [String])
    /// Earlier than the rule allows: not before this instant.
    case earlierThan(Date)
    /// Not a school day: a holiday, a vacation or a day off.
    case notASchoolDay(LocalDate)
    /// Does not match what it refers to; what it should be.
    case doesNotMatch(String)
    /// A file with a header and no data rows under it.
    case noRows
    /// More rows than the thing can have.
    case tooMany(max: Int)
    /// A quoted field opened here and never closed.
    case unclosedQuote
    /// A password equal to the login (NIST SP 800-63B §5.1.1.2).
    case sameAsLogin
    /// A password of one character repeated.
    case repeatedCharacter
    /// A password from the shipped list of common ones.
    case commonPassword
}

/// What a rule check is about.
public enum Operation: String, Sendable, CaseIterable {
    case viewStructure, editOrganization, manageYears, manageClasses, manageSubjects
    case manageStaff, manageAssignments, manageStudents, manageGuardians, recordMovement
    case viewAccounts, manageAccounts, viewPerson
    case viewJournal, editJournal, setAbsenceReason, viewAudit, changePeriodMark, backup, writeMessage, closeYear

    /// Whether the operation only reads: it may touch a closed year (J-ARCH-3).
    public var onlyReads: Bool {
        [.viewStructure, .viewAccounts, .viewPerson, .viewJournal, .viewAudit, .backup].contains(self)
    }
}

/// One error type for the journal core: every refusal carries what the console needs to word
/// it, and a refused command has changed nothing.
public enum JournalError: Error, Equatable, Sendable {
    /// A value given for `field` is not acceptable.
    case invalid(Field, Reason)
    /// The actor may not do this (J-ACL-*).
    case forbidden(Operation)
    /// Login failed; the same error for an unknown login and a wrong password.
    case badCredentials
    case accountLocked
    case credentialsNotIssued
    /// The student already sits in a class of that year (one class a year at a time).
    case alreadyEnrolled(student: String, className: String)
    case notEnrolled(student: String)
    /// The password must be changed before anything else.
    case passwordChangeRequired
    case notLoggedIn
    /// J-MARK-3: grade 1 gets no marks and no homework.
    case gradeOneHasNoMarks
    /// J-LESSON-2: nothing is entered for a lesson that has not begun.
    case lessonInFuture
    /// J-LESSON-2: the lesson was `daysAgo` days ago; entries are allowed up to `limit` days.
    case entryWindowClosed(daysAgo: Int, limit: Int)
    case lessonCancelled
    /// J-MARK-6: period marks are set from the last week of the period until 2 days after it.
    case periodMarkWindowNotOpen(opens: LocalDate)
    /// J-MARK-5: after the window only a deputy director (academic) changes it, on an explanatory note.
    case periodMarkWindowClosed(closed: LocalDate)
    /// J-MARK-5: the period has ended and its mark is set; only the deputy replaces it, on a note.
    case periodMarkAlreadySet(MarkValue)
    /// J-ATT-1: the lesson's period has been summed up; its absences' reasons are fixed.
    case absenceReasonWindowClosed(closed: LocalDate)
    /// J-YEAR-2: the year's last reporting period has not ended yet.
    case yearNotOver(lastPeriodEnds: LocalDate)
    /// The student does not attend this lesson (another class or subgroup, or not enrolled that day).
    case notInLesson(student: String)
    /// Too many failed logins in a row: the next try waits until then.
    case tooManyAttempts(until: Date, waitSeconds: Int)
    /// The temporary password has expired: new credentials are needed.
    case temporaryPasswordExpired
    /// The account's credentials were reset or reported leaked: log in again.
    case sessionEnded
    /// The account was locked after a breach or too many failed logins: only new credentials unlock it.
    case unlockNeedsNewCredentials
    /// A breach report by someone who may not make it (seed 004 §5.3: the owner, the school's
    /// head, deputies and journal administrator, or the desk serving the school).
    case breachReportForbidden
    /// No open breach report of that number.
    case noOpenBreach(Int64)
    /// A held lesson with marks neither moves into the future or another period, nor is cancelled.
    case lessonWithMarks(Int)
    /// Changing a period's dates would leave these period marks outside it.
    case periodMarksOutside([PeriodMarkReference])
    /// J-PLAN-1: the plan file is no CSV text that can be read; what it is instead.
    case unreadablePlan(PlanFileProblem)
    /// J-YEAR-2, J-ARCH-3: the year was closed by the director's order and its journal is
    /// read-only; nil where the database itself refused the change.
    case yearClosed(ClosedYear?)
    /// J-YEAR-2: promotion needs the next grade's class in the next year; the ones missing.
    case promotionTargetsMissing([String])
    /// J-YEAR-2: a year is closed after the one before it, and the next year must exist.
    case noNextYear(String)
}

/// A closed year as a refusal names it.
public struct ClosedYear: Equatable, Sendable {
    public var name: String
    public var orderNumber: String
    public var orderDate: LocalDate
}

/// A period mark as a refusal names it.
public struct PeriodMarkReference: Equatable, Sendable {
    public var student: String
    public var subject: String
    public var value: String
    public var setOn: LocalDate
}
