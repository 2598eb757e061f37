import Foundation
import JournalCore

/// The mail the desk holds and the files tickets carry: listed for whoever may see the ticket,
/// saved by them; held mail made a ticket of by the desk once the sender gave the four fields.
extension SupportDesk {
    /// A ticket's files, without their content.
    public func attachments(_ caller: Caller, ticketId: Int64) throws -> [TicketAttachment] {
        try read { store in
            _ = try visibleTicket(store, caller, id: ticketId)
            return try store.records(TicketAttachment.self, "SELECT * FROM ticketAttachment WHERE ticketId = ? ORDER BY id", [ticketId])
                .map { file in
                    var listed = file
                    listed.data = file.data.map { _ in Data() }
                    return listed
                }
        }
    }

    /// One file of a ticket, with its content; a file over the limit was never kept.
    public func attachment(_ caller: Caller, ticketId: Int64, id: Int64) throws -> TicketAttachment {
        try read { store in
            _ = try visibleTicket(store, caller, id: ticketId)
            guard let file = try store.record(TicketAttachment.self, id: id), file.ticketId == ticketId, file.kept else {
                throw DeskError.attachmentNotFound(id)
            }
            return file
        }
    }

    /// The mail held from unknown addresses, for the desk of the schools it serves.
    public func heldMail(_ caller: Caller) throws -> [InboundMail] {
        try DeskAccess.check(.takeRequests, caller, journal)
        return try read { store in
            let served = try DeskAccess.served(by: caller, store).sorted()
            var arguments: StoreArguments = [InboundOutcome.held]
            for organizationId in served { arguments.append(organizationId) }
            return try store.records(
                InboundMail.self,
                "SELECT * FROM inboundMail WHERE outcome = ? AND organizationId IN (\(StoreTransaction.placeholders(served.count))) ORDER BY id",
                arguments)
        }
    }

    /// Makes a ticket of held mail with the four fields the sender gave: its text is the
    /// description, its address the contact, its files the ticket's; the sender is told the number.
    public func takeHeldMail(_ caller: Caller, id: Int64, intake: TicketIntake) throws -> (TicketRow, RequesterCheck) {
        try DeskAccess.check(.takeRequests, caller, journal)
        let held = try read { store -> InboundMail in
            guard let mail = try store.record(InboundMail.self, id: id), mail.outcome == .held,
                try DeskAccess.served(by: caller, store).contains(mail.organizationId)
            else { throw DeskError.heldMailNotFound(id) }
            return mail
        }
        var filled = intake
        if filled.description.trimmingCharacters(in: .whitespaces).isEmpty { filled.description = String(held.text.prefix(4000)) }
        filled.contact = held.address
        return try openTicket(caller, filled) { store, ticket in try markTaken(store, heldId: id, ticket: ticket) }
    }

    /// The held mail is the new ticket's: its outcome, and its files moved onto the ticket.
    private func markTaken(_ store: StoreTransaction, heldId id: Int64, ticket: Ticket) throws {
        guard var taken = try store.record(InboundMail.self, id: id), taken.outcome == .held else { throw DeskError.heldMailNotFound(id) }
        taken.outcome = .taken
        taken.ticketId = ticket.id
        try store.update(taken)
        try store.execute("UPDATE ticketAttachment SET ticketId = ? WHERE inboundMailId = ?", [ticket.savedId, id])
    }
}
