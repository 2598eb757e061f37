import HelpDesk
import JournalCore

/// Tickets in English.
extension EnglishCatalogue {
    func tickets(_ message: DeskMessage) -> String? {
        switch message {
        case .ticketOpened(let id, let assignee): "Ticket \(id) taken" + (assignee.map { ", assigned to \($0)." } ?? ", not assigned yet.")
        case .requesterChecked(let check):
            switch check {
            case .verified: "The login and identifier match an account."
            case .unknownLogin: "The organization has no account with that login: the ticket is taken as unverified."
            case .identifierMismatch: "The login and identifier do not match: the ticket is taken as unverified — check them with the requester."
            }
        case .requesterVerified: "verified"
        case .requesterUnverified: "not verified"
        case .clockPaused: "paused: waiting for the requester"
        case .clockLeft(let time): "\(time) left"
        case .clockOverdue(let time): "overdue by \(time)"
        default: nil
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
        }
    }

    func minutes(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return hours == 0 ? "\(rest) min" : rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }

    func ticketSummary(_ id: CommandID) -> String? {
        switch id {
        case .ticketNew: "take a request: school, login and identifier, role, what is wrong"
        case .ticketList: "tickets: mine, unassigned, overdue; search"
        case .ticketShow: "a ticket with its history and time left"
        case .ticketTake: "start working on a ticket"
        case .ticketWait: "ask the requester (the clock pauses)"
        case .ticketResolve: "resolve a ticket (with an answer to the requester)"
        case .ticketClose: "close a resolved ticket"
        case .ticketReopen: "reopen a ticket"
        case .ticketReply: "reply to the requester"
        case .ticketNote: "internal note"
        case .ticketAssign: "pass to another specialist"
        case .ticketVendor: "pass to the vendor's support (with its reference)"
        case .ticketTargets: "response and resolution targets in working minutes"
        default: nil
        }
    }
}
