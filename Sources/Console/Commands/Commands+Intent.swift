import HelpDesk
import JournalCore

extension Commands {
    /// The command free text asks for, with the words to run it with: only what the text and the
    /// session already tell; the dialog asks for the rest.
    static func command(for intent: Intent, session: Session) -> (CommandSpec, [String])? {
        let (id, words): (CommandID, [String])
        switch intent {
        case .bookConsultation(let topic): (id, words) = (.bookingNew, topic.isEmpty ? [] : ["--topic", topic])
        case .whoHelps(let topic): (id, words) = (.scheduleWho, topic.isEmpty ? [] : ["--topic", topic])
        case .myBookings: (id, words) = (.bookingList, [])
        case .trainings: (id, words) = (.trainingList, [])
        case .lostCredentials(let topic):
            // Those who may reset do it at once (J-ACL-4); the desk takes it as a ticket.
            if let caller = session.caller, caller.has(.journalAdmin) || caller.has(.classTeacher) {
                (id, words) = (.credentialReset, ["--org", session.ownCode ?? ""])
            } else {
                (id, words) = (.ticketNew, ["--topic", topic, "--kind", HelpKind.technical.rawValue] + session.ownRequester(role: nil))
            }
        case .problem(let topic, let role):
            (id, words) = (
                .ticketNew, ["--topic", topic] + (role.map { ["--role", $0.rawValue] } ?? []) + session.ownRequester(role: role)
            )
        }
        return session.commands.first { $0.id == id }.map { ($0, words) }
    }
}

extension Session {
    var ownCode: String? {
        caller.flatMap { try? journal.organization($0).code }
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
}
