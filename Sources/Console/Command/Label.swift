import HelpDesk
import JournalCore

/// The console's own words for what it asks and shows: field labels and column headings.
/// A core refusal names a core `Field`; the console words it through `Label(field)`.
public enum Label: String, CaseIterable, Sendable {
    case code, name, timeZone, login, password, newPassword, identifier, fullName, birthDate, sex, email
    case phone, role, roles, year, period, periodKind, number, startDate, endDate, date, schoolClass
    case gradeLevel, letter, classTeacher, subgroup, student, guardian, staff, teacher, subject, account
    case person, organization, vacation, note, state, students, children, movement, lesson, topic, homework
    case mark, workKind, comment, document, status, reason, time, kind, markDeadline, homeworkGraceMinutes
    case entryWindowDays, markScale, action, change, weight, weekday, room, hours, plan, plannedDate
    case covered, helpKind, days, responsible, topics, nextOpening, booking, specialist, requester, places
    case noticeMinutes, horizonDays, choice, training, trainingsHeld, audience, gradeBand, format, trainer
    case capacity, registered, attended, quarter, task, title, deadline, file, temporaryPasswordHours
    case backupMaxAgeDays, ticket, description, contact, priority, assignee, vendorReference, firstResponse
    case resolution, timeLeft, verified, queue, method, receivedBy, search, workday, detail, reportedAt
    case discoveredAt, dryRun, again, all, skipErrors, secondCopy, command, reasons, confirm, fromDate, toDate, noteSubject, page
    case start, end, before, after, entries, lessons, attendance, minutes, publicKey, fingerprint, markId, late
    case address, digest, sendmail, language, copies, job, outcome, attachment, size
    case queued, handing, sent, abandoned, nextDue, summary
    case expiresAt, createdAt, schoolCount, breach, invalidatedCount, voidedMarkCount, familyCount, deputyCount, overdue, doneDate
    case events, fileType
    case hash, problems, recipientCount, presentCount, absentCount, added, changed, unchanged, removed, moved, reassigned
    case toComplete, counts, importKind
    case order, signed, retained, leaving, archive, bells, bare, issuedAt, signedAt, outcomeClass
    case marks, average, quality, success, xlsx, print, passFail, sameDay, calendarYear, ticketKind
    case headline, retired, readers, excellentCount, goodCount, oneThreeCount, failingCount, notAssessedCount, resolvedCount, accountCount,
        activeCount, missedLessons,
        excused, unexcused, withoutReason, lateCount, missedDays, withTopic,
        withHomework,
        homeworkLate, marksOnTime,
        withoutMarks, withOneMark, planCovered, replaced, cancelled, pupilsVisited, guardiansVisited, visits, riskReason, guardianVisits,
        forecast, counted, acknowledgedAt, tickets, deadlinesMet, firstResponseHours, resolutionHours, bookingsHeld, bookingsCancelled,
        send, averageBelow, absencesOver, week, rating, intoTicket, otherTicket, links, incident, ticketNumbers, ratedCount, sentence,
        corrections, example, article, message, roster, morePupils, absentAtLesson, medium, periodMark, attendanceRecorded, consentGiven,
        diaryAccess, diary,
        markCount, paused, agenda
}

extension Label {
    /// The console's word for a field the core names.
    public init(_ field: Field) {
        self =
            switch field {
            case .code: .code
            case .name: .name
            case .timeZone: .timeZone
            case .login: .login
            case .password: .password
            case .newPassword: .newPassword
            case .identifier: .identifier
            case .fullName: .fullName
            case .birthDate: .birthDate
            case .sex: .sex
            case .email: .email
            case .phone: .phone
            case .role: .role
            case .roles: .roles
            case .year: .year
            case .period: .period
            case .periodKind: .periodKind
            case .number: .number
            case .startDate: .startDate
            case .endDate: .endDate
            case .date: .date
            case .schoolClass: .schoolClass
            case .gradeLevel: .gradeLevel
            case .letter: .letter
            case .classTeacher: .classTeacher
            case .subgroup: .subgroup
            case .student: .student
            case .guardian: .guardian
            case .staff: .staff
            case .teacher: .teacher
            case .subject: .subject
            case .account: .account
            case .person: .person
            case .organization: .organization
            case .note: .note
            case .publicKey: .publicKey
            case .lesson: .lesson
            case .topic: .topic
            case .homework: .homework
            case .mark: .mark
            case .comment: .comment
            case .document: .document
            case .status: .status
            case .reason: .reason
            case .time: .time
            case .weight: .weight
            case .room: .room
            case .hours: .hours
            case .file: .file
            case .temporaryPasswordHours: .temporaryPasswordHours
            case .backupMaxAgeDays: .backupMaxAgeDays
            case .description: .description
            case .change: .change
            case .message: .message
            }
    }

    /// The console's word for a field the help desk names.
    public init(_ field: DeskField) {
        self =
            switch field {
            case .address: .address
            case .article: .article
            case .ticket: .ticket
            case .digest: .digest
            case .sendmail: .sendmail
            case .assignee: .assignee
            case .audience: .audience
            case .capacity: .capacity
            case .contact: .contact
            case .deadline: .deadline
            case .firstResponse: .firstResponse
            case .gradeBand: .gradeBand
            case .horizonDays: .horizonDays
            case .method: .method
            case .noticeMinutes: .noticeMinutes
            case .receivedBy: .receivedBy
            case .rating: .rating
            case .resolution: .resolution
            case .responsible: .responsible
            case .title: .title
            case .trainer: .trainer
            case .vendorReference: .vendorReference
            }
    }
}
