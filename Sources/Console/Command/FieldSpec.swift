import JournalCore

/// One field a command takes: its flag (English and Russian), its label, whether it must be
/// given, and how a typed value becomes a `Value`.
struct FieldSpec: Sendable {
    let key: String
    let ruKey: String
    let label: Label
    let kind: FieldKind
    private(set) var required: Bool

    init(_ key: String, _ ruKey: String, _ label: Label, _ kind: FieldKind, required: Bool = true) {
        self.key = key
        self.ruKey = ruKey
        self.label = label
        self.kind = kind
        self.required = required
    }

    /// The same field, which the command may go without.
    var optional: FieldSpec {
        var spec = self
        spec.required = false
        return spec
    }

    var flag: String { "--\(key)" }

    /// Whether `word` (without the dashes) names this field in either language.
    func matches(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return lowered == key || lowered == ruKey
    }
}

/// What a field holds, and so how it is parsed, resolved and completed.
enum FieldKind: Sendable {
    case text(max: Int)
    case date
    case integer(ClosedRange<Int>)
    case schoolClass
    case person(Role?)
    /// A student of the lesson given in the `lesson` field.
    case lessonStudent
    /// A member of staff.
    case staffMember
    /// A student of the class given in the `class` field.
    case classStudent
    case subject
    case year
    case account
    /// An organization by code or name, completed from those in the database.
    case organization
    case staffRole
    /// Any role, students' and guardians' too.
    case anyRole
    case staffRoles
    case sex
    case periodKind
    case timeZone
    case flag
    case time
    /// A day and time in the caller's organization: `23.11.2026 09:00`.
    case moment
    case markValue
    case choice(ChoiceSet)
}

extension FieldKind {
    /// Parses `input` for the field labelled `field`; resolves names against the database through
    /// `session`. `given` holds the fields already parsed, so that a student is looked for in the
    /// lesson given before. A refusal names the console's field, whatever the core called it —
    /// unless it is about the lesson or class given before (a lesson that is not there is no
    /// missing pupil).
    func parse(_ input: String, field: Label, session: Session, given: Arguments = Arguments()) throws -> Value {
        do {
            return try parseValue(input, field: field, session: session, given: given)
        } catch JournalError.invalid(let core, let reason) {
            let context = Label(core)
            throw InputError([.lesson, .schoolClass].contains(context) && context != field ? context : field, reason)
        }
    }

