import Foundation
import GRDB
import JournalCore

/// Duplicates merged, related tickets linked, and mass incidents: one ticket of the desk's own
/// whose resolution answers every ticket under it, each requester told (issue 14, part 3).
extension SupportDesk {
    /// Merges the duplicate into `target`: the duplicate is closed with its history kept, its
    /// requester told where the answer will come from, and `target`'s answer reaches them too.
    public func mergeTicket(_ caller: Caller, id duplicateId: Int64, into targetId: Int64) throws -> TicketRow {
        try writeDatabase { db in
            var duplicate = try workedTicket(db, caller, id: duplicateId)
            let target = try workedTicket(db, caller, id: targetId)
            try checkCanGoUnder(db, duplicate, parent: target)
            // The tickets merged into the duplicate follow it.
            try db.execute(
                sql: "UPDATE ticketLink SET linkedTicketId = ? WHERE linkedTicketId = ? AND kind = ?",
                arguments: [targetId, duplicateId, TicketLinkKind.merged.rawValue])
            try TicketLink(ticketId: duplicateId, linkedTicketId: targetId, kind: .merged, at: clock.now, linkedBy: caller.personId)
                .insert(db)
            let from = duplicate.state
            duplicate.state = .closed
            duplicate.closedAt = clock.now
            try duplicate.update(db)
            try record(db, duplicate, .mergedInto, by: caller, from: from, to: .closed, text: nil, isPublic: true, other: targetId)
            try record(db, target, .merged, by: caller, text: nil, other: duplicateId)
            // Merged into one already answered: the answer goes to this requester now.
            if !target.state.isOpen, let answer = try givenAnswer(db, target) {
                try record(db, duplicate, .reply, by: caller, text: answer, isPublic: true, other: targetId)
            }
            return try TicketRow.fetch(db, desk: self, Ticket.filter(key: targetId))[0]
        }
    }

    /// Links two tickets about the same thing; each is still answered on its own.
    public func linkTickets(_ caller: Caller, id: Int64, with otherId: Int64) throws {
        try writeDatabase { db in
            let ticket = try workedTicket(db, caller, id: id)
            let other = try workedTicket(db, caller, id: otherId)
            guard id != otherId else { throw DeskError.linkRefused(.sameTicket(id)) }
            guard try relatedLink(db, id, otherId) == nil else { return }
            try TicketLink(ticketId: id, linkedTicketId: otherId, kind: .related, at: clock.now, linkedBy: caller.personId).insert(db)
            try record(db, ticket, .linked, by: caller, text: nil, other: otherId)
            try record(db, other, .linked, by: caller, text: nil, other: id)
        }
    }

