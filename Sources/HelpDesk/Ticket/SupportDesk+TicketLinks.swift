import Foundation
import JournalCore

/// Duplicates merged, related tickets linked, and mass incidents: one ticket of the desk's own
/// whose resolution answers every ticket under it, each requester told (issue 14, part 3).
extension SupportDesk {
    /// Merges the duplicate into `target`: the duplicate is closed with its history kept, its
    /// requester told where the answer will come from, and `target`'s answer reaches them too.
    public func mergeTicket(_ caller: Caller, id duplicateId: Int64, into targetId: Int64) throws -> TicketRow {
        try write { store in
            var duplicate = try workedTicket(store, caller, id: duplicateId)
            let target = try workedTicket(store, caller, id: targetId)
            try checkCanGoUnder(store, duplicate, parent: target)
            // The tickets merged into the duplicate follow it.
            try store.execute(
                "UPDATE ticketLink SET linkedTicketId = ? WHERE linkedTicketId = ? AND kind = ?",
                [targetId, duplicateId, TicketLinkKind.merged])
            try store.insert(
                TicketLink(ticketId: duplicateId, linkedTicketId: targetId, kind: .merged, at: clock.now, linkedBy: caller.personId))
            let from = duplicate.state
            duplicate.state = .closed
            duplicate.closedAt = clock.now
            try store.update(duplicate)
            try record(store, duplicate, .mergedInto, by: caller, from: from, to: .closed, text: nil, isPublic: true, other: targetId)
            try record(store, target, .merged, by: caller, text: nil, other: duplicateId)
            // Merged into one already answered: the answer goes to this requester now.
            if !target.state.isOpen, let answer = try givenAnswer(store, target) {
                try record(store, duplicate, .reply, by: caller, text: answer, isPublic: true, other: targetId)
            }
            return try TicketRow.fetch(store, desk: self, id: targetId)
        }
    }

    /// Links two tickets about the same thing; each is still answered on its own.
    public func linkTickets(_ caller: Caller, id: Int64, with otherId: Int64) throws {
        try write { store in
            let ticket = try workedTicket(store, caller, id: id)
            let other = try workedTicket(store, caller, id: otherId)
            guard id != otherId else { throw DeskError.linkRefused(.sameTicket(id)) }
            guard try relatedLink(store, id, otherId) == nil else { return }
            try store.insert(TicketLink(ticketId: id, linkedTicketId: otherId, kind: .related, at: clock.now, linkedBy: caller.personId))
            try record(store, ticket, .linked, by: caller, text: nil, other: otherId)
            try record(store, other, .linked, by: caller, text: nil, other: id)
        }
    }

    /// Undoes a link of related tickets; both histories keep it and its undoing.
    public func unlinkTickets(_ caller: Caller, id: Int64, from otherId: Int64) throws {
        try write { store in
            let ticket = try workedTicket(store, caller, id: id)
            let other = try workedTicket(store, caller, id: otherId)
            guard let link = try relatedLink(store, id, otherId) else { throw DeskError.linkRefused(.notLinked(id, otherId)) }
            try store.delete(link)
            try record(store, ticket, .unlinked, by: caller, text: nil, other: otherId)
            try record(store, other, .unlinked, by: caller, text: nil, other: id)
        }
    }

    /// Opens a mass incident in the caller's own name, for a school the caller serves (their own
    /// by default), and puts under it the tickets named and the open ones `matching` finds.
    public func openIncident(
        _ caller: Caller, topic: String, description: String, organization code: String? = nil, tickets: [Int64] = [],
        matching: String? = nil
    ) throws -> TicketRow {
        try DeskAccess.check(.workTickets, caller, journal)
        let topic = try Validate.text(topic, .topic, max: 300)
        let description = try Validate.text(description, .description, max: 4000)
        let organization = try code.map(findOrganization)
        let incidentId: Int64 = try write { store in
            try caller.checkSession(store)
            let organizationId = organization?.id ?? caller.organizationId
            try DeskAccess.checkOrganization(caller, organizationId, .workTickets, store)
            var incident = Ticket(
                organizationId: organizationId, kind: .help, priority: .high, state: .inProgress, requesterLogin: caller.login,
                requesterIdentifier: caller.identifier, requesterRole: caller.roles.first(where: \.isStaff) ?? .supportSpecialist,
                requesterAccountId: caller.accountId, verified: true, contact: nil, topic: topic, helpKind: .technical,
                description: description, schoolClassId: nil, lessonId: nil, markId: nil, assignee: caller.fullName,
                assigneePersonId: caller.personId, createdAt: clock.now, createdById: caller.personId, isIncident: true)
            try store.insert(&incident)
            try record(store, incident, .created, by: caller, text: nil)
            try record(store, incident, .assigned, by: caller, text: caller.fullName)
            try gather(store, caller, tickets, under: incident)
            try gather(store, caller, try candidates(store, caller, matching: matching), under: incident)
            try tellOfOutage(store, incident, specialist: caller.fullName)
            return try incident.savedId
        }
        return try read { store in try TicketRow.fetch(store, desk: self, id: incidentId) }
    }

