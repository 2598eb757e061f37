import Foundation
import JournalCore

/// Which tickets a list shows.
public enum TicketQueue: String, CaseIterable, Sendable {
    /// Assigned to the caller.
    case mine
    /// Nobody has them yet.
    case unassigned
    /// Past a time target.
    case overdue
    /// Every ticket the caller may see.
    case all
}

/// What to look for among tickets.
public struct TicketSearch: Sendable {
    public var text: String?
    public var login: String?
    public var organization: String?
    public var state: TicketState?
    /// Closed and resolved tickets too, not only the open ones.
    public var includeClosed: Bool
    /// Which page of `pageSize` tickets; nil for all of them.
    public var page: Int?
    public var pageSize: Int

    public init(
        text: String? = nil, login: String? = nil, organization: String? = nil, state: TicketState? = nil,
        includeClosed: Bool = true, page: Int? = nil, pageSize: Int = 50
    ) {
        self.text = text
        self.login = login
        self.organization = organization
        self.state = state
        self.includeClosed = includeClosed
        self.page = page
        self.pageSize = pageSize
    }
}

/// Which run of `size` a page is: the page asked for, kept within the pages there are; all of
/// them in one without a page.
struct PageWindow {
    let total: Int
    let size: Int
    let number: Int
    let pages: Int
    let offset: Int
    /// No page was asked for: everything.
    let whole: Bool

    init(total: Int, page: Int?, size: Int) {
        self.total = total
        self.size = max(1, size)
        whole = page == nil
        pages = whole ? 1 : max(1, (total + self.size - 1) / self.size)
        number = min(max(1, page ?? 1), pages)
        offset = (number - 1) * self.size
    }

    /// The indexes of this page among `count` items.
    func range(in count: Int) -> Range<Int> {
        whole ? 0..<count : min(count, offset)..<min(count, offset + size)
    }

    func page(_ rows: [TicketRow]) -> TicketPage {
        TicketPage(rows: rows, total: total, page: number, pages: pages)
    }
}

/// One page of a ticket list: its rows and how many match in all.
public struct TicketPage: Sendable {
    public var rows: [TicketRow]
    public var total: Int
    public var page: Int
    public var pages: Int
}

/// The workflow of a ticket: replies and notes, states, reassignment, the vendor, with the full history.
extension SupportDesk {
    /// A ticket with its history: the whole of it for whoever works it, the public part for the
    /// requester (internal notes and identity checks are the desk's own).
    public func ticket(_ caller: Caller, id: Int64) throws -> (TicketRow, [TicketEvent]) {
        try read { store in
            let ticket = try visibleTicket(store, caller, id: id)
            var events = try store.records(TicketEvent.self, "SELECT * FROM ticketEvent WHERE ticketId = ? ORDER BY id", [id])
            if try !works(store, caller, ticket) { events = events.filter(\.isForRequester) }
            return (try TicketRow.fetch(store, desk: self, id: ticket.savedId), events)
        }
    }

    /// Whether the caller works the ticket: desk staff of a school they serve, or its assignee.
    func works(_ store: StoreTransaction, _ caller: Caller, _ ticket: Ticket) throws -> Bool {
        if ticket.assigneePersonId == caller.personId { return true }
        return try caller.isDeskStaff && DeskAccess.served(by: caller, store).contains(ticket.organizationId)
    }

    /// Moves a ticket to another state; waiting pauses its clock, resolving stops it.
    /// `taking`: the caller takes the ticket into work and becomes its owner (`ticket take`),
    /// whoever it was assigned to; the new owner is in the ticket's history.
    public func setTicketState(_ caller: Caller, id: Int64, to state: TicketState, text: String? = nil, taking: Bool = false) throws
        -> TicketRow
    {
        let text = try Validate.optionalText(text, .comment, max: 4000)
        return try change(caller, id: id) { store, ticket in
            let from = ticket.state
            // Taking a ticket into work is for one still open: a resolved or closed one is reopened, in words.
            guard from.next.contains(state), !(taking && !from.isOpen) else { throw DeskError.badTransition(from: from, to: state) }
            ticket.state = state
            if state == .resolved { ticket.resolvedAt = clock.now }
            if state == .closed { ticket.closedAt = clock.now }
            if state == .inProgress && !from.isOpen {
                ticket.resolvedAt = nil
                ticket.closedAt = nil
            }
            let newOwner = state == .inProgress && (ticket.assignee == nil || (taking && ticket.assigneePersonId != caller.personId))
            if newOwner {
                ticket.assignee = caller.fullName
                ticket.assigneePersonId = caller.personId
            }
            // A question to the requester or a resolution told to them is the first response.
            if (state == .waiting || state == .resolved) && text != nil && ticket.firstResponseAt == nil {
                ticket.firstResponseAt = clock.now
            }
            if newOwner && taking { try record(store, ticket, .assigned, by: caller, from: from, to: state, text: caller.fullName) }
            try record(store, ticket, .state, by: caller, from: from, to: state, text: text, isPublic: text != nil)
            if state == .resolved { try answerTicketsUnder(store, ticket, text: text, by: caller) }
        }
    }