    /// Undoes a link of related tickets; both histories keep it and its undoing.
    public func unlinkTickets(_ caller: Caller, id: Int64, from otherId: Int64) throws {
        try writeDatabase { db in
            let ticket = try workedTicket(db, caller, id: id)
            let other = try workedTicket(db, caller, id: otherId)
            guard let link = try relatedLink(db, id, otherId) else { throw DeskError.linkRefused(.notLinked(id, otherId)) }
            try link.delete(db)
            try record(db, ticket, .unlinked, by: caller, text: nil, other: otherId)
            try record(db, other, .unlinked, by: caller, text: nil, other: id)
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
        let incidentId: Int64 = try writeDatabase { db in
            try caller.checkSession(db.store)
            let organizationId = organization?.id ?? caller.organizationId
            try DeskAccess.checkOrganization(caller, organizationId, .workTickets, db)
            var incident = Ticket(
                organizationId: organizationId, kind: .help, priority: .high, state: .inProgress, requesterLogin: caller.login,
                requesterIdentifier: caller.identifier, requesterRole: caller.roles.first(where: \.isStaff) ?? .supportSpecialist,
                requesterAccountId: caller.accountId, verified: true, contact: nil, topic: topic, helpKind: .technical,
                description: description, schoolClassId: nil, lessonId: nil, markId: nil, assignee: caller.fullName,
                assigneePersonId: caller.personId, createdAt: clock.now, createdById: caller.personId, isIncident: true)
            try incident.insert(db)
            try record(db, incident, .created, by: caller, text: nil)
            try record(db, incident, .assigned, by: caller, text: caller.fullName)
            try gather(db, caller, tickets, under: incident)
            try gather(db, caller, try candidates(db, caller, matching: matching), under: incident)
            try tellOfOutage(db, incident, specialist: caller.fullName)
            return try incident.savedId
        }
        return try readDatabase { db in try TicketRow.fetch(db, desk: self, Ticket.filter(key: incidentId))[0] }
    }

    /// Puts open tickets under an incident; each requester is told their answer will come with it.
    /// A ticket already under it is passed over. Returns how many went under it.
    /// The tickets named must be able to go under it; of those `matching` finds, the ones that
    /// can are taken.
    @discardableResult
    public func attachToIncident(_ caller: Caller, incident incidentId: Int64, tickets: [Int64], matching: String? = nil) throws -> Int {
        try writeDatabase { db in
            let incident = try workedTicket(db, caller, id: incidentId)
            guard incident.isIncident else { throw DeskError.linkRefused(.notIncident(incidentId)) }
            guard incident.state.isOpen else { throw DeskError.linkRefused(.notOpen(incidentId)) }
            return try gather(db, caller, tickets, under: incident)
                + gather(db, caller, try candidates(db, caller, matching: matching), under: incident)
        }
    }

    /// The open tickets of the schools the caller serves whose topic, description or history
    /// has the text, and that are under no other ticket.
    private func candidates(_ db: Database, _ caller: Caller, matching text: String?) throws -> [Int64] {
        guard let text = try Validate.optionalText(text, .description, max: 200) else { return [] }
        return try Int64.fetchAll(
            db,
            Ticket.select(Ticket.Columns.id)
                .filter(try DeskAccess.served(by: caller, db).contains(Ticket.Columns.organizationId))
                .open().filter(Ticket.Columns.isIncident == false)
                .containing(text, orLogin: false)
                .filter(
                    !TicketLink.filter(TicketLink.parentKinds.contains(TicketLink.Columns.kind)).select(TicketLink.Columns.ticketId)
                        .contains(Ticket.Columns.id)))
    }

    /// The open incidents of the schools the caller serves, oldest first.
    public func openIncidents(_ caller: Caller) throws -> [TicketRow] {
        try DeskAccess.checkRole(.workTickets, caller)
        return try readDatabase { db in
            try caller.checkSession(db.store)
            let served = try DeskAccess.served(by: caller, db)
            return try TicketRow.fetch(
                db, desk: self, Ticket.filter(Ticket.Columns.isIncident == true && served.contains(Ticket.Columns.organizationId)).open())
        }
    }

    /// How the ticket stands to others; a requester sees only what concerns their own ticket.
    public func ticketRelations(_ caller: Caller, id: Int64) throws -> TicketRelations {
        try readDatabase { db in
            let ticket = try visibleTicket(db, caller, id: id)
            var relations = TicketRelations()
            let links = try TicketLink.filter(TicketLink.Columns.ticketId == id || TicketLink.Columns.linkedTicketId == id)
                .order(TicketLink.Columns.at).fetchAll(db)
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
            if try !works(db, caller, ticket) {
                relations.merged = []
                relations.children = []
                relations.related = []
            }
            return relations
        }
    }

    /// The tickets under `parent` answered with its resolution: open ones resolved with the same
    /// answer, merged (closed) ones sent it; each requester is told.
    func answerTicketsUnder(_ db: Database, _ parent: Ticket, text: String?, by caller: Caller) throws {
        let links = try TicketLink.filter(
            TicketLink.Columns.linkedTicketId == parent.savedId && TicketLink.parentKinds.contains(TicketLink.Columns.kind)
        )
        .fetchAll(db)
        guard !links.isEmpty else { return }
        let answer = try text ?? givenAnswer(db, parent)
        for link in links {
            guard var child = try Ticket.fetchOne(db, key: link.ticketId) else { continue }
            if child.state.isOpen {
                let from = child.state
                child.state = .resolved
                child.resolvedAt = clock.now
                if answer != nil && child.firstResponseAt == nil { child.firstResponseAt = clock.now }
                try child.update(db)
                try record(db, child, .state, by: caller, from: from, to: .resolved, text: answer, isPublic: true, other: parent.id)
                // The duplicates merged into a ticket under the incident hear it too.
                try answerTicketsUnder(db, child, text: answer, by: caller)
            } else if link.kind == .merged, let answer {
                try record(db, child, .reply, by: caller, text: answer, isPublic: true, other: parent.id)
            }
        }
    }

    /// The answer the requester was given: the last public reply or resolution with a text.
    private func givenAnswer(_ db: Database, _ ticket: Ticket) throws -> String? {
        try TicketEvent.filter(
            TicketEvent.Columns.ticketId == ticket.savedId && TicketEvent.Columns.isPublic == true && TicketEvent.Columns.text != nil
        )
        .filter(
            TicketEvent.Columns.kind == TicketEventKind.reply.rawValue
                || (TicketEvent.Columns.kind == TicketEventKind.state.rawValue
                    && TicketEvent.Columns.toState == TicketState.resolved.rawValue)
        )
        .order(TicketEvent.Columns.id.desc).fetchOne(db)?.text
    }

    /// A ticket the caller works, as `change` requires: the desk's staff of its school, or its assignee.
    func workedTicket(_ db: Database, _ caller: Caller, id: Int64) throws -> Ticket {
        let ticket = try visibleTicket(db, caller, id: id)
        if ticket.assigneePersonId != caller.personId {
            try DeskAccess.checkRole(.workTickets, caller)
            try DeskAccess.checkOrganization(caller, ticket.organizationId, .workTickets, db)
        }
        return ticket
    }

    @discardableResult
    private func gather(_ db: Database, _ caller: Caller, _ ids: [Int64], under incident: Ticket) throws -> Int {
        var gathered = 0
        for id in Set(ids).sorted() {
            let ticket = try workedTicket(db, caller, id: id)
            if try parentLink(db, id)?.linkedTicketId == incident.id { continue }
            try checkCanGoUnder(db, ticket, parent: incident)
            try TicketLink(ticketId: id, linkedTicketId: incident.savedId, kind: .incident, at: clock.now, linkedBy: caller.personId)
                .insert(db)
            try record(db, ticket, .incidentChild, by: caller, text: nil, isPublic: true, other: incident.id)
            try record(db, incident, .incident, by: caller, text: nil, other: id)
            gathered += 1
        }
        return gathered
    }

    /// A ticket goes under another once, open, and not being an incident itself; the other is
    /// not under a third.
    private func checkCanGoUnder(_ db: Database, _ ticket: Ticket, parent: Ticket) throws {
        let id = try ticket.savedId
        let parentId = try parent.savedId
        guard id != parentId else { throw DeskError.linkRefused(.sameTicket(id)) }
        guard !ticket.isIncident else { throw DeskError.linkRefused(.isIncident(id)) }
        guard ticket.state.isOpen else { throw DeskError.linkRefused(.notOpen(id)) }
        for ticketId in [id, parentId] {
            if let link = try parentLink(db, ticketId) {
                throw DeskError.linkRefused(.alreadyUnder(ticketId, parent: link.linkedTicketId, how: link.kind))
            }
        }
    }

    private func parentLink(_ db: Database, _ id: Int64) throws -> TicketLink? {
        try TicketLink.filter(TicketLink.Columns.ticketId == id && TicketLink.parentKinds.contains(TicketLink.Columns.kind)).fetchOne(db)
    }

    private func relatedLink(_ db: Database, _ one: Int64, _ other: Int64) throws -> TicketLink? {
        try TicketLink.filter(TicketLink.Columns.kind == TicketLinkKind.related.rawValue)
            .filter(
                (TicketLink.Columns.ticketId == one && TicketLink.Columns.linkedTicketId == other)
                    || (TicketLink.Columns.ticketId == other && TicketLink.Columns.linkedTicketId == one)
            )
            .fetchOne(db)
    }
}
