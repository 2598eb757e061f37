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
    case discoveredAt, dryRun, all, skipErrors, secondCopy, command, reasons, confirm, fromDate, toDate, noteSubject, page
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
            case .vacation: .vacation
            case .note: .note
            case .state: .state
            case .students: .students
            case .children: .children
            case .movement: .movement
            case .lesson: .lesson
            case .topic: .topic
            case .homework: .homework
            case .mark: .mark
            case .workKind: .workKind
            case .comment: .comment
            case .document: .document
            case .status: .status
            case .reason: .reason
            case .time: .time
            case .kind: .kind
            case .markDeadline: .markDeadline
            case .homeworkGraceMinutes: .homeworkGraceMinutes
            case .entryWindowDays: .entryWindowDays
            case .markScale: .markScale
            case .action: .action
            case .change: .change
            case .weight: .weight
            case .weekday: .weekday
            case .room: .room
            case .hours: .hours
            case .plan: .plan
            case .plannedDate: .plannedDate
            case .covered: .covered
            case .helpKind: .helpKind
            case .days: .days
            case .responsible: .responsible
            case .topics: .topics
            case .nextOpening: .nextOpening
            case .booking: .booking
            case .specialist: .specialist
            case .requester: .requester
            case .places: .places
            case .noticeMinutes: .noticeMinutes
            case .horizonDays: .horizonDays
            case .choice: .choice
            case .training: .training
            case .trainingsHeld: .trainingsHeld
            case .audience: .audience
            case .gradeBand: .gradeBand
            case .format: .format
            case .trainer: .trainer
            case .capacity: .capacity
            case .registered: .registered
            case .attended: .attended
            case .quarter: .quarter
            case .task: .task
            case .title: .title
            case .deadline: .deadline
            case .file: .file
            case .temporaryPasswordHours: .temporaryPasswordHours
            case .backupMaxAgeDays: .backupMaxAgeDays
            case .ticket: .ticket
            case .description: .description
            case .contact: .contact
            case .priority: .priority
            case .assignee: .assignee
            case .vendorReference: .vendorReference
            case .firstResponse: .firstResponse
            case .resolution: .resolution
            case .timeLeft: .timeLeft
            case .verified: .verified
            case .queue: .queue
            case .method: .method
            case .receivedBy: .receivedBy
            }
    }
}