    /// A public reply to the requester, or an internal note. The requester answers too: a reply of
    /// theirs to a ticket that waits for them sets it going again, and its clock with it.
    public func comment(_ caller: Caller, id: Int64, text: String, isPublic: Bool) throws -> TicketRow {
        let text = try Validate.text(text, .comment, max: 4000)
        if let answered = try answerAsRequester(caller, id: id, text: text, isPublic: isPublic) { return answered }
        return try change(caller, id: id) { store, ticket in
            if isPublic && ticket.firstResponseAt == nil { ticket.firstResponseAt = clock.now }
            try record(store, ticket, isPublic ? .reply : .note, by: caller, text: text, isPublic: isPublic)
        }
    }

    /// Gives the ticket to another specialist of the timetable or member of staff.
    public func assignTicket(_ caller: Caller, id: Int64, to name: String) throws -> TicketRow {
        let name = try DeskValidate.text(name, .assignee, max: 120)
        return try change(caller, id: id) { store, ticket in
            let timetable = try storedTimetable(store, code: try organization(store, id: ticket.organizationId).code)
            let lines = timetable?.slots.map(\.responsible).filter { $0.lowercased().contains(name.lowercased()) } ?? []
            let staff = try Directory.staff(store, organizationId: ticket.organizationId)
                .filter { $0.fullName.lowercased().contains(name.lowercased()) }
            if let line = Set(lines).first, Set(lines).count == 1 {
                ticket.assignee = line
                ticket.assigneePersonId = try specialistPerson(store, organizationId: ticket.organizationId, named: line)
            } else if staff.count == 1 {
                ticket.assignee = staff[0].fullName
                ticket.assigneePersonId = staff[0].id
            } else {
                throw DeskError.noSpecialist(name)
            }
            let from = ticket.state
            if from == .new { ticket.state = .assigned }
            try record(store, ticket, .assigned, by: caller, from: from, to: ticket.state, text: ticket.assignee)
        }
    }

    /// The journal administrator passes the ticket to the vendor's support, with its reference (H-TICKET-2).
    public func passToVendor(_ caller: Caller, id: Int64, reference: String) throws -> TicketRow {
        try DeskAccess.check(.passToVendor, caller, journal)
        let reference = try DeskValidate.text(reference, .vendorReference, max: 100)
        return try change(caller, id: id) { store, ticket in
            ticket.vendorReference = reference
            try record(store, ticket, .vendor, by: caller, text: reference)
        }
    }

    /// The tickets of a queue that match the search, oldest first.
    public func tickets(_ caller: Caller, queue: TicketQueue = .all, search: TicketSearch = TicketSearch()) throws -> [TicketRow] {
        try ticketPage(caller, queue: queue, search: search).rows
    }

    /// A page of the tickets of a queue that match the search, oldest first; only the page's
    /// tickets are read with their histories (the overdue queue reads the open ones to tell).
    public func ticketPage(_ caller: Caller, queue: TicketQueue = .all, search: TicketSearch = TicketSearch()) throws -> TicketPage {
        if caller.mustChangePassword { throw JournalError.passwordChangeRequired }
        let organizationId = try search.organization.map { try findOrganization($0).savedId }
        return try read { store in
            try caller.checkSession(store)
            let condition = try ticketConditions(store, caller, queue: queue, search: search, organizationId: organizationId)
            if queue == .overdue {
                let overdue = try TicketRow.fetch(store, desk: self, condition).filter(\.clock.isOverdue)
                let window = PageWindow(total: overdue.count, page: search.page, size: search.pageSize)
                return window.page(Array(overdue[window.range(in: overdue.count)]))
            }
            let total = try store.value(Int.self, "SELECT COUNT(*) FROM ticket WHERE \(condition.sql)", condition.arguments) ?? 0
            let window = PageWindow(total: total, page: search.page, size: search.pageSize)
            let tickets = try pageTickets(store, condition, window)
            return window.page(try TicketRow.rows(store, desk: self, tickets))
        }
    }

