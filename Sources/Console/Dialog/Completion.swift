import JournalCore

/// What tab completion offers while a question is asked.
enum Completion {
    /// The values a field may take that the caller may see, at the prompt and in a question alike:
    /// logins (text to the parser), ticket and booking numbers, and what its kind offers.
    static func words(for field: FieldSpec, session: Session, given: Arguments = Arguments()) -> [String] {
        guard let caller = session.caller else { return [] }
        switch field.label {
        case .account, .login: return (try? session.journal.accounts(caller).map(\.account.login)) ?? []
        case .ticket: return (try? session.desk.tickets(caller).compactMap { $0.ticket.id.map(String.init) }) ?? []
        case .booking: return (try? session.desk.myBookings(caller).compactMap { $0.booking.id.map(String.init) }) ?? []
        // Today's lessons of the caller's: the numbers `mark add`, `lesson fill` ask for.
        case .lesson: return (try? session.journal.lessons(caller).compactMap { $0.lesson.id.map(String.init) }) ?? []
        default: return words(for: field.kind, session: session, given: given)
        }
    }

    /// `given` holds the fields answered before, so that students are offered from the class or lesson named.
    static func words(for kind: FieldKind, session: Session, given: Arguments = Arguments()) -> [String] {
        guard let caller = session.caller else { return [] }
        let journal = session.journal
        switch kind {
        case .schoolClass:
            guard let year = try? journal.year(caller, named: nil) else { return [] }
            return (try? journal.classes(caller, yearId: year.savedId).map(\.schoolClass.name)) ?? []
        case .subject:
            return (try? journal.subjects(caller).map(\.name)) ?? []
        case .year:
            return (try? journal.years(caller).map(\.name)) ?? []
        case .staffRole, .staffRoles:
            return Role.allCases.filter(\.isStaff).map(\.rawValue)
        case .anyRole:
            return Role.allCases.map { session.texts.role($0) }
        case .organization:
            return (try? session.desk.organizationCodes()) ?? []
        case .sex:
            return Sex.allCases.map { session.texts.word(.sexLetter($0)) }
        case .periodKind:
            return PeriodKind.allCases.map { session.texts.periodKind($0) }
        case .timeZone:
            return [
                "Europe/Kaliningrad", "Europe/Moscow", "Europe/Simferopol", "Europe/Samara", "Asia/Yekaterinburg",
                "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk",
                "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka",
            ]
        case .classStudent:
            guard let classId = given[Arg.schoolClass]?.id else { return [] }
            return surnames((try? journal.students(caller, classId: classId).map(\.person.fullName)) ?? [])
        case .lessonStudent:
            guard let lessonId = given[Arg.lesson] else { return [] }
            return surnames((try? journal.lessonSheet(caller, lessonId: Int64(lessonId)).map(\.student.fullName)) ?? [])
        case .markValue:
            return MarkValue.allCases.map(\.rawValue)
        case .choice(let set):
            return set.options.map { $0.words[session.language == .ru ? 1 : 2] }
        default:
            return []
        }
    }

    /// Surnames, which are enough to find a student within a class.
    private static func surnames(_ names: [String]) -> [String] {
        Array(Set(names.compactMap { $0.split(separator: " ").first.map(String.init) })).sorted()
    }
}