    /// Puts open tickets under an incident; each requester is told their answer will come with it.
    /// A ticket already under it is passed over. Returns how many went under it.
    /// The tickets named must be able to go under it; of those `matching` finds, the ones that
    /// can are taken.
    @discardableResult
    public func attachToIncident(_ caller: Caller, incident incidentId: Int64, tickets: [Int64], matching: String? = nil) throws -> Int {
        try write { store in
            let incident = try workedTicket(store, caller, id: incidentId)
            guard incident.isIncident else { throw DeskError.linkRefused(.notIncident(incidentId)) }
            guard incident.state.isOpen else { throw DeskError.linkRefused(.notOpen(incidentId)) }
            return try gather(store, caller, tickets, under: incident)
                + gather(store, caller, try candidates(store, caller, matching: matching), under: incident)
        }
    }

    /// The open tickets of the schools the caller serves whose topic, description or history
    /// has the text, and that are under no other ticket.
    private func candidates(_ store: StoreTransaction, _ caller: Caller, matching text: String?) throws -> [Int64] {
        guard let text = try Validate.optionalText(text, .description, max: 200) else { return [] }
        let parentKinds = TicketCondition.isIn("kind", TicketLink.parentKinds)
        let underNoOther = TicketCondition(
            sql: "id NOT IN (SELECT ticketId FROM ticketLink WHERE \(parentKinds.sql))", arguments: parentKinds.arguments)
        let served = TicketCondition.isIn("organizationId", Array(try DeskAccess.served(by: caller, store)))
        let condition = TicketCondition.all([served, .open, .notIncident, .containing(text, orLogin: false), underNoOther])
        return try store.values(Int64.self, "SELECT id FROM ticket WHERE \(condition.sql)", condition.arguments)
    }

    /// The open incidents of the schools the caller serves, oldest first.
    public func openIncidents(_ caller: Caller) throws -> [TicketRow] {
        try DeskAccess.checkRole(.workTickets, caller)
        return try read { store in
            try caller.checkSession(store)
            let served = try DeskAccess.served(by: caller, store)
            return try TicketRow.fetch(
                store, desk: self,
                .all([.incident, .isIn("organizationId", Array(served)), .open]))
        }
    }

    /// How the ticket stands to others; a requester sees only what concerns their own ticket.
    public func ticketRelations(_ caller: Caller, id: Int64) throws -> TicketRelations {
        try read { store in
            let ticket = try visibleTicket(store, caller, id: id)
            var relations = TicketRelations()
            let links = try store.records(
                TicketLink.self, "SELECT * FROM ticketLink WHERE ticketId = ? OR linkedTicketId = ? ORDER BY at", [id, id])
            for link in links {
                switch (link.kind, link.ticketId == id) {
                case (.merged, true), (.incident, true):
                    relations.parent = link.linkedTicketId
                    relations.parentKind = link.kind
                case (.merged, false): relations.merged.append(link.ticketId)
                case (.incident, false): relations.children.append(link.ticketId)
                case (.related, let mine): relations.related.append(mine ? link.linkedTicketId : link.ticketId)
                }
            }
            if try !works(store, caller, ticket) {
                relations.merged = []
                relations.children = []
                relations.related = []
            }
            return relations
        }
    }

