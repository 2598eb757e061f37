import HelpDesk
import JournalCore

/// Tickets in English.
extension EnglishCatalogue {
    func ticket(_ message: TicketMessage) -> String {
        switch message {
        case .ticketOpened(let id, let assignee):
            "Ticket \(id) taken" + (assignee.map { ", assigned to \($0)" + ($0.hasSuffix(".") ? "" : ".") } ?? ", not assigned yet.")
        case .requesterChecked(let check):
            switch check {
            case .verified: "The login and identifier match an account."
            case .unknownLogin: "The organization has no account with that login: the ticket is taken as unverified."
            case .identifierMismatch:
                "The login and identifier do not match: the ticket is taken as unverified — check them with the requester."
            case .roleMismatch:
                "The account does not hold the role stated: the ticket is taken as unverified — check the role with the requester."
            }
        case .requesterVerified: "verified"
        case .requesterUnverified: "not verified"
        case .clockPaused: "paused: waiting for the requester"
        case .clockLeft(let time): "\(time) left"
        case .clockOverdue(let time): "overdue by \(time)"
        case .lostCredentialsHelp:
            "Credentials are restored by the journal administrator (teachers and staff) or the class teacher (students and guardians), after checking who you are. Who is on duty: schedule now --org CODE."
        case .lostCredentialsFor(let role, let className):
            switch role {
            case .guardian, .student:
                "Understood: you are a \(self.role(role).lowercased())\(className.map { ", class \($0)" } ?? ""). Students' and guardians' credentials are restored by the class teacher\(className.map { " of \($0)" } ?? ""), after checking who you are: ask them in person or by the phone on file. Otherwise the journal administrator; who is on duty: schedule now --org CODE."
            default:
                "Understood: you are a \(self.role(role).lowercased()). Staff credentials are restored by the journal administrator after checking who you are. Who is on duty: schedule now --org CODE."
            }
        case .breachHelp:
            "If someone else knows your password, report it at once, within one working day: log in (login) and type “my password was stolen”, or ask the journal administrator, who blocks the access and issues new credentials."
        case .credentialSlip(let organization, let expires):
            "\(organization)\nThe password works until \(expires) and is changed at the first login.\nHand it over in person against a signature, then: credential handover TICKET \"name of the receiver\".\n\nReceived by: ____________________  Given by: ____________________  Date: __________"
        case .breachWithdrawn(let login):
            "The breach report is withdrawn: what it voided counts again and \(login) is unlocked with its password. Its sessions stay ended."
        case .breachReported(let late, let invalidated, let voided):
            (late ? "The breach is reported late: more than one working day after it was discovered. " : "")
                + "Operations since the report made invalid: \(invalidated), marks among them: \(voided). The administrator restores access: credential reset."
        case .merged(let id, let into):
            "Ticket \(id) merged into \(into) and closed; its history is kept and the requester told. The answer to \(into) will reach them too."
        case .linked(let one, let other): "Tickets \(one) and \(other) linked."
        case .unlinked(let one, let other): "Tickets \(one) and \(other) unlinked (both histories keep the link)."
        case .incidentOpened(let id, let gathered):
            "Incident \(id) opened with \(gathered) tickets under it. Resolving it (ticket resolve \(id) --text …) answers them all."
        case .incidentGathered(let id, let count): "\(count) tickets put under incident \(id); their requesters were told."
        case .mergedInto(let id): "merged into \(id)"
        case .underIncident(let id): "part of known problem \(id)"
        case .rated(let id, let rating): "Thank you! The answer to ticket \(id) rated \(rating) of 5."
        case .openIncident(let id, let topic, let ticket):
            "Incident \(id) “\(topic)” is open. If the ticket is about it: incident add \(id) --tickets \(ticket)"
        case .toRate(let ids):
            "Your tickets were resolved: " + ids.map(String.init).joined(separator: ", ")
                + ". Rate the answer: ticket rate \(ids[0]) 5 --comment \"…\""
        }
    }

    func ticketState(_ state: TicketState) -> String {
        switch state {
        case .new: "new"
        case .assigned: "assigned"
        case .inProgress: "in progress"
        case .waiting: "waiting for the requester"
        case .resolved: "resolved"
        case .closed: "closed"
        }
    }

    func ticketKind(_ kind: TicketKind) -> String {
        switch kind {
        case .help: "help"
        case .credentialReset: "credential reset"
        case .breach: "credential breach"
        }
    }

    func priority(_ priority: TicketPriority) -> String {
        switch priority {
        case .low: "low"
        case .normal: "normal"
        case .high: "high"
        case .urgent: "urgent"
        }
    }

    func queue(_ queue: TicketQueue) -> String {
        switch queue {
        case .mine: "mine"
        case .unassigned: "unassigned"
        case .overdue: "overdue"
        case .all: "all"
        }
    }

    func ticketNumber(_ id: Int64) -> String { "\(id)" }

    func ticketEvent(_ kind: TicketEventKind) -> String {
        switch kind {
        case .created: "taken"
        case .assigned: "assigned"
        case .state: "state"
        case .reply: "reply to the requester"
        case .note: "internal note"
        case .vendor: "passed to the vendor"
        case .identityCheck: "identity check"
        case .handover: "handed over against a signature"
        case .refused: "refused"
        case .merged: "ticket merged in"
        case .mergedInto: "merged into ticket"
        case .linked: "linked to ticket"
        case .unlinked: "unlinked"
        case .incident: "ticket put under incident"
        case .incidentChild: "part of known problem"
        case .rated: "answer rated"
        }
    }

    func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    func minutes(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        return hours == 0 ? "\(rest) min" : rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }
    func identityMethod(_ method: IdentityMethod) -> String {
        switch method {
        case .inPerson: "in person, document seen"
        case .callBack: "called back on the phone on file"
        case .knownPersonally: "known personally"
        }
    }
}
