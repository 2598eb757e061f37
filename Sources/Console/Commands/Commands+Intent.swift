import Foundation
import HelpDesk
import JournalCore

extension Commands {
    /// The command a sentence asks for, with the words to run it with: only what the sentence
    /// and the session already tell; the dialog asks for the rest.
    static func command(for understanding: Understanding, session: Session) -> (CommandSpec, [String])? {
        let (id, words): (CommandID, [String])
        let topic = understanding.topic
        let when = understanding.when
        let role = understanding.role.map { ["--role", $0.rawValue] } ?? []
        switch understanding.intent {
        case .bookConsultation:
            // A day without a time lists the openings from that day.
            (id, words) = (.bookingNew, (topic.isEmpty ? [] : ["--topic", topic]) + dayAndTime(when))
        case .cancelBooking: (id, words) = (.bookingCancel, session.bookingMeant(on: when.date))
        case .moveBooking: (id, words) = (.bookingMove, session.bookingMeant(on: nil) + dayAndTime(when))
        case .whoHelps: (id, words) = (.scheduleWho, topic.isEmpty ? [] : ["--topic", topic])
        case .changePassword: (id, words) = (.password, [])
        case .myBookings: (id, words) = (.bookingList, [])
        case .myTickets: (id, words) = (.ticketList, [])
        case .trainings: (id, words) = (.trainingList, [])
        case .diary:
            // A pupil or a parent: the week of the day said («дз на пятницу»), else this week. The
            // staff: the class's journal page (the dialog asks the subject).
            if let caller = session.caller, !caller.has(.student) && !caller.has(.guardian) {
                (id, words) = (.journalPage, understanding.className.map { [$0] } ?? [])
            } else {
                (id, words) = (.diary, when.date.map { ["--date", $0.dotted] } ?? [])
            }
        case .breach:
            // When it was found, if the sentence says both day and time; else the dialog asks.
            let discovered = when.date.flatMap { date in when.time.map { ["--discovered", "\(date.dotted) \($0.description)"] } }
            (id, words) = (
                .breachReport, (session.caller.map { ["--login", $0.login] } ?? []) + ["--description", topic] + (discovered ?? [])
            )
        case .lostCredentials:
            // Those who may reset do it at once (J-ACL-4); the desk takes it as a ticket.
            if let caller = session.caller, caller.has(.journalAdmin) || caller.has(.classTeacher) {
                (id, words) = (.credentialReset, ["--org", session.ownCode ?? ""] + role)
            } else {
                (id, words) = (
                    .ticketNew,
                    ["--topic", topic, "--kind", HelpKind.technical.rawValue] + role + session.ownRequester(role: understanding.role)
                )
            }
        case .problem:
            (id, words) = (.ticketNew, ["--topic", topic] + role + session.ownRequester(role: understanding.role))
        }
        return session.commands.first { $0.id == id }.map { ($0, words) }
    }

    /// `--date 03.12.2026 --time 14:30`, as far as the sentence said.
    static func dayAndTime(_ when: SpokenWhen) -> [String] {
        (when.date.map { ["--date", $0.dotted] } ?? []) + (when.time.map { ["--time", $0.description] } ?? [])
    }
}

extension Session {
    var ownCode: String? {
        caller.flatMap { try? journal.organization($0).code }
    }

    /// The chat reads days and times in the school's zone (Moscow before anyone logs in).
    var matcher: IntentMatcher {
        let zone = caller.flatMap { try? journal.organization($0).zone } ?? .moscow
        let now = journal.clock.now
        return IntentMatcher(today: LocalDate(now, in: zone), now: ClockTime(now, in: zone))
    }

    /// For someone outside the desk's staff, a request is their own: organization, login,
    /// identifier and role come from their account.
    func ownRequester(role: Role?) -> [String] {
        guard let caller, !caller.isDeskStaff,
            let code = ownCode
        else { return [] }
        let own = role == nil ? ["--role", (caller.roles.sorted { $0.rawValue < $1.rawValue }.first ?? .subjectTeacher).rawValue] : []
        return ["--org", code, "--login", caller.login, "--identifier", String(caller.identifier)] + own
    }

    /// «моя консультация»: the caller's one upcoming booking (that day, when a day is said);
    /// with several, none is chosen and the dialog asks which.
    func bookingMeant(on date: LocalDate?) -> [String] {
        guard let caller, let rows = try? desk.myBookings(caller) else { return [] }
        let meant = rows.filter { row in date.map { LocalDate(row.booking.start, in: row.timeZone) == $0 } ?? true }
        guard meant.count == 1, let id = try? meant[0].booking.savedId else { return [] }
        return ["--booking", String(id)]
    }
}