    private func parseValue(_ input: String, field: Label, session: Session, given: Arguments) throws -> Value {
        let trimmed = input.trimmingCharacters(in: .whitespaces)
        switch self {
        case .text(let max):
            guard !trimmed.isEmpty else { throw InputError(field, .missing) }
            guard trimmed.count <= max else { throw InputError(field, .tooLong(max: max)) }
            return .text(trimmed)
        case .date:
            if let date = LocalDate(parsing: trimmed) { return .date(date) }
            // «сегодня», «завтра», «в пятницу», «3 декабря»: a day as people say it, every word of it read.
            let words = trimmed.lowercased().replacingOccurrences(of: "ё", with: "е").split(separator: " ").map(String.init)
            let (when, used) = session.matcher.time.read(words)
            guard let date = when.date, when.time == nil, used.count == words.count else {
                // «31.02.2026» has a date's shape and no day: said so, not as a bad format.
                let shaped = trimmed.wholeMatch(of: /\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{1,2}-\d{1,2}/) != nil
                throw InputError(field, shaped ? .noSuchDate(trimmed) : .notADate)
            }
            // «30.11» or «30 ноября» without a year, where a date is asked, is the nearest such day:
            // a week looked back at is this year's, not next year's (from the second tour).
            let today = session.matcher.time.today
            if date.adding(days: -183) > today, let lastYear = LocalDate(year: date.year - 1, month: date.month, day: date.day) {
                return .date(lastYear)
            }
            return .date(date)
        case .integer(let range):
            guard let number = Int(trimmed) else { throw InputError(field, .badFormat) }
            guard range.contains(number) else {
                throw InputError(field, .outOfRange(min: range.lowerBound, max: range.upperBound))
            }
            return .integer(number)
        case .schoolClass:
            let year = try session.journal.year(session.requireCaller(), named: nil)
            let found = try session.journal.findClass(session.requireCaller(), named: trimmed, yearId: year.savedId)
            return try .reference(found.savedId, found.name)
        case .person(let role):
            let row = try session.journal.findPerson(session.requireCaller(), trimmed, role: role)
            return try .reference(row.person.savedId, row.person.fullName)
        case .staffMember:
            let row = try session.journal.findPerson(session.requireCaller(), trimmed, staffOnly: true)
            return try .reference(row.person.savedId, row.person.fullName)
        case .classStudent:
            let row = try session.journal.findPerson(
                session.requireCaller(), trimmed, role: .student, inClass: given[Arg.schoolClass]?.id)
            return try .reference(row.person.savedId, row.person.fullName)
        case .lessonStudent:
            // Only staff fill a lesson in: a pupil or parent is refused the right, not told a classmate is not found.
            guard try session.requireCaller().isStaff else { throw JournalError.forbidden(.editJournal) }
            let row = try session.journal.findPerson(
                session.requireCaller(), trimmed, role: .student, inLesson: given[Arg.lesson])
            return try .reference(row.person.savedId, row.person.fullName)
        case .subject:
            let subject = try session.journal.findSubject(session.requireCaller(), named: trimmed)
            return try .reference(subject.savedId, subject.name)
        case .year:
            let year = try session.journal.year(session.requireCaller(), named: trimmed)
            return try .reference(year.savedId, year.name)
        case .account:
            let row = try session.journal.account(session.requireCaller(), trimmed)
            return try .reference(row.account.savedId, row.account.login)
        case .staffRole, .anyRole:
            return .role(try Choices.role(trimmed, field: field, texts: session.texts))
        case .staffRoles:
            let parts = trimmed.split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init)
            guard !parts.isEmpty else { throw InputError(field, .missing) }
            return .roles(Set(try parts.map { try Choices.role($0, field: field, texts: session.texts) }))
        case .sex:
            return .sex(try Choices.sex(trimmed, field: field))
        case .periodKind:
            return .periodKind(try Choices.periodKind(trimmed, field: field, texts: session.texts))
        case .organization:
            return .text(try session.desk.findOrganization(trimmed).code)
        case .timeZone:
            guard !trimmed.isEmpty else { throw InputError(field, .missing) }
            return .text(trimmed)
        case .flag:
            return .flag(true)
        case .time:
            guard let time = ClockTime(parsing: trimmed) else { throw InputError(field, .badFormat) }
            return .time(time)
        case .moment:
            let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" })
            guard parts.count == 2, let day = LocalDate(parsing: String(parts[0])), let time = ClockTime(parsing: String(parts[1])) else {
                throw InputError(field, .badFormat)
            }
            let zone = try session.journal.organization(session.requireCaller()).zone
            let instant = time.instant(on: day, in: zone)
            if instant > session.journal.clock.now { throw InputError(field, .inFuture) }
            return .instant(instant)
        case .markValue:
            guard let mark = MarkValue(typed: trimmed) else {
                throw InputError(field, .notFound(trimmed, closest: ["2", "3", "4", "5", "н/а", "ОСВ", "зачёт", "незачёт"]))
            }
            return .mark(mark)
        case .choice(let set):
            return .choice(try set.pick(trimmed, field: field))
        }
    }

    /// How the value shows in a confirmation summary: words of the session's language, times in
    /// the organization's zone.
    func show(_ value: Value, session: Session) -> String {
        let texts = session.texts
        return switch value {
        case .text(let text): text
        case .date(let date): texts.date(date)
        case .integer(let number): String(number)
        case .reference(_, let display): display
        case .role(let role): texts.role(role)
        case .roles(let roles): texts.roles(roles)
        case .sex(let sex): texts.sex(sex)
        case .periodKind(let kind): texts.periodKind(kind)
        case .flag(let on): on ? "✓" : ""
        case .time(let time): time.description
        case .instant(let instant):
            texts.moment(instant, in: session.zone)
        case .mark(let mark): mark.rawValue
        case .choice(let raw):
            if case .choice(let set) = self { set.word(raw, texts) } else { raw }
        }
    }

    /// A hint shown with the question: the format or the choices.
    func hint(texts: Texts) -> String? {
        switch self {
        case .date: texts.word(.dateFormat)
        case .sex: Sex.allCases.map { texts.word(.sexLetter($0)) }.joined(separator: "/")
        case .periodKind: PeriodKind.allCases.map(texts.periodKind).joined(separator: "/")
        case .staffRoles: texts.word(.commaSeparated)
        case .schoolClass: texts.word(.classExample)
        case .timeZone: "Europe/Moscow, Asia/Yekaterinburg…"
        case .time: texts.word(.timeFormat)
        case .moment: texts.word(.momentFormat)
        case .markValue: "2–5, н/а, ОСВ, зачёт, незачёт"
        case .choice(let set): set.hint(texts)
        case .integer(let range) where range.count <= 100: "\(range.lowerBound)–\(range.upperBound)"
        default: nil
        }
    }
}