    /// The tickets under `parent` answered with its resolution: open ones resolved with the same
    /// answer, merged (closed) ones sent it; each requester is told.
    func answerTicketsUnder(_ store: StoreTransaction, _ parent: Ticket, text: String?, by caller: Caller) throws {
        let parentKinds = TicketCondition.isIn("kind", TicketLink.parentKinds)
        let links = try store.records(
            TicketLink.self, "SELECT * FROM ticketLink WHERE linkedTicketId = ? AND \(parentKinds.sql)",
            [try parent.savedId] + parentKinds.arguments)
        guard !links.isEmpty else { return }
        let answer = try text ?? givenAnswer(store, parent)
        for link in links {
            guard var child = try store.record(Ticket.self, id: link.ticketId) else { continue }
            if child.state.isOpen {
                let from = child.state
                child.state = .resolved
                child.resolvedAt = clock.now
                if answer != nil && child.firstResponseAt == nil { child.firstResponseAt = clock.now }
                try store.update(child)
                try record(store, child, .state, by: caller, from: from, to: .resolved, text: answer, isPublic: true, other: parent.id)
                // The duplicates merged into a ticket under the incident hear it too.
                try answerTicketsUnder(store, child, text: answer, by: caller)
            } else if link.kind == .merged, let answer {
                try record(store, child, .reply, by: caller, text: answer, isPublic: true, other: parent.id)
            }
        }
    }

    /// The answer the requester was given: the last public reply or resolution with a text.
    private func givenAnswer(_ store: StoreTransaction, _ ticket: Ticket) throws -> String? {
        try store.value(
            String.self,
            """
            SELECT text FROM ticketEvent
            WHERE ticketId = ? AND isPublic = 1 AND text IS NOT NULL AND (kind = ? OR (kind = ? AND toState = ?))
            ORDER BY id DESC LIMIT 1
            """,
            [try ticket.savedId, TicketEventKind.reply, TicketEventKind.state, TicketState.resolved])
    }

    /// A ticket the caller works, as `change` requires: the desk's staff of its school, or its assignee.
    func workedTicket(_ store: StoreTransaction, _ caller: Caller, id: Int64) throws -> Ticket {
        let ticket = try visibleTicket(store, caller, id: id)
        if ticket.assigneePersonId != caller.personId {
            try DeskAccess.checkRole(.workTickets, caller)
            try DeskAccess.checkOrganization(caller, ticket.organizationId, .workTickets, store)
        }
        return ticket
    }

    @discardableResult
    private func gather(_ store: StoreTransaction, _ caller: Caller, _ ids: [Int64], under incident: Ticket) throws -> Int {
        var gathered = 0
        for id in Set(ids).sorted() {
            let ticket = try workedTicket(store, caller, id: id)
            if try parentLink(store, id)?.linkedTicketId == incident.id { continue }
            try checkCanGoUnder(store, ticket, parent: incident)
            try store.insert(
                TicketLink(ticketId: id, linkedTicketId: incident.savedId, kind: .incident, at: clock.now, linkedBy: caller.personId))
            try record(store, ticket, .incidentChild, by: caller, text: nil, isPublic: true, other: incident.id)
            try record(store, incident, .incident, by: caller, text: nil, other: id)
            gathered += 1
        }
        return gathered
    }

    /// A ticket goes under another once, open, and not being an incident itself; the other is
    /// not under a third.
    private func checkCanGoUnder(_ store: StoreTransaction, _ ticket: Ticket, parent: Ticket) throws {
        let id = try ticket.savedId
        let parentId = try parent.savedId
        guard id != parentId else { throw DeskError.linkRefused(.sameTicket(id)) }
        guard !ticket.isIncident else { throw DeskError.linkRefused(.isIncident(id)) }
        guard ticket.state.isOpen else { throw DeskError.linkRefused(.notOpen(id)) }
        for ticketId in [id, parentId] {
            if let link = try parentLink(store, ticketId) {
                throw DeskError.linkRefused(.alreadyUnder(ticketId, parent: link.linkedTicketId, how: link.kind))
            }
        }
    }

    private func parentLink(_ store: StoreTransaction, _ id: Int64) throws -> TicketLink? {
        let parentKinds = TicketCondition.isIn("kind", TicketLink.parentKinds)
        return try store.record(
            TicketLink.self, "SELECT * FROM ticketLink WHERE ticketId = ? AND \(parentKinds.sql) LIMIT 1", [id] + parentKinds.arguments)
    }

    private func relatedLink(_ store: StoreTransaction, _ one: Int64, _ other: Int64) throws -> TicketLink? {
        try store.record(
            TicketLink.self,
            """
            SELECT * FROM ticketLink
            WHERE kind = ? AND ((ticketId = ? AND linkedTicketId = ?) OR (ticketId = ? AND linkedTicketId = ?))
            LIMIT 1
            """,
            [TicketLinkKind.related, one, other, other, one])
    }
}