    /// The conditions a ticket of the queue must meet to match the search, for the caller.
    private func ticketConditions(
        _ store: StoreTransaction, _ caller: Caller, queue: TicketQueue, search: TicketSearch, organizationId: Int64?
    ) throws -> TicketCondition {
        var conditions: [TicketCondition] = []
        if !caller.isDeskStaff {
            conditions.append(TicketCondition(sql: "requesterAccountId = ?", arguments: [caller.accountId]))
        } else {
            conditions.append(.isIn("organizationId", Array(try DeskAccess.served(by: caller, store))))
        }
        if let organizationId { conditions.append(TicketCondition(sql: "organizationId = ?", arguments: [organizationId])) }
        if let state = search.state { conditions.append(TicketCondition(sql: "state = ?", arguments: [state])) }
        if let login = search.login { conditions.append(TicketCondition(sql: "requesterLogin = ? COLLATE NOCASE", arguments: [login])) }
        if let text = search.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            conditions.append(.containing(text, orLogin: true))
        }
        switch queue {
        case .mine: conditions.append(TicketCondition(sql: "assigneePersonId = ?", arguments: [caller.personId]))
        case .unassigned: conditions.append(TicketCondition(sql: "assignee IS NULL", arguments: []))
        case .overdue, .all: break
        }
        if queue != .all || (!search.includeClosed && search.state == nil) {
            conditions.append(.open)
        }
        return .all(conditions)
    }

    /// The tickets `condition` selects on the window's page, in the order of their ids.
    private func pageTickets(_ store: StoreTransaction, _ condition: TicketCondition, _ window: PageWindow) throws -> [Ticket] {
        let sql = "SELECT * FROM ticket WHERE \(condition.sql) ORDER BY id"
        guard !window.whole else { return try store.records(Ticket.self, sql, condition.arguments) }
        return try store.records(Ticket.self, sql + " LIMIT ? OFFSET ?", condition.arguments + [window.size, window.offset])
    }

    /// Sets an organization's time targets for one kind and priority, in working minutes.
    public func setTicketTarget(_ caller: Caller, kind: TicketKind, priority: TicketPriority, firstResponse: Int, resolution: Int) throws
        -> TicketTarget
    {
        try DeskAccess.check(.setTicketTargets, caller, journal)
        for (field, value) in [(DeskField.firstResponse, firstResponse), (.resolution, resolution)] where !(1...100_000).contains(value) {
            throw DeskError.invalid(field, .outOfRange(min: 1, max: 100_000))
        }
        if resolution < firstResponse { throw DeskError.invalid(.resolution, .endBeforeStart) }
        return try write { store in
            let target = TicketTarget(
                organizationId: caller.organizationId, kind: kind, priority: priority, firstResponseMinutes: firstResponse,
                resolutionMinutes: resolution)
            try store.save(target)
            return target
        }
    }

    /// The requester's own answer, when the caller is the requester and does not work the ticket.
    private func answerAsRequester(_ caller: Caller, id: Int64, text: String, isPublic: Bool) throws -> TicketRow? {
        try write { store in
            let ticket = try visibleTicket(store, caller, id: id)
            guard ticket.requesterAccountId == caller.accountId, try !works(store, caller, ticket) else { return nil }
            guard isPublic else { throw DeskError.forbidden(.workTickets) }
            var updated = ticket
            try record(store, updated, .reply, by: caller, text: text, isPublic: true)
            if ticket.state == .waiting {
                updated.state = .inProgress
                try store.update(updated)
                try record(store, updated, .state, by: caller, from: .waiting, to: .inProgress, text: nil, isPublic: true)
            } else if !ticket.state.isOpen {
                throw DeskError.badTransition(from: ticket.state, to: .inProgress)
            }
            return try TicketRow.fetch(store, desk: self, id: id)
        }
    }

    /// One write to a ticket the caller works on: the change and its history in one transaction.
    func change(_ caller: Caller, id: Int64, _ body: (StoreTransaction, inout Ticket) throws -> Void) throws -> TicketRow {
        return try write { store in
            // The desk's staff, or whoever the ticket is assigned to (a class teacher with a reset).
            var ticket = try workedTicket(store, caller, id: id)
            try body(store, &ticket)
            try store.update(ticket)
            return try TicketRow.fetch(store, desk: self, id: id)
        }
    }

    /// A ticket the caller may see: the desk's staff of the schools they serve, its requester, or its assignee.
    func visibleTicket(_ store: StoreTransaction, _ caller: Caller, id: Int64) throws -> Ticket {
        try caller.checkSession(store)
        guard let ticket = try store.record(Ticket.self, id: id) else { throw DeskError.ticketNotFound(id) }
        guard try works(store, caller, ticket) || ticket.requesterAccountId == caller.accountId else {
            throw DeskError.ticketNotFound(id)
        }
        return ticket
    }
}
